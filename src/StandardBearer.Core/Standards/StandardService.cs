using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Standards;

public sealed record ImportResult(StandardVersion? Version, IReadOnlyList<PackProblem> Problems)
{
    public bool Succeeded => Version is not null;
}

/// <summary>The standard catalogue's writes: import (as a draft), publish, retire, discard. Only drafts ever change.</summary>
public sealed class StandardService(AppDbContext db)
{
    /// <summary>All or nothing: a pack with any problem writes nothing, and every problem is returned with its JSON path.</summary>
    public async Task<ImportResult> ImportAsync(string json, Actor actor, CancellationToken ct = default)
    {
        var read = PackReader.Read(json);
        if (!read.IsValid) return new ImportResult(null, read.Problems);
        var pack = read.Pack!;

        var standard = await db.Standards.SingleOrDefaultAsync(s => s.Code == pack.Code, ct);
        if (standard is not null && await db.StandardVersions.AnyAsync(v => v.StandardId == standard.Id && v.Label == pack.Version, ct))
            return new ImportResult(null, [VersionExists(pack)]);

        var now = db.Time.GetUtcNow();
        if (standard is null)
        {
            standard = new Standard { Id = db.NewId(), Code = pack.Code, Title = pack.Title, Owner = pack.Owner, CreatedAt = now };
            db.Standards.Add(standard);
        }
        var version = PackMapping.ToVersion(pack, standard.Id, db.NewId, now);
        version.Standard = standard;
        db.StandardVersions.Add(version);
        db.Record(actor, "StandardVersionImported", Subject(version), after: new
        {
            pack.Code, pack.Version, pack.Wording, Elements = version.Criteria.Sum(c => c.SubCriteria.Sum(s => s.Elements.Count)),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone imported the same label a moment earlier: the unique index is the final word.
            db.ChangeTracker.Clear();
            return new ImportResult(null, [VersionExists(pack)]);
        }
        return new ImportResult(version, []);
    }

    public Task PublishAsync(string code, string label, Actor actor, CancellationToken ct = default) =>
        MoveAsync(code, label, VersionStatus.Draft, VersionStatus.Published, "StandardVersionPublished", "only a draft can be published",
            (v, now) => v.PublishedAt = now, actor, ct);

    public Task RetireAsync(string code, string label, Actor actor, CancellationToken ct = default) =>
        MoveAsync(code, label, VersionStatus.Published, VersionStatus.Retired, "StandardVersionRetired", "only a published version can be retired",
            (v, now) => v.RetiredAt = now, actor, ct);

    /// <summary>The only status changes there are: draft → published → retired.</summary>
    private async Task MoveAsync(string code, string label, VersionStatus from, VersionStatus to, string action, string rule,
        Action<StandardVersion, DateTimeOffset> stamp, Actor actor, CancellationToken ct)
    {
        var version = await FindAsync(code, label, ct);
        if (version.Status != from)
            throw new ConflictException($"{code} {label} is {version.Status.ToString().ToLowerInvariant()}: {rule}.");
        version.Status = to;
        stamp(version, db.Time.GetUtcNow());
        db.Record(actor, action, Subject(version), after: new { Code = code, Version = label });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deletes a draft (to correct it and import again). Published and retired versions are kept for ever.</summary>
    public async Task DiscardDraftAsync(string code, string label, Actor actor, CancellationToken ct = default)
    {
        var version = await FindAsync(code, label, ct);
        if (version.Status != VersionStatus.Draft)
            throw new ConflictException($"{code} {label} is {version.Status.ToString().ToLowerInvariant()} and can no longer change. Import a new version instead.");
        db.StandardVersions.Remove(version);
        db.Record(actor, "StandardVersionDiscarded", Subject(version), before: new { Code = code, Version = label });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>First start: the built-in CSE pack (our own summaries) is imported and published if it is not there.</summary>
    public async Task<bool> EnsureBuiltInAsync(CancellationToken ct = default)
    {
        var exists = await db.StandardVersions.AnyAsync(v => v.Standard!.Code == BuiltInPacks.CseCode && v.Label == BuiltInPacks.CseSummariesVersion, ct);
        if (exists) return false;
        var actor = Actor.System("built-in standard pack");
        var result = await ImportAsync(BuiltInPacks.CseSummariesJson(), actor, ct);
        if (!result.Succeeded)
            throw new InvalidOperationException("The built-in pack is invalid: " + string.Join("; ", result.Problems));
        await PublishAsync(BuiltInPacks.CseCode, BuiltInPacks.CseSummariesVersion, actor, ct);
        return true;
    }

    private async Task<StandardVersion> FindAsync(string code, string label, CancellationToken ct) =>
        await db.StandardVersions.SingleOrDefaultAsync(v => v.Standard!.Code == code && v.Label == label, ct)
        ?? throw new NotFoundException($"There is no version {label} of {code}.");

    private static PackProblem VersionExists(StandardPack pack) =>
        new("$.version", $"Version {pack.Version} of {pack.Code} already exists. Give the new version its own label.");

    private static string Subject(StandardVersion version) => $"StandardVersion/{version.Id}";
}

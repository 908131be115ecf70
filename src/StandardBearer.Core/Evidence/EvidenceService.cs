using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;

namespace StandardBearer.Core.Evidence;

/// <summary>
/// Every change to the evidence library. Uploads are checked in full before anything is stored, so a bad file
/// in a batch stores nothing; the bytes go to the store before the database save that records them.
/// </summary>
public sealed class EvidenceService(AppDbContext db, IEvidenceStore store, IOptions<EvidenceFileOptions> options)
{
    public const int MaxFilesPerUpload = 10;
    public const int MaxTags = 20;
    public const int MaxTagLength = 50;

    public async Task<EvidenceItem> CreateAsync(
        Guid organisationId, CreateEvidenceRequest request, IReadOnlyList<EvidenceUpload> files, Actor actor,
        string? linkToElement = null, CancellationToken ct = default)
    {
        var errors = await CheckDetailsAsync(organisationId, request, ct);
        var url = NormaliseUrl(request.Url, errors);
        if (request.Kind == EvidenceKind.WebLink && url is null && !errors.ContainsKey(nameof(CreateEvidenceRequest.Url)))
            errors[nameof(CreateEvidenceRequest.Url)] = ["Enter the web address of the evidence"];
        else if (request.Kind == EvidenceKind.Note && files.Count == 0 && url is null && string.IsNullOrWhiteSpace(request.Description))
            errors[nameof(EvidenceDetailsRequest.Description)] = ["Enter the note"];
        else if (request.Kind is not (EvidenceKind.Note or EvidenceKind.WebLink) && files.Count == 0 && url is null && !errors.ContainsKey(nameof(CreateEvidenceRequest.Url)))
            errors[FileCheckResult.Field] = ["Select a file or enter a web address"];
        ElementSelfAssessment? element = null;
        if (linkToElement is not null)
            element = await OpenElementAsync(organisationId, linkToElement, ct) ?? throw new NotFoundException("Element not found");

        await using var checkedFiles = await CheckFilesAsync(files, errors, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = db.Time.GetUtcNow();
        var item = new EvidenceItem
        {
            Id = db.NewId(), OrganisationId = organisationId, Title = request.Title.Trim(), CreatedAt = now, UpdatedAt = now,
            CreatedByUserId = actor.UserId, CurrentRevision = 1,
        };
        Apply(item, request);
        item.Revisions.Add(await NewRevisionAsync(item, 1, url, null, checkedFiles, actor, ct));
        db.Add(item);
        if (element is not null)
            db.Add(NewLink(item, element, actor));
        db.Record(actor, "EvidenceAdded", $"EvidenceItem/{item.Id}", organisationId, after: new
        {
            item.Title, Kind = item.Kind.ToString(), Files = item.Revisions[0].Files.Select(f => new { f.FileName, f.Sha256 }), Url = url,
            LinkedTo = element?.ElementNumber,
        });
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task UpdateAsync(Guid organisationId, Guid itemId, EvidenceDetailsRequest request, Actor actor, CancellationToken ct = default)
    {
        var item = await LiveItemAsync(organisationId, itemId, ct);
        var errors = await CheckDetailsAsync(organisationId, request, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var before = Snapshot(item);
        Apply(item, request);
        item.UpdatedAt = db.Time.GetUtcNow();
        db.Record(actor, "EvidenceUpdated", $"EvidenceItem/{item.Id}", organisationId, before: before, after: Snapshot(item));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>New files or a new address for an item. The earlier revisions stay, with who added them and their hashes.</summary>
    public async Task<EvidenceRevision> AddRevisionAsync(
        Guid organisationId, Guid itemId, AddRevisionRequest request, IReadOnlyList<EvidenceUpload> files, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var item = await LiveItemAsync(organisationId, itemId, ct);
        var errors = new Dictionary<string, string[]>();
        var url = NormaliseUrl(request.Url, errors);
        if (files.Count == 0 && url is null && errors.Count == 0)
            errors[FileCheckResult.Field] = ["Select a file or enter a web address"];
        await using var checkedFiles = await CheckFilesAsync(files, errors, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var revision = await NewRevisionAsync(item, item.CurrentRevision + 1, url, request.Note?.Trim() is { Length: > 0 } note ? note : null, checkedFiles, actor, ct);
        db.Add(revision);
        item.CurrentRevision = revision.Number;
        item.UpdatedAt = revision.CreatedAt;
        db.Record(actor, "EvidenceRevised", $"EvidenceItem/{item.Id}", organisationId, after: new
        {
            Revision = revision.Number, Files = revision.Files.Select(f => new { f.FileName, f.Sha256 }), Url = url,
        });
        await db.SaveChangesAsync(ct);
        return revision;
    }

    /// <summary>Links items to an element of the open self-assessment. Items already linked are left as they are.</summary>
    public async Task LinkAsync(Guid organisationId, string elementNumber, IReadOnlyCollection<Guid> itemIds, Actor actor, CancellationToken ct = default)
    {
        if (itemIds.Count == 0)
            throw new DomainValidationException("ItemIds", "Select the evidence to link");
        var element = await OpenElementAsync(organisationId, elementNumber, ct) ?? throw new NotFoundException("Element not found");
        var items = await db.Set<EvidenceItem>().Where(i => i.OrganisationId == organisationId && itemIds.Contains(i.Id) && i.DeletedAt == null).ToListAsync(ct);
        if (items.Count != itemIds.Distinct().Count())
            throw new DomainValidationException("ItemIds", "Select evidence from your organisation's library");
        var already = await db.Set<EvidenceLink>().Where(l => l.ElementSelfAssessmentId == element.Id).Select(l => l.EvidenceItemId).ToListAsync(ct);
        var added = items.Where(i => !already.Contains(i.Id)).ToList();
        foreach (var item in added)
            db.Add(NewLink(item, element, actor));
        if (added.Count == 0) return;
        db.Record(actor, "EvidenceLinked", $"ElementSelfAssessment/{element.Id}", organisationId,
            after: new { Element = elementNumber, Items = added.Select(i => i.Title) });
        await db.SaveChangesAsync(ct);
    }

    public async Task UnlinkAsync(Guid organisationId, string elementNumber, Guid itemId, Actor actor, CancellationToken ct = default)
    {
        var element = await OpenElementAsync(organisationId, elementNumber, ct) ?? throw new NotFoundException("Element not found");
        var link = await db.Set<EvidenceLink>().SingleOrDefaultAsync(l => l.ElementSelfAssessmentId == element.Id && l.EvidenceItemId == itemId, ct)
            ?? throw new NotFoundException("That evidence is not linked to this element");
        db.Remove(link);
        db.Record(actor, "EvidenceUnlinked", $"ElementSelfAssessment/{element.Id}", organisationId, before: new { Element = elementNumber, Item = itemId });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Takes an item out of the library and off the open self-assessment. It is only marked deleted: closed
    /// self-assessments and submitted assessments that used it still show it, and its files stay downloadable there.
    /// </summary>
    public async Task DeleteAsync(Guid organisationId, Guid itemId, Actor actor, CancellationToken ct = default)
    {
        var item = await LiveItemAsync(organisationId, itemId, ct);
        var openLinks = await db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == itemId)
            .Join(db.Set<ElementSelfAssessment>(), l => l.ElementSelfAssessmentId, e => e.Id, (l, e) => new { Link = l, e.ElementNumber, e.SelfAssessmentId })
            .Join(db.Set<SelfAssessmentRecord>().Where(s => s.Status == SelfAssessmentStatus.Open), x => x.SelfAssessmentId, s => s.Id, (x, _) => x)
            .ToListAsync(ct);
        db.RemoveRange(openLinks.Select(x => x.Link));
        item.DeletedAt = db.Time.GetUtcNow();
        item.DeletedByUserId = actor.UserId;
        db.Record(actor, "EvidenceDeleted", $"EvidenceItem/{item.Id}", organisationId,
            before: new { item.Title, UnlinkedFrom = openLinks.Select(x => x.ElementNumber) });
        await db.SaveChangesAsync(ct);
    }

    private async Task<EvidenceItem> LiveItemAsync(Guid organisationId, Guid itemId, CancellationToken ct) =>
        await db.Set<EvidenceItem>().SingleOrDefaultAsync(i => i.Id == itemId && i.OrganisationId == organisationId && i.DeletedAt == null, ct)
        ?? throw new NotFoundException("Evidence not found");

    private Task<ElementSelfAssessment?> OpenElementAsync(Guid organisationId, string number, CancellationToken ct) =>
        db.Set<ElementSelfAssessment>().Where(e => e.OrganisationId == organisationId && e.ElementNumber == number)
            .Where(e => db.Set<SelfAssessmentRecord>().Any(s => s.Id == e.SelfAssessmentId && s.Status == SelfAssessmentStatus.Open))
            .SingleOrDefaultAsync(ct);

    private EvidenceLink NewLink(EvidenceItem item, ElementSelfAssessment element, Actor actor) => new()
    {
        Id = db.NewId(), OrganisationId = item.OrganisationId, EvidenceItemId = item.Id, ElementSelfAssessmentId = element.Id,
        LinkedAt = db.Time.GetUtcNow(), LinkedByUserId = actor.UserId,
    };

    private async Task<Dictionary<string, string[]>> CheckDetailsAsync(Guid organisationId, EvidenceDetailsRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        try
        {
            Validation.Validate(request);
        }
        catch (DomainValidationException e)
        {
            foreach (var (key, messages) in e.Errors) errors[key] = messages;
        }
        if (request.EffectiveTo is not null && request.EffectiveFrom is null)
            errors[nameof(EvidenceDetailsRequest.EffectiveFrom)] = ["Enter the date the evidence was true from"];
        else if (request.EffectiveTo < request.EffectiveFrom)
            errors[nameof(EvidenceDetailsRequest.EffectiveTo)] = ["The date the evidence was true until must be the same as or after the date it was true from"];
        if (request.Kind is { } kind && !Enum.IsDefined(kind))
            errors[nameof(EvidenceDetailsRequest.Kind)] = ["Select what kind of evidence this is"];
        var tags = ParseTags(request.Tags);
        if (tags.Count > MaxTags)
            errors[nameof(EvidenceDetailsRequest.Tags)] = [$"Enter {MaxTags} tags or fewer"];
        else if (tags.Any(t => t.Length > MaxTagLength))
            errors[nameof(EvidenceDetailsRequest.Tags)] = [$"Each tag must be {MaxTagLength} characters or fewer"];
        if (request.OwnerUserId is { } owner && !await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == owner && m.OrganisationId == organisationId, ct))
            errors[nameof(EvidenceDetailsRequest.OwnerUserId)] = ["Select someone from your organisation"];
        return errors;
    }

    private static void Apply(EvidenceItem item, EvidenceDetailsRequest request)
    {
        item.Title = request.Title.Trim();
        item.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        item.Kind = request.Kind!.Value;
        item.OwnerUserId = request.OwnerUserId;
        item.EffectiveFrom = request.EffectiveFrom;
        item.EffectiveTo = request.EffectiveTo;
        item.Tags = ParseTags(request.Tags);
    }

    private static object Snapshot(EvidenceItem i) => new
    {
        i.Title, Kind = i.Kind.ToString(), i.OwnerUserId, EffectiveFrom = i.EffectiveFrom?.ToString("yyyy-MM-dd"),
        EffectiveTo = i.EffectiveTo?.ToString("yyyy-MM-dd"), Tags = string.Join(", ", i.Tags), DescriptionLength = i.Description?.Length ?? 0,
    };

    /// <summary>Tags as typed ("Complaints, survey ,complaints") to the stored form (["complaints", "survey"]).</summary>
    public static List<string> ParseTags(string? typed) =>
        (typed ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? NormaliseUrl(string? typed, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var trimmed = typed.Trim();
        if (trimmed.Length > 2000)
        {
            errors[nameof(CreateEvidenceRequest.Url)] = ["The web address must be 2,000 characters or fewer"];
            return null;
        }
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(uri.Host))
        {
            errors[nameof(CreateEvidenceRequest.Url)] = ["Enter a web address in the correct format, like https://www.example.org/report"];
            return null;
        }
        return uri.AbsoluteUri;
    }

    /// <summary>Checks every file; on any failure the others are thrown away too, so the batch stores nothing.</summary>
    private async Task<CheckedFiles> CheckFilesAsync(IReadOnlyList<EvidenceUpload> files, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var result = new CheckedFiles();
        if (files.Count > MaxFilesPerUpload)
        {
            errors[FileCheckResult.Field] = [$"Select {MaxFilesPerUpload} files or fewer"];
            return result;
        }
        var messages = new List<string>();
        foreach (var file in files)
        {
            await using var content = file.Open();
            var check = await EvidenceFileCheck.CheckAsync(content, file.FileName, file.Length, options.Value, ct);
            if (check.Succeeded)
            {
                result.Add(check);
            }
            else
            {
                // With several files, say which one; the name is only shown, never used.
                messages.Add(files.Count == 1 || string.IsNullOrWhiteSpace(file.FileName) ? check.Error : $"{Path.GetFileName(file.FileName.Replace('\\', '/'))}: {check.Error}");
                await check.DisposeAsync();
            }
        }
        if (messages.Count > 0)
            errors[FileCheckResult.Field] = [.. messages];
        return result;
    }

    private async Task<EvidenceRevision> NewRevisionAsync(
        EvidenceItem item, int number, string? url, string? note, CheckedFiles files, Actor actor, CancellationToken ct)
    {
        var revision = new EvidenceRevision
        {
            Id = db.NewId(), OrganisationId = item.OrganisationId, EvidenceItemId = item.Id, Number = number, Url = url, Note = note,
            CreatedAt = db.Time.GetUtcNow(), CreatedByUserId = actor.UserId, CreatedByName = actor.Name,
        };
        foreach (var file in files)
        {
            await store.PutAsync(file.Sha256!, file.TempPath!, ct);
            revision.Files.Add(new EvidenceFile
            {
                Id = db.NewId(), OrganisationId = item.OrganisationId, EvidenceRevisionId = revision.Id, FileName = file.SafeName!,
                MediaType = file.Type!.MediaType, Length = file.Length, Sha256 = file.Sha256!,
            });
        }
        return revision;
    }

    /// <summary>Owns the checked files' temporary copies until the request ends.</summary>
    private sealed class CheckedFiles : List<FileCheckResult>, IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var file in this) await file.DisposeAsync();
        }
    }
}

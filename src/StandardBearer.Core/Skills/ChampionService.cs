using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;

namespace StandardBearer.Core.Skills;

/// <summary>One of an element's champions: its lead owner, or a further champion added here.</summary>
public sealed record ChampionRow(Guid UserId, string Name, bool IsLead);

/// <summary>
/// Further champions of an element of the open self-assessment. The lead owner stays on the element itself and is
/// changed there; the organisation's admins and the lead owner add and remove the others.
/// </summary>
public sealed class ChampionService(AppDbContext db)
{
    public async Task<ElementChampion> AddAsync(Guid organisationId, string elementNumber, AddChampionRequest request, Actor actor, CancellationToken ct = default)
    {
        var element = await OpenElementAsync(organisationId, elementNumber, ct);
        await RequireCanChangeAsync(organisationId, element, actor, ct);
        Validation.Validate(request);
        var userId = request.UserId!.Value;
        var name = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.OrganisationId == organisationId)
            .Select(m => m.User!.DisplayName).FirstOrDefaultAsync(ct);
        if (name is null)
            throw new DomainValidationException(nameof(AddChampionRequest.UserId), "Select someone from your organisation");
        if (element.OwnerUserId == userId)
            throw new DomainValidationException(nameof(AddChampionRequest.UserId), $"{name} is already the lead owner of this element");
        if (await db.Set<ElementChampion>().AnyAsync(c => c.ElementSelfAssessmentId == element.Id && c.UserId == userId, ct))
            throw new DomainValidationException(nameof(AddChampionRequest.UserId), $"{name} is already a champion of this element");

        var champion = new ElementChampion
        {
            ElementSelfAssessmentId = element.Id, UserId = userId, OrganisationId = organisationId, AddedAt = db.Time.GetUtcNow(), AddedByUserId = actor.UserId,
        };
        db.Add(champion);
        db.Record(actor, "ElementChampionAdded", $"ElementSelfAssessment/{element.Id}", organisationId, after: new { Element = elementNumber, UserId = userId, Name = name });
        await db.SaveChangesAsync(ct);
        return champion;
    }

    public async Task RemoveAsync(Guid organisationId, string elementNumber, Guid userId, Actor actor, CancellationToken ct = default)
    {
        var element = await OpenElementAsync(organisationId, elementNumber, ct);
        await RequireCanChangeAsync(organisationId, element, actor, ct);
        var champion = await db.Set<ElementChampion>().SingleOrDefaultAsync(c => c.ElementSelfAssessmentId == element.Id && c.UserId == userId, ct)
            ?? throw new NotFoundException("That person is not a champion of this element");
        db.Remove(champion);
        db.Record(actor, "ElementChampionRemoved", $"ElementSelfAssessment/{element.Id}", organisationId, before: new { Element = elementNumber, UserId = userId });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether this person may add and remove the element's champions: an admin of the organisation, or the lead owner.</summary>
    public static async Task<bool> CanChangeAsync(AppDbContext db, Guid organisationId, Guid? leadOwnerUserId, Guid? userId, CancellationToken ct)
    {
        if (userId is null) return false;
        if (leadOwnerUserId == userId) return true;
        return await db.IsOrganisationAdminAsync(userId, organisationId, ct);
    }

    /// <summary>Each element row's champions, lead owner first, then the others by name.</summary>
    public static async Task<ILookup<Guid, ChampionRow>> ForElementsAsync(AppDbContext db, IReadOnlyCollection<Guid> elementRowIds, CancellationToken ct)
    {
        var leads = await db.Set<ElementSelfAssessment>().Where(e => elementRowIds.Contains(e.Id) && e.OwnerUserId != null)
            .Join(db.Users, e => e.OwnerUserId, u => u.Id, (e, u) => new { e.Id, UserId = u.Id, u.DisplayName }).ToListAsync(ct);
        var others = await db.Set<ElementChampion>().Where(c => elementRowIds.Contains(c.ElementSelfAssessmentId))
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new { Id = c.ElementSelfAssessmentId, UserId = u.Id, u.DisplayName }).ToListAsync(ct);
        return leads.Select(l => (l.Id, Row: new ChampionRow(l.UserId, l.DisplayName, true)))
            .Concat(others.OrderBy(o => o.DisplayName, StringComparer.CurrentCulture).Select(o => (o.Id, Row: new ChampionRow(o.UserId, o.DisplayName, false))))
            .ToLookup(x => x.Id, x => x.Row);
    }

    private async Task RequireCanChangeAsync(Guid organisationId, ElementSelfAssessment element, Actor actor, CancellationToken ct)
    {
        if (!await CanChangeAsync(db, organisationId, element.OwnerUserId, actor.UserId, ct))
            throw new ForbiddenException("Only your organisation's admins and the element's lead owner can change its champions.");
    }

    private async Task<ElementSelfAssessment> OpenElementAsync(Guid organisationId, string number, CancellationToken ct) =>
        await db.Set<ElementSelfAssessment>().Where(e => e.OrganisationId == organisationId && e.ElementNumber == number)
            .Where(e => db.Set<SelfAssessmentRecord>().Any(s => s.Id == e.SelfAssessmentId && s.Status == SelfAssessmentStatus.Open))
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("Element not found");
}

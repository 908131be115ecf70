using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.SelfAssessment;

public sealed record UpdateElementRequest
{
    public ElementProgress Progress { get; init; } = ElementProgress.InProgress;

    /// <summary>A rating key of the self-assessment's standard version, or null for "not yet rated".</summary>
    public string? RatingKey { get; init; }

    [StringLength(20000, ErrorMessage = "How you meet this element must be 20,000 characters or fewer")]
    public string? Narrative { get; init; }

    public Guid? OwnerUserId { get; init; }

    /// <summary>The version the editor started from; a save against a newer one is refused so nobody's work is lost.</summary>
    public int ExpectedVersion { get; init; }
}

/// <summary>Someone else saved the element first. Carries what they saved so the page can show it beside the user's own text.</summary>
public sealed class ElementEditConflictException(ElementSelfAssessment current)
    : Exception($"{current.UpdatedByName ?? "Someone"} saved element {current.ElementNumber} while you were editing it.")
{
    public ElementSelfAssessment Current { get; } = current;
}

public sealed class SelfAssessmentService(AppDbContext db)
{
    /// <summary>Starts a self-assessment against a published version (default: the current CSE one). One open at a time.</summary>
    public async Task<SelfAssessmentRecord> StartAsync(Guid organisationId, string? versionLabel, Actor actor, CancellationToken ct = default)
    {
        if (await db.Set<SelfAssessmentRecord>().AnyAsync(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open, ct))
            throw new ConflictException("Your organisation already has a self-assessment in progress. Close it before starting another.");
        var version = versionLabel is null
            ? await StandardCatalogue.CurrentAsync(db, BuiltInPacks.CseCode, ct)
            : await StandardCatalogue.FindAsync(db, BuiltInPacks.CseCode, versionLabel, ct);
        if (version is null || version.Status != VersionStatus.Published)
            throw new DomainValidationException("Version", "Select a published version of the standard");

        var elements = await db.Elements.Where(e => e.StandardVersionId == version.Id)
            .Join(db.SubCriteria, e => e.SubCriterionId, s => s.Id, (e, s) => new { e.Number, e.Order, SubOrder = s.Order, s.CriterionId })
            .Join(db.Criteria, x => x.CriterionId, c => c.Id, (x, c) => new { x.Number, x.Order, x.SubOrder, CriterionOrder = c.Order })
            .ToListAsync(ct);
        var now = db.Time.GetUtcNow();
        var record = new SelfAssessmentRecord
        {
            Id = db.NewId(), OrganisationId = organisationId, StandardVersionId = version.Id, Status = SelfAssessmentStatus.Open,
            StartedAt = now, StartedByUserId = actor.UserId,
        };
        record.Elements = elements.OrderBy(e => e.CriterionOrder).ThenBy(e => e.SubOrder).ThenBy(e => e.Order)
            .Select((e, i) => new ElementSelfAssessment
            {
                Id = db.NewId(), OrganisationId = organisationId, SelfAssessmentId = record.Id, ElementNumber = e.Number, Order = i,
                Progress = ElementProgress.NotStarted,
            }).ToList();
        db.Add(record);
        db.Record(actor, "SelfAssessmentStarted", $"SelfAssessment/{record.Id}", organisationId,
            after: new { Standard = version.Code, Version = version.Label, Elements = record.Elements.Count });
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task CloseAsync(Guid organisationId, Guid selfAssessmentId, Actor actor, CancellationToken ct = default)
    {
        var record = await db.Set<SelfAssessmentRecord>().SingleOrDefaultAsync(s => s.Id == selfAssessmentId && s.OrganisationId == organisationId, ct)
            ?? throw new NotFoundException("Self-assessment not found");
        if (record.Status == SelfAssessmentStatus.Closed) throw new ConflictException("This self-assessment is already closed.");
        record.Status = SelfAssessmentStatus.Closed;
        record.ClosedAt = db.Time.GetUtcNow();
        db.Record(actor, "SelfAssessmentClosed", $"SelfAssessment/{record.Id}", organisationId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves one element. Refused, with the other person's values, if someone saved it since the editor loaded it.</summary>
    public async Task<ElementSelfAssessment> UpdateElementAsync(Guid organisationId, Guid selfAssessmentId, string number, UpdateElementRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var record = await db.Set<SelfAssessmentRecord>().Where(s => s.Id == selfAssessmentId && s.OrganisationId == organisationId)
            .Select(s => new { s.Status, s.StandardVersionId }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Self-assessment not found");
        if (record.Status != SelfAssessmentStatus.Open) throw new ConflictException("This self-assessment is closed and can no longer change.");
        var element = await db.Set<ElementSelfAssessment>().SingleOrDefaultAsync(e => e.SelfAssessmentId == selfAssessmentId && e.ElementNumber == number, ct)
            ?? throw new NotFoundException("Element not found");

        var errors = new Dictionary<string, string[]>();
        var rating = string.IsNullOrWhiteSpace(request.RatingKey) ? null : request.RatingKey.Trim();
        if (rating is not null && !await db.StandardVersions.Where(v => v.Id == record.StandardVersionId).SelectMany(v => v.Ratings).AnyAsync(r => r.Key == rating, ct))
            errors[nameof(UpdateElementRequest.RatingKey)] = ["Select a rating"];
        if (request.OwnerUserId is { } owner && !await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == owner && m.OrganisationId == organisationId, ct))
            errors[nameof(UpdateElementRequest.OwnerUserId)] = ["Select someone from your organisation"];
        if (request.Progress == ElementProgress.Completed && rating is null)
            errors[nameof(UpdateElementRequest.RatingKey)] = ["Select a rating before marking the element as completed"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        if (element.Version != request.ExpectedVersion) throw new ElementEditConflictException(element);

        var before = new { element.Progress, element.RatingKey, element.OwnerUserId, NarrativeLength = element.Narrative?.Length ?? 0 };
        element.Progress = request.Progress;
        element.RatingKey = rating;
        element.Narrative = string.IsNullOrWhiteSpace(request.Narrative) ? null : request.Narrative.Replace("\r\n", "\n", StringComparison.Ordinal);
        element.OwnerUserId = request.OwnerUserId;
        element.UpdatedAt = db.Time.GetUtcNow();
        element.UpdatedByUserId = actor.UserId;
        element.UpdatedByName = actor.Name;
        element.Version++;
        db.Record(actor, "ElementSelfAssessed", $"ElementSelfAssessment/{element.Id}", organisationId, before: before,
            after: new { Element = number, element.Progress, element.RatingKey, element.OwnerUserId, NarrativeLength = element.Narrative?.Length ?? 0 });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two saves raced past the check above: the database's token check is the final word.
            db.ChangeTracker.Clear();
            var current = await db.Set<ElementSelfAssessment>().AsNoTracking().SingleAsync(e => e.Id == element.Id, ct);
            throw new ElementEditConflictException(current);
        }
        return element;
    }
}

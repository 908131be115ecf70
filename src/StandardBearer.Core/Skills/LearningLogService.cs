using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Skills;

/// <summary>
/// Every change to an organisation's learning log. Anyone in the organisation adds and changes activities; only its
/// admins delete them. Recording an activity as evidence goes through <see cref="EvidenceService"/>, so the note is
/// audited and versioned like any other item.
/// </summary>
public sealed class LearningLogService(AppDbContext db, EvidenceService evidence)
{
    public const decimal MaxHours = 1000m;

    public async Task<LearningActivity> AddAsync(Guid organisationId, SaveLearningActivityRequest request, Actor actor, CancellationToken ct = default)
    {
        var (elements, cases) = await CheckAsync(request, ct);
        var now = db.Time.GetUtcNow();
        var activity = new LearningActivity
        {
            Id = db.NewId(), OrganisationId = organisationId, Title = "", People = "", CreatedAt = now, CreatedByUserId = actor.UserId,
        };
        Apply(activity, request, elements, cases, actor);
        db.Add(activity);
        db.Record(actor, "LearningActivityAdded", $"LearningActivity/{activity.Id}", organisationId, after: Snapshot(activity));
        await db.SaveChangesAsync(ct);
        return activity;
    }

    public async Task<LearningActivity> UpdateAsync(Guid organisationId, Guid activityId, SaveLearningActivityRequest request, Actor actor, CancellationToken ct = default)
    {
        var activity = await FindAsync(organisationId, activityId, ct);
        var (elements, cases) = await CheckAsync(request, ct);
        var before = Snapshot(activity);
        Apply(activity, request, elements, cases, actor);
        db.Record(actor, "LearningActivityUpdated", $"LearningActivity/{activity.Id}", organisationId, before: before, after: Snapshot(activity));
        await db.SaveChangesAsync(ct);
        return activity;
    }

    /// <summary>Admins only. An evidence item recorded from the activity stays in the library: it is evidence of what happened.</summary>
    public async Task DeleteAsync(Guid organisationId, Guid activityId, Actor actor, CancellationToken ct = default)
    {
        var activity = await FindAsync(organisationId, activityId, ct);
        if (!await db.IsOrganisationAdminAsync(actor.UserId, organisationId, ct))
            throw new ForbiddenException("Only an admin of the organisation can delete a learning activity.");
        db.Remove(activity);
        db.Record(actor, "LearningActivityDeleted", $"LearningActivity/{activity.Id}", organisationId, before: Snapshot(activity));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Creates one evidence note describing the activity and links it to the activity's elements in the open
    /// self-assessment (those it has; none without one). Refused while an earlier note from it is still in the library.
    /// </summary>
    public async Task<EvidenceItem> RecordAsEvidenceAsync(Guid organisationId, Guid activityId, Actor actor, CancellationToken ct = default)
    {
        var activity = await FindAsync(organisationId, activityId, ct);
        if (activity.EvidenceItemId is { } existing && await db.Set<EvidenceItem>().AnyAsync(i => i.Id == existing && i.DeletedAt == null, ct))
            throw new ConflictException("This activity is already recorded as evidence.");
        var open = await db.Set<ElementSelfAssessment>()
            .Where(e => e.OrganisationId == organisationId && db.Set<SelfAssessmentRecord>().Any(s => s.Id == e.SelfAssessmentId && s.Status == SelfAssessmentStatus.Open))
            .Select(e => e.ElementNumber).ToListAsync(ct);
        var linkTo = activity.ElementNumbers.Where(open.Contains).ToList();

        // One unit: the item, its links and the activity's pointer to it are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var item = await evidence.CreateAsync(organisationId, new CreateEvidenceRequest
        {
            Title = Shorten($"Learning: {activity.Title}", 200), Kind = EvidenceKind.Note, Description = Shorten(Describe(activity), 4000),
            EffectiveFrom = activity.Date, Tags = "learning, " + LearningKinds.Display(activity.Kind),
        }, [], actor, ct: ct);
        foreach (var number in linkTo)
            await evidence.LinkAsync(organisationId, number, [item.Id], actor, ct);
        activity.EvidenceItemId = item.Id;
        db.Record(actor, "LearningActivityRecordedAsEvidence", $"LearningActivity/{activity.Id}", organisationId,
            after: new { EvidenceItemId = item.Id, LinkedTo = linkTo });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return item;
    }

    /// <summary>The text of the evidence note: what, when, who, how long, and what it was about.</summary>
    public static string Describe(LearningActivity a)
    {
        var lines = new List<string>
        {
            $"{LearningKinds.Display(a.Kind)} on {Dates.Day(a.Date)}: {FormatHours(a.Hours)}.",
            $"People or teams: {a.People}",
        };
        if (a.ElementNumbers.Count > 0) lines.Add($"Elements: {string.Join(", ", a.ElementNumbers)}");
        if (!string.IsNullOrWhiteSpace(a.Notes)) lines.AddRange(["", a.Notes]);
        return string.Join("\n", lines);
    }

    public static string FormatHours(decimal hours) => hours == 1 ? "1 hour" : $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} hours";

    private async Task<LearningActivity> FindAsync(Guid organisationId, Guid activityId, CancellationToken ct) =>
        await db.Set<LearningActivity>().SingleOrDefaultAsync(a => a.Id == activityId && a.OrganisationId == organisationId, ct)
        ?? throw new NotFoundException("Learning activity not found");

    private async Task<(List<string> Elements, List<Guid> Cases)> CheckAsync(SaveLearningActivityRequest request, CancellationToken ct)
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
        if (request.Kind is { } kind && !Enum.IsDefined(kind))
            errors[nameof(SaveLearningActivityRequest.Kind)] = ["Select the kind of activity"];
        if (request.Date is { } date && date > Dates.Today(db.Time))
            errors[nameof(SaveLearningActivityRequest.Date)] = ["The date of the activity must be today or in the past"];
        if (request.Hours is { } hours)
        {
            if (hours <= 0 || hours > MaxHours)
                errors[nameof(SaveLearningActivityRequest.Hours)] = ["Hours must be more than 0 and no more than 1,000"];
            else if (decimal.Round(hours, 2) != hours)
                errors[nameof(SaveLearningActivityRequest.Hours)] = ["Enter hours to no more than 2 decimal places, like 1.5"];
        }

        var typed = (request.ElementNumbers ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var elements = new List<string>();
        if (typed.Count > 0)
        {
            var numbers = await StandardCatalogue.CurrentElementNumbersAsync(db, BuiltInPacks.CseCode, ct);
            var unknown = typed.Where(n => !numbers.Contains(n)).ToList();
            if (unknown.Count > 0)
                errors[nameof(SaveLearningActivityRequest.ElementNumbers)] =
                    [$"Enter element numbers from the current standard, like 1.2.1 ({string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not one" : "are not")})"];
            elements = typed.Where(numbers.Contains).Order(ElementNumberComparer.Instance).ToList();
        }

        var cases = (request.BestPracticeCaseIds ?? []).Distinct().ToList();
        if (cases.Count > 0)
        {
            var published = (await BestPracticeLibrary.ListAsync(db, ids: cases, ct: ct)).Select(c => c.Id).ToHashSet();
            if (!cases.All(published.Contains))
                errors[nameof(SaveLearningActivityRequest.BestPracticeCaseIds)] = ["Select best-practice cases from the published library"];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return (elements, cases);
    }

    private void Apply(LearningActivity a, SaveLearningActivityRequest r, List<string> elements, List<Guid> cases, Actor actor)
    {
        a.Kind = r.Kind!.Value;
        a.Title = r.Title.Trim();
        a.Date = r.Date!.Value;
        a.People = r.People.Trim();
        a.Hours = r.Hours!.Value;
        a.Notes = string.IsNullOrWhiteSpace(r.Notes) ? null : r.Notes.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        a.ElementNumbers = elements;
        a.BestPracticeCaseIds = cases;
        a.UpdatedAt = db.Time.GetUtcNow();
        a.UpdatedByUserId = actor.UserId;
    }

    private static object Snapshot(LearningActivity a) => new
    {
        a.Title, Kind = a.Kind.ToString(), Date = a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.People, a.Hours,
        Elements = a.ElementNumbers, Cases = a.BestPracticeCaseIds, NotesLength = a.Notes?.Length ?? 0,
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

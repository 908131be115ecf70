using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.SelfAssessment;

namespace StandardBearer.Web.Api;

public sealed record SelfAssessmentDto(Guid Id, string Standard, string VersionLabel, SelfAssessmentStatus Status, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt);
public sealed record TaskElementDto(string Number, string Title, ElementProgress Progress, string? RatingKey, string? RatingName, string? Owner, int EvidenceCount);
public sealed record TaskSubCriterionDto(string Number, string Title, IReadOnlyList<TaskElementDto> Elements);
public sealed record TaskCriterionDto(string Number, string Title, IReadOnlyList<TaskSubCriterionDto> SubCriteria);
public sealed record ReadinessDto(OutcomeKind Outcome, string Statement, IReadOnlyList<string> ActionPlanElements, ReadinessGroup Overall, IReadOnlyList<ReadinessGroup> Criteria);
public sealed record TaskListDto(SelfAssessmentDto SelfAssessment, IReadOnlyList<TaskCriterionDto> Criteria, ReadinessDto Readiness);
public sealed record PersonDto(Guid Id, string Name);
public sealed record ElementStateDto(
    string Number, string Title, string Statement, string? Guidance, ElementProgress Progress, string? RatingKey, string? RatingName,
    string? Narrative, PersonDto? Owner, int Version, string? UpdatedBy, DateTimeOffset? UpdatedAt, IReadOnlyList<EvidenceSummaryDto> Evidence);
public sealed record LinkEvidenceRequest(IReadOnlyList<Guid>? ItemIds);

/// <summary>
/// The self-assessment for API clients: the task list with readiness, one element to read and save (with the same
/// optimistic concurrency as the page: send back the <c>version</c> you read), and the element's evidence links.
/// </summary>
public static class SelfAssessmentsApi
{
    public static void MapSelfAssessmentsApi(this RouteGroupBuilder v1)
    {
        // One access rule for the whole group, so no endpoint added here later can forget it.
        var assessments = v1.MapGroup("/organisations/{organisationId:guid}/self-assessments")
            .RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        assessments.MapGet("", List).WithName("ListSelfAssessments").WithSummary("The organisation's self-assessments, newest first");

        var elements = assessments.MapGroup("/{selfAssessmentId:guid}/elements");
        elements.MapGet("", GetTaskList).WithName("GetSelfAssessmentTaskList")
            .WithSummary("The task list: every element's progress, self-rating, owner and evidence count, with readiness");
        elements.MapGet("/{number}", GetElement).WithName("GetSelfAssessmentElement")
            .WithSummary("One element: the standard's text, the organisation's answer, its version and linked evidence");
        elements.MapPut("/{number}", UpdateElement).WithName("UpdateSelfAssessmentElement")
            .WithSummary("Save one element. Send the version you read as expectedVersion: a stale one gets 409 with what was saved since");
        elements.MapPost("/{number}/evidence", LinkEvidence).WithName("LinkEvidenceToElement")
            .WithSummary("Link items from the evidence library to the element (items already linked are left as they are)");
        elements.MapDelete("/{number}/evidence/{itemId:guid}", UnlinkEvidence).WithName("UnlinkEvidenceFromElement")
            .WithSummary("Remove one item's link to the element (the item stays in the library)");
    }

    private static async Task<Ok<List<SelfAssessmentDto>>> List(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await Summaries(db, db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId).OrderByDescending(s => s.StartedAt)).ToListAsync(ct));

    private static async Task<Results<Ok<TaskListDto>, NotFound>> GetTaskList(Guid organisationId, Guid selfAssessmentId, AppDbContext db, CancellationToken ct)
    {
        var summary = await Summaries(db, db.Set<SelfAssessmentRecord>().Where(s => s.Id == selfAssessmentId && s.OrganisationId == organisationId)).SingleOrDefaultAsync(ct);
        if (summary is null) return TypedResults.NotFound();
        var versionId = await db.Set<SelfAssessmentRecord>().Where(s => s.Id == selfAssessmentId).Select(s => s.StandardVersionId).SingleAsync(ct);
        // The page's own query, so the API and the task list page can never disagree.
        var (tree, tasks, standings) = await SelfAssessmentQueries.TaskListAsync(db, new OpenSelfAssessment(summary.Id, versionId, summary.VersionLabel, summary.StartedAt), ct);
        var keys = standings.ToDictionary(s => s.Number, s => s.RatingKey);
        var scale = new RatingScale(tree.Ratings, tree.MinimumCompliantShare);
        var report = Readiness.Compute(scale, tree.Criteria.Select(c => (c.Number, c.Title)).ToList(), standings);
        return TypedResults.Ok(new TaskListDto(summary,
            tasks.Select(c => new TaskCriterionDto(c.Number, c.Title, c.SubCriteria.Select(s => new TaskSubCriterionDto(s.Number, s.Title,
                s.Rows.Select(r => new TaskElementDto(r.Number, r.Title, r.Progress, keys.GetValueOrDefault(r.Number), r.RatingName, r.OwnerName, r.EvidenceCount))
                    .ToList())).ToList())).ToList(),
            new ReadinessDto(report.Outcome.Kind, report.Statement, report.Outcome.ActionPlanElements, report.Overall, report.Criteria)));
    }

    private static async Task<Results<Ok<ElementStateDto>, NotFound>> GetElement(
        Guid organisationId, Guid selfAssessmentId, string number, AppDbContext db, CancellationToken ct)
    {
        var element = await ElementStateAsync(db, organisationId, selfAssessmentId, number, ct);
        return element is null ? TypedResults.NotFound() : TypedResults.Ok(element);
    }

    private static async Task<Results<Ok<ElementStateDto>, ValidationProblem, ProblemHttpResult, NotFound>> UpdateElement(
        Guid organisationId, Guid selfAssessmentId, string number, UpdateElementRequest request,
        SelfAssessmentService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        try
        {
            await service.UpdateElementAsync(organisationId, selfAssessmentId, number, request, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return ValidationProblem(e);
        }
        catch (ElementEditConflictException e)
        {
            // Everything the other person saved, so a client can show it beside its own unsaved text and save again
            // with the new version: nobody's work is lost.
            var c = e.Current;
            var ratingName = c.RatingKey is null ? null : await RatingNameAsync(db, selfAssessmentId, c.RatingKey, ct);
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status409Conflict,
                title: ProblemTypes.TitleFor(409), type: ProblemTypes.For(409), extensions: new Dictionary<string, object?>
                {
                    ["progress"] = c.Progress.ToString(),
                    ["ratingKey"] = c.RatingKey,
                    ["ratingName"] = ratingName,
                    ["narrative"] = c.Narrative,
                    ["ownerUserId"] = c.OwnerUserId,
                    ["updatedBy"] = c.UpdatedByName,
                    ["updatedAt"] = c.UpdatedAt,
                    ["version"] = c.Version,
                });
        }
        var element = await ElementStateAsync(db, organisationId, selfAssessmentId, number, ct);
        return element is null ? TypedResults.NotFound() : TypedResults.Ok(element);
    }

    private static async Task<Results<Ok<ElementStateDto>, ValidationProblem, NotFound>> LinkEvidence(
        Guid organisationId, Guid selfAssessmentId, string number, LinkEvidenceRequest request,
        EvidenceService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await EnsureOpenAsync(db, organisationId, selfAssessmentId, ct);
        try
        {
            await service.LinkAsync(organisationId, number, request.ItemIds ?? [], user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            return ValidationProblem(e);
        }
        var element = await ElementStateAsync(db, organisationId, selfAssessmentId, number, ct);
        return element is null ? TypedResults.NotFound() : TypedResults.Ok(element);
    }

    private static async Task<NoContent> UnlinkEvidence(
        Guid organisationId, Guid selfAssessmentId, string number, Guid itemId, EvidenceService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await EnsureOpenAsync(db, organisationId, selfAssessmentId, ct);
        await service.UnlinkAsync(organisationId, number, itemId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    internal static ValidationProblem ValidationProblem(DomainValidationException e) =>
        TypedResults.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));

    // Filter and order on the entity, then project: EF cannot order by a member of a projected record.
    private static IQueryable<SelfAssessmentDto> Summaries(AppDbContext db, IQueryable<SelfAssessmentRecord> records) =>
        records.Select(s => new SelfAssessmentDto(s.Id,
                db.StandardVersions.Where(v => v.Id == s.StandardVersionId).Select(v => v.Standard!.Code).First(),
                db.StandardVersions.Where(v => v.Id == s.StandardVersionId).Select(v => v.Label).First(),
                s.Status, s.StartedAt, s.ClosedAt));

    /// <summary>The evidence service links to the open self-assessment's elements, so say plainly when the one named is not that.</summary>
    private static async Task EnsureOpenAsync(AppDbContext db, Guid organisationId, Guid selfAssessmentId, CancellationToken ct)
    {
        var status = await db.Set<SelfAssessmentRecord>().Where(s => s.Id == selfAssessmentId && s.OrganisationId == organisationId)
            .Select(s => (SelfAssessmentStatus?)s.Status).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Self-assessment not found");
        if (status != SelfAssessmentStatus.Open) throw new ConflictException("This self-assessment is closed and can no longer change.");
    }

    private static Task<string?> RatingNameAsync(AppDbContext db, Guid selfAssessmentId, string key, CancellationToken ct) =>
        db.Set<SelfAssessmentRecord>().Where(s => s.Id == selfAssessmentId)
            .SelectMany(s => db.StandardVersions.Where(v => v.Id == s.StandardVersionId).SelectMany(v => v.Ratings))
            .Where(r => r.Key == key).Select(r => r.Name).FirstOrDefaultAsync(ct);

    private static async Task<ElementStateDto?> ElementStateAsync(AppDbContext db, Guid organisationId, Guid selfAssessmentId, string number, CancellationToken ct)
    {
        var row = await db.Set<ElementSelfAssessment>().AsNoTracking()
            .Where(e => e.SelfAssessmentId == selfAssessmentId && e.OrganisationId == organisationId && e.ElementNumber == number)
            .Select(e => new
            {
                Row = e,
                VersionId = db.Set<SelfAssessmentRecord>().Where(s => s.Id == e.SelfAssessmentId).Select(s => s.StandardVersionId).First(),
                Owner = db.Users.Where(u => u.Id == e.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var text = await db.Elements.Where(e => e.StandardVersionId == row.VersionId && e.Number == number)
            .Select(e => new { e.Title, e.Statement, e.Guidance }).SingleAsync(ct);
        var r = row.Row;
        var ratingName = r.RatingKey is null ? null : await RatingNameAsync(db, selfAssessmentId, r.RatingKey, ct);
        var evidence = await LinkedEvidence.ForElementsAsync(db, [r.Id], liveOnly: false, ct);
        return new ElementStateDto(r.ElementNumber, text.Title, text.Statement, text.Guidance, r.Progress, r.RatingKey, ratingName, r.Narrative,
            r.OwnerUserId is { } ownerId ? new PersonDto(ownerId, row.Owner ?? "") : null, r.Version, r.UpdatedByName, r.UpdatedAt,
            evidence[r.Id].Select(i => EvidenceApi.Summary(organisationId, i)).ToList());
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

public sealed record RecordedEvidenceDto(Guid ActivityId, Guid EvidenceItemId, IReadOnlyList<string> LinkedElements);

/// <summary>
/// Skills development inside an organisation for API clients: the caller's elements, element champions and the
/// learning log. Same rules as the pages: anyone in the organisation reads, adds and changes activities; only an admin
/// deletes one (403 otherwise); champions are changed by admins and the element's lead owner.
/// </summary>
public static class SkillsApi
{
    public static void MapSkillsApi(this RouteGroupBuilder v1)
    {
        var organisation = v1.MapGroup("/organisations/{organisationId:guid}").RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        organisation.MapGet("/my-elements", MyElements).WithName("GetMyElements")
            .WithSummary("The caller's elements of the open self-assessment (lead owner or champion), with open evidence requests, open actions and published best-practice cases");

        var champions = organisation.MapGroup("/self-assessment/elements/{number}/champions");
        champions.MapGet("", Champions).WithName("ListElementChampions").WithSummary("The element's lead owner and further champions");
        champions.MapPost("", AddChampion).WithName("AddElementChampion").WithSummary("Add a champion (admins and the element's lead owner)");
        champions.MapDelete("/{userId:guid}", RemoveChampion).WithName("RemoveElementChampion").WithSummary("Remove a champion (admins and the element's lead owner)");

        var learning = organisation.MapGroup("/learning");
        learning.MapGet("", List).WithName("ListLearningActivities").WithSummary("The learning log, newest first");
        learning.MapPost("", Add).WithName("AddLearningActivity").WithSummary("Add an activity: elements of the current standard, published cases only");
        learning.MapGet("/totals", Totals).WithName("GetLearningTotals").WithSummary("Activities and hours per element and per criterion of the current standard");
        learning.MapGet("/{activityId:guid}", Get).WithName("GetLearningActivity").WithSummary("One activity");
        learning.MapPut("/{activityId:guid}", Update).WithName("UpdateLearningActivity").WithSummary("Change an activity");
        learning.MapDelete("/{activityId:guid}", Delete).WithName("DeleteLearningActivity").WithSummary("Delete an activity (organisation admins)");
        learning.MapPost("/{activityId:guid}/evidence", RecordAsEvidence).WithName("RecordLearningActivityAsEvidence")
            .WithSummary("Record the activity as an evidence note, linked to its elements in the open self-assessment");
    }

    private static async Task<Ok<MyElementsView>> MyElements(Guid organisationId, AppDbContext db, CurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(await SkillsQueries.MyElementsAsync(db, organisationId, user.UserId!.Value, Dates.Today(db.Time), ct));

    private static async Task<Results<Ok<List<ChampionRow>>, NotFound>> Champions(Guid organisationId, string number, AppDbContext db, CancellationToken ct)
    {
        var rowId = await OpenElementRowAsync(db, organisationId, number, ct);
        return rowId is null ? TypedResults.NotFound() : TypedResults.Ok((await ChampionService.ForElementsAsync(db, [rowId.Value], ct))[rowId.Value].ToList());
    }

    private static async Task<Created<List<ChampionRow>>> AddChampion(
        Guid organisationId, string number, AddChampionRequest request, ChampionService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var champion = await service.AddAsync(organisationId, number, request, user.Actor, ct);
        var list = (await ChampionService.ForElementsAsync(db, [champion.ElementSelfAssessmentId], ct))[champion.ElementSelfAssessmentId].ToList();
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/self-assessment/elements/{number}/champions", list);
    }

    private static async Task<NoContent> RemoveChampion(Guid organisationId, string number, Guid userId, ChampionService service, CurrentUser user, CancellationToken ct)
    {
        await service.RemoveAsync(organisationId, number, userId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<LearningRow>>> List(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await SkillsQueries.LearningAsync(db, organisationId, ct));

    private static async Task<Ok<LearningTotalsReport>> Totals(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await SkillsQueries.TotalsAsync(db, await SkillsQueries.LearningAsync(db, organisationId, ct), ct));

    private static async Task<Results<Ok<LearningRow>, NotFound>> Get(Guid organisationId, Guid activityId, AppDbContext db, CancellationToken ct) =>
        await SkillsQueries.ActivityAsync(db, organisationId, activityId, ct) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    private static async Task<Created<LearningRow>> Add(
        Guid organisationId, SaveLearningActivityRequest request, LearningLogService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var activity = await service.AddAsync(organisationId, request, user.Actor, ct);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/learning/{activity.Id}", (await SkillsQueries.ActivityAsync(db, organisationId, activity.Id, ct))!);
    }

    private static async Task<Ok<LearningRow>> Update(
        Guid organisationId, Guid activityId, SaveLearningActivityRequest request, LearningLogService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await service.UpdateAsync(organisationId, activityId, request, user.Actor, ct);
        return TypedResults.Ok((await SkillsQueries.ActivityAsync(db, organisationId, activityId, ct))!);
    }

    private static async Task<NoContent> Delete(Guid organisationId, Guid activityId, LearningLogService service, CurrentUser user, CancellationToken ct)
    {
        await service.DeleteAsync(organisationId, activityId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<RecordedEvidenceDto>> RecordAsEvidence(
        Guid organisationId, Guid activityId, LearningLogService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var item = await service.RecordAsEvidenceAsync(organisationId, activityId, user.Actor, ct);
        var linked = await db.Set<Core.Evidence.EvidenceLink>().Where(l => l.EvidenceItemId == item.Id)
            .Join(db.Set<ElementSelfAssessment>(), l => l.ElementSelfAssessmentId, e => e.Id, (l, e) => e.ElementNumber).ToListAsync(ct);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/evidence/{item.Id}",
            new RecordedEvidenceDto(activityId, item.Id, linked.Order(ElementNumberComparer.Instance).ToList()));
    }

    private static Task<Guid?> OpenElementRowAsync(AppDbContext db, Guid organisationId, string number, CancellationToken ct) =>
        db.Set<ElementSelfAssessment>().Where(e => e.OrganisationId == organisationId && e.ElementNumber == number)
            .Where(e => db.Set<SelfAssessmentRecord>().Any(s => s.Id == e.SelfAssessmentId && s.Status == SelfAssessmentStatus.Open))
            .Select(e => (Guid?)e.Id).SingleOrDefaultAsync(ct);
}

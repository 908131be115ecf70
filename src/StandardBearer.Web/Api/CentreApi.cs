using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Centre;

namespace StandardBearer.Web.Api;

public sealed record FeedbackDto(
    Guid Id, string Version, string Element, string ElementTitle, FeedbackKind Kind, string Text, DateTimeOffset SentAt,
    FeedbackStatus Status, string? StatusReason, DateTimeOffset? TriagedAt);

/// <summary>The standard owner's view adds who sent it.</summary>
public sealed record OwnerFeedbackDto(
    Guid Id, string Version, string Element, string ElementTitle, FeedbackKind Kind, string Text, string Sender, DateTimeOffset SentAt,
    FeedbackStatus Status, string? StatusReason, DateTimeOffset? TriagedAt, string? TriagedBy);

public sealed record FeedbackCountDto(FeedbackStatus Status, int Count);

public sealed record OwnerFeedbackListDto(IReadOnlyList<FeedbackCountDto> CountsByStatus, IReadOnlyList<OwnerFeedbackDto> Items);

/// <summary>A learning example as its organisation reads and writes it.</summary>
public sealed record LearningExampleDto(
    Guid Id, string Title, string LearnedFrom, string WhatWeLearned, string WhatChanged, IReadOnlyList<string> Elements, IReadOnlyList<Guid> CaseIds,
    LearningExampleStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>
/// Lessons for the centre: the standard owner's dashboard figures and feedback triage, anyone signed in sending
/// feedback and reading their own, organisations' learning examples, and the public's read of published examples.
/// </summary>
public static class CentreApi
{
    public static void MapCentreApi(this RouteGroupBuilder v1)
    {
        var centre = v1.MapGroup("/centre").RequireRoles(Role.StandardOwner);
        centre.MapGet("/dashboard", Dashboard).WithName("GetCentreDashboard")
            .WithSummary("The standard owner's figures across every body: holders, ratings by element, trends and published cases");
        centre.MapGet("/feedback", OwnerFeedback).WithName("ListStandardFeedback")
            .WithSummary("Everyone's feedback on the standard, newest first, filtered by ?status, ?element and ?kind, with counts by status");
        centre.MapPut("/feedback/{id:guid}", Triage).WithName("TriageStandardFeedback")
            .WithSummary("Set a piece of feedback's status (reason required to decline); the sender is emailed when it changes");

        v1.MapPost("/standard/elements/{number}/feedback", Send).RequireRoles().WithName("SendStandardFeedback")
            .WithSummary("Send the standard owner feedback on an element of the current version (or ?version)");
        v1.MapGet("/account/feedback", MyFeedback).RequireRoles().WithName("ListMyStandardFeedback")
            .WithSummary("The feedback the signed-in user has sent, with its status");
        v1.MapGet("/standard/elements/{number}/learning-examples", PublishedForElement).AllowAnonymous().RequireRateLimiting(RateLimits.Public)
            .WithName("ListPublishedLearningExamples").WithSummary("Organisations' published examples of learning from best practice on an element");

        var examples = v1.MapGroup("/organisations/{organisationId:guid}/learning-examples");
        examples.MapGet("", ListExamples).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember).WithName("ListLearningExamples")
            .WithSummary("The organisation's learning examples, drafts and published");
        examples.MapPost("", CreateExample).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember).WithName("CreateLearningExample")
            .WithSummary("Add a learning example as a draft");
        examples.MapGet("/{id:guid}", GetExample).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember).WithName("GetLearningExample")
            .WithSummary("One learning example");
        examples.MapPut("/{id:guid}", UpdateExample).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember).WithName("UpdateLearningExample")
            .WithSummary("Change a learning example: members only drafts, admins any");
        examples.MapPost("/{id:guid}/publish", Publish).RequireRoles(Role.OrganisationAdmin).WithName("PublishLearningExample")
            .WithSummary("Publish a learning example: it becomes public");
        examples.MapPost("/{id:guid}/unpublish", Unpublish).RequireRoles(Role.OrganisationAdmin).WithName("UnpublishLearningExample")
            .WithSummary("Take a published learning example down: it is a draft again");
    }

    private static async Task<Ok<CentreDashboardFigures>> Dashboard(AppDbContext db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await CentreQueries.DashboardAsync(db, Dates.Today(time), ct));

    private static async Task<Results<Ok<OwnerFeedbackListDto>, ValidationProblem>> OwnerFeedback(
        string? status, string? element, string? kind, AppDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var s = Parse<FeedbackStatus>(status, "status", "Select a status from the list", errors);
        var k = Parse<FeedbackKind>(kind, "kind", "Select a kind of feedback from the list", errors);
        if (element is { Length: > 20 }) errors["element"] = ["Select an element from the list"];
        if (errors.Count > 0) return Invalid(errors);
        var list = await StandardFeedbackQueries.ForOwnerAsync(db, new FeedbackFilter(s, string.IsNullOrWhiteSpace(element) ? null : element.Trim(), k), ct);
        return TypedResults.Ok(new OwnerFeedbackListDto(list.CountsByStatus.Select(c => new FeedbackCountDto(c.Status, c.Count)).ToList(),
            list.Items.Select(Owner).ToList()));
    }

    private static async Task<Results<Ok<OwnerFeedbackDto>, NotFound>> Triage(
        Guid id, TriageFeedbackRequest request, StandardFeedbackService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await StandardFeedbackQueries.FindAsync(db, id, ct) is null) return TypedResults.NotFound();
        await service.TriageAsync(id, request, user.Actor, ct);
        return TypedResults.Ok(Owner((await StandardFeedbackQueries.FindAsync(db, id, ct))!));
    }

    private static async Task<Results<Created<FeedbackDto>, NotFound>> Send(
        string number, string? version, SendFeedbackRequest request, StandardFeedbackService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (await FeedbackPages.ElementAsync(db, number, string.IsNullOrWhiteSpace(request.Version) ? version : request.Version, ct) is not { } element)
            return TypedResults.NotFound();
        var sent = await service.SendAsync(number, request with { Version = element.VersionLabel }, user.Actor, ct);
        var item = (await StandardFeedbackQueries.SentByAsync(db, user.UserId!.Value, ct)).Single(f => f.Id == sent.Id);
        return TypedResults.Created("/api/v1/account/feedback", Mine(item));
    }

    private static async Task<Ok<List<FeedbackDto>>> MyFeedback(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        TypedResults.Ok((await StandardFeedbackQueries.SentByAsync(db, user.UserId!.Value, ct)).Select(Mine).ToList());

    private static async Task<Results<Ok<IReadOnlyList<PublishedLearningExample>>, NotFound>> PublishedForElement(string number, AppDbContext db, CancellationToken ct)
    {
        if (await FeedbackPages.ElementAsync(db, number, null, ct) is null) return TypedResults.NotFound();
        return TypedResults.Ok(await LearningExampleQueries.PublishedForElementAsync(db, number, ct));
    }

    private static async Task<Ok<List<LearningExampleDto>>> ListExamples(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await LearningExampleQueries.ForOrganisationAsync(db, organisationId, ct)).Select(Dto).ToList());

    private static async Task<Results<Ok<LearningExampleDto>, NotFound>> GetExample(Guid organisationId, Guid id, AppDbContext db, CancellationToken ct) =>
        await LearningExampleQueries.FindAsync(db, organisationId, id, ct) is { } x ? TypedResults.Ok(Dto(x)) : TypedResults.NotFound();

    private static async Task<Created<LearningExampleDto>> CreateExample(
        Guid organisationId, SaveLearningExampleRequest request, LearningExampleService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var created = await service.CreateAsync(organisationId, request, user.Actor, ct);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/learning-examples/{created.Id}",
            Dto((await LearningExampleQueries.FindAsync(db, organisationId, created.Id, ct))!));
    }

    private static async Task<Ok<LearningExampleDto>> UpdateExample(
        Guid organisationId, Guid id, SaveLearningExampleRequest request, LearningExampleService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await service.UpdateAsync(organisationId, id, request, user.Actor, ct);
        return TypedResults.Ok(Dto((await LearningExampleQueries.FindAsync(db, organisationId, id, ct))!));
    }

    private static async Task<Ok<LearningExampleDto>> Publish(Guid organisationId, Guid id, LearningExampleService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await service.PublishAsync(organisationId, id, user.Actor, ct);
        return TypedResults.Ok(Dto((await LearningExampleQueries.FindAsync(db, organisationId, id, ct))!));
    }

    private static async Task<Ok<LearningExampleDto>> Unpublish(Guid organisationId, Guid id, LearningExampleService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await service.UnpublishAsync(organisationId, id, user.Actor, ct);
        return TypedResults.Ok(Dto((await LearningExampleQueries.FindAsync(db, organisationId, id, ct))!));
    }

    private static T? Parse<T>(string? value, string key, string message, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
        errors[key] = [message];
        return null;
    }

    private static FeedbackDto Mine(FeedbackItem f) =>
        new(f.Id, f.VersionLabel, f.ElementNumber, f.ElementTitle, f.Kind, f.Text, f.SentAt, f.Status, f.StatusReason, f.TriagedAt);

    private static OwnerFeedbackDto Owner(FeedbackItem f) =>
        new(f.Id, f.VersionLabel, f.ElementNumber, f.ElementTitle, f.Kind, f.Text, f.SenderName, f.SentAt, f.Status, f.StatusReason, f.TriagedAt, f.TriagedByName);

    private static LearningExampleDto Dto(LearningExampleDetails x) =>
        new(x.Id, x.Title, x.LearnedFrom, x.WhatWeLearned, x.WhatChanged, x.ElementNumbers, x.CaseIds, x.Status, x.CreatedAt, x.UpdatedAt, x.PublishedAt);

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
}

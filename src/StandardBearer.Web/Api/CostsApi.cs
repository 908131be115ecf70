using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

/// <summary>
/// An organisation's staff time, costs and budgets by assessment year. Same rules as the pages: anyone in the
/// organisation reads, records and changes entries; only an admin deletes one or sets a budget (403 otherwise).
/// </summary>
public static class CostsApi
{
    public static void MapCostsApi(this RouteGroupBuilder v1)
    {
        var costs = v1.MapGroup("/organisations/{organisationId:guid}/costs").RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        costs.MapGet("", Years).WithName("ListCostYears").WithSummary("Every year with staff time, costs or a budget, newest first, each summarised against its budget");
        costs.MapGet("/{year:int}", Year).WithName("GetCostYear").WithSummary("One year's summary, staff time, costs and budget (zeros and no budget when nothing is recorded)");
        costs.MapPost("/{year:int}/staff-time", AddStaffTime).WithName("AddStaffTime").WithSummary("Record staff time in hours or days");
        costs.MapGet("/staff-time/{entryId:guid}", GetStaffTime).WithName("GetStaffTime").WithSummary("One staff time entry");
        costs.MapPut("/staff-time/{entryId:guid}", UpdateStaffTime).WithName("UpdateStaffTime").WithSummary("Change a staff time entry");
        costs.MapDelete("/staff-time/{entryId:guid}", DeleteStaffTime).WithName("DeleteStaffTime").WithSummary("Delete a staff time entry (organisation admins)");
        costs.MapPost("/{year:int}/items", AddItem).WithName("AddCostItem").WithSummary("Add a cost in pounds: the assessment fee, travel, training, materials or other");
        costs.MapGet("/items/{itemId:guid}", GetItem).WithName("GetCostItem").WithSummary("One cost");
        costs.MapPut("/items/{itemId:guid}", UpdateItem).WithName("UpdateCostItem").WithSummary("Change a cost");
        costs.MapDelete("/items/{itemId:guid}", DeleteItem).WithName("DeleteCostItem").WithSummary("Delete a cost (organisation admins)");
        costs.MapPut("/{year:int}/budget", SetBudget).WithName("SetCostBudget").WithSummary("Set the year's budget: money and staff days, either optional (organisation admins)");
    }

    private static async Task<Ok<IReadOnlyList<CostYearSummary>>> Years(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CostQueries.YearsAsync(db, organisationId, ct));

    private static async Task<Ok<CostYearDetail>> Year(Guid organisationId, int year, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await CostQueries.DetailAsync(db, organisationId, year, ct));

    private static async Task<Results<Ok<StaffTimeRow>, NotFound>> GetStaffTime(Guid organisationId, Guid entryId, AppDbContext db, CancellationToken ct) =>
        await CostQueries.StaffTimeEntryAsync(db, organisationId, entryId, ct) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    private static async Task<Created<StaffTimeRow>> AddStaffTime(
        Guid organisationId, int year, SaveStaffTimeRequest request, CostService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var entry = await service.AddStaffTimeAsync(organisationId, year, request, user.Actor, ct);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/costs/staff-time/{entry.Id}",
            (await CostQueries.StaffTimeEntryAsync(db, organisationId, entry.Id, ct))!);
    }

    private static async Task<Ok<StaffTimeRow>> UpdateStaffTime(
        Guid organisationId, Guid entryId, SaveStaffTimeRequest request, CostService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await service.UpdateStaffTimeAsync(organisationId, entryId, request, user.Actor, ct);
        return TypedResults.Ok((await CostQueries.StaffTimeEntryAsync(db, organisationId, entryId, ct))!);
    }

    private static async Task<NoContent> DeleteStaffTime(Guid organisationId, Guid entryId, CostService service, CurrentUser user, CancellationToken ct)
    {
        await service.DeleteStaffTimeAsync(organisationId, entryId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CostItemRow>, NotFound>> GetItem(Guid organisationId, Guid itemId, AppDbContext db, CancellationToken ct) =>
        await CostQueries.ItemAsync(db, organisationId, itemId, ct) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    private static async Task<Created<CostItemRow>> AddItem(
        Guid organisationId, int year, SaveCostItemRequest request, CostService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var item = await service.AddCostItemAsync(organisationId, year, request, user.Actor, ct);
        return TypedResults.Created($"/api/v1/organisations/{organisationId}/costs/items/{item.Id}", (await CostQueries.ItemAsync(db, organisationId, item.Id, ct))!);
    }

    private static async Task<Ok<CostItemRow>> UpdateItem(
        Guid organisationId, Guid itemId, SaveCostItemRequest request, CostService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await service.UpdateCostItemAsync(organisationId, itemId, request, user.Actor, ct);
        return TypedResults.Ok((await CostQueries.ItemAsync(db, organisationId, itemId, ct))!);
    }

    private static async Task<NoContent> DeleteItem(Guid organisationId, Guid itemId, CostService service, CurrentUser user, CancellationToken ct)
    {
        await service.DeleteCostItemAsync(organisationId, itemId, user.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CostBudgetRow>> SetBudget(
        Guid organisationId, int year, SetCostBudgetRequest request, CostService service, AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        await service.SetBudgetAsync(organisationId, year, request, user.Actor, ct);
        return TypedResults.Ok((await CostQueries.BudgetAsync(db, organisationId, year, ct))!);
    }
}

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Demo;

/// <summary>
/// Three years of what holding the standard cost Riverside Borough Council (the demo's assessed organisation, so its
/// board report has figures): staff time in hours and days, the assessment fee and other costs, and each year's budget.
/// Last year went over budget on both money and staff time; this year, with the full assessment, stays within it.
/// </summary>
public static class DemoCosts
{
    public const string Organisation = DemoAssessments.CompletedOrganisation;

    private sealed record DemoYear(int YearsAgo, decimal Money, decimal StaffDays, string ApprovedBy, DemoTime[] Staff, DemoCost[] Costs);

    private sealed record DemoTime(string Who, string Role, string Activity, decimal Quantity, TimeUnit Unit);

    private sealed record DemoCost(CostKind Kind, string Description, decimal Amount);

    private static readonly DemoYear[] Years =
    [
        new(2, 3000m, 20m, "Customer services board, March", [
            new("Claire Evans", "CSE lead", "Annual review preparation: evidence updates and the assessor's plan", 7m, TimeUnit.Days),
            new("Element champions (5 people)", "Element champions", "Reviewing evidence against their elements", 6m, TimeUnit.Days),
            new("Customer services team", "Team workshop", "Customer journey mapping workshop", 22.2m, TimeUnit.Hours),
        ], [
            new(CostKind.AssessmentFee, "Annual review fee, Centre for Assessment", 2100m),
            new(CostKind.Materials, "Customer feedback cards for the libraries", 140m),
            new(CostKind.Travel, "Assessor travel to Northfield Library", 88.20m),
        ]),
        new(1, 3500m, 18m, "Customer services board, March", [
            new("Claire Evans", "CSE lead", "Annual review preparation and the action plan for two partial compliances", 9m, TimeUnit.Days),
            new("Element champions (5 people)", "Element champions", "Updating evidence for the partial compliances", 7.5m, TimeUnit.Days),
            new("Housing services team", "Team workshop", "Workshop on improving complaint handling", 29.6m, TimeUnit.Hours),
            new("Mark Hughes", "Element champion, criterion 4", "Analysing complaints data for the assessor", 15m, TimeUnit.Hours),
        ], [
            new(CostKind.AssessmentFee, "Annual review fee, Centre for Assessment", 2150m),
            new(CostKind.Other, "Mystery shopping of phone and email channels by an external provider", 1200m),
            new(CostKind.Training, "Customer insight training for team leaders", 650m),
            new(CostKind.Travel, "Assessor travel and subsistence", 96.80m),
        ]),
        new(0, 6000m, 40m, "Corporate leadership team, February", [
            new("Claire Evans", "CSE lead", "Coordinating the self-assessment and the evidence library", 18m, TimeUnit.Days),
            new("Element champions (6 people)", "Element champions", "Writing self-assessment statements and linking evidence", 9m, TimeUnit.Days),
            new("Mark Hughes", "Element champion, criterion 4", "Reviewing complaint handling evidence", 22.5m, TimeUnit.Hours),
            new("Customer Service Centre team (12 people)", "Team workshop", "Preparing for the assessment visit: what the assessor will ask", 36m, TimeUnit.Hours),
            new("Senior leadership team", "Leadership", "Preparing for and attending the assessor's interviews", 14.8m, TimeUnit.Hours),
        ], [
            new(CostKind.AssessmentFee, "Full assessment fee, Centre for Assessment", 4850m),
            new(CostKind.Training, "Self-assessment workshop for element champions", 450m),
            new(CostKind.Travel, "Assessor travel and subsistence for the three-day visit", 312.40m),
            new(CostKind.Materials, "Printing evidence summaries and customer journey maps", 185m),
        ]),
    ];

    public static async Task SeedCostsAsync(AppDbContext db, CancellationToken ct = default)
    {
        var costs = new CostService(db);
        var organisationId = await db.Organisations.Where(o => o.Name == Organisation).Select(o => o.Id).SingleAsync(ct);
        var admin = await ActorAsync(db, "admin@riverside.example", ct);
        var member = await ActorAsync(db, "member@riverside.example", ct);
        var thisYear = Dates.Today(db.Time).Year;
        foreach (var y in Years)
        {
            var year = thisYear - y.YearsAgo;
            await costs.SetBudgetAsync(organisationId, year, new SetCostBudgetRequest
            {
                Money = y.Money, StaffDays = y.StaffDays, ApprovedBy = $"{y.ApprovedBy} {year}",
            }, admin, ct);
            foreach (var t in y.Staff)
                await costs.AddStaffTimeAsync(organisationId, year, new SaveStaffTimeRequest
                {
                    Who = t.Who, Role = t.Role, Activity = t.Activity, Quantity = t.Quantity, Unit = t.Unit,
                }, member, ct);
            foreach (var c in y.Costs)
                await costs.AddCostItemAsync(organisationId, year, new SaveCostItemRequest { Kind = c.Kind, Description = c.Description, Amount = c.Amount }, admin, ct);
        }
    }

    private static async Task<Actor> ActorAsync(AppDbContext db, string email, CancellationToken ct)
    {
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        return new Actor(user.Id, user.DisplayName);
    }
}

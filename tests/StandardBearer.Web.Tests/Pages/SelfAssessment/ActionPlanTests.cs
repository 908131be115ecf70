using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.SelfAssessment;

public abstract class ActionPlanTests(AppFixture app)
{
    private async Task<(TestTenant Tenant, HttpClient Admin)> StartedAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(tenant.Admin.Email);
        await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment", [], "form[action*='handler=Start']");
        return (tenant, admin);
    }

    private static Dictionary<string, string> Action(string description, DateOnly due, Guid? owner = null) => new()
    {
        ["Input.Description"] = description, ["Input.OwnerUserId"] = owner?.ToString() ?? "",
        ["Input.DueDate.Day"] = due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.DueDate.Month"] = due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.DueDate.Year"] = due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [DbFact]
    public async Task Add_Invalid_ShowsErrorsAndAddsNothing()
    {
        var (tenant, admin) = await StartedAsync();

        var response = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/4.3.5/actions/new", new()
        {
            ["Input.Description"] = "", ["Input.DueDate.Day"] = "31", ["Input.DueDate.Month"] = "2", ["Input.DueDate.Year"] = "2027",
        });

        await PageAssert.InvalidAsync(response, "Describe the improvement action", "Due date must be a real date");
        Assert.False(await app.WithDbAsync(db => db.Set<ImprovementAction>().AnyAsync(a => a.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Add_Valid_AppearsOnTheElementAndInThePlanWithOverdueFirst()
    {
        var (tenant, admin) = await StartedAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var later = await member.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/4.3.5/actions/new",
            Action("Publish what we changed after complaints", today.AddMonths(3), tenant.Member.Id));
        await member.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/1.3.2/actions/new",
            Action("Survey the full range of customers", today.AddDays(-10)));

        PageAssert.RedirectsTo(later, $"/organisations/{tenant.Id}/self-assessment/elements/4.3.5?actionAdded=true");
        var (_, element) = await admin.GetPageAsync($"/organisations/{tenant.Id}/self-assessment/elements/4.3.5");
        Assert.Contains("Publish what we changed after complaints", element.QuerySelector("main")!.TextContent);
        var (_, plan) = await admin.GetPageAsync($"/organisations/{tenant.Id}/actions");
        var rows = plan.QuerySelectorAll("main table tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Survey the full range", rows[0].TextContent);
        Assert.Contains("Overdue", rows[0].TextContent);
        Assert.Contains("1 action is overdue", plan.QuerySelector(".govuk-warning-text")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ImprovementActionAdded" && e.OrganisationId == tenant.Id && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task MarkDone_Action_IsNoLongerOverdueAndIsAudited()
    {
        var (tenant, admin) = await StartedAsync();
        await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/2.2.1/actions/new", Action("Train new starters", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)));
        var actionId = await app.WithDbAsync(db => db.Set<ImprovementAction>().Where(a => a.OrganisationId == tenant.Id).Select(a => a.Id).SingleAsync());

        var response = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/actions", new() { ["actionId"] = actionId.ToString() }, "form[action*='handler=Done']");

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/actions");
        var (_, plan) = await admin.GetPageAsync($"/organisations/{tenant.Id}/actions");
        Assert.Null(plan.QuerySelector(".govuk-warning-text"));
        Assert.Equal(ActionStatus.Done, await app.WithDbAsync(db => db.Set<ImprovementAction>().Where(a => a.Id == actionId).Select(a => a.Status).SingleAsync()));
    }

    [DbFact]
    public async Task Csv_Export_HasOneRowPerActionAndDefusesFormulas()
    {
        var (tenant, admin) = await StartedAsync();
        await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/3.1.2/actions/new", Action("=HYPERLINK(\"x\"), then, publish charges", new DateOnly(2027, 3, 31)));

        var response = await admin.GetAsync($"/organisations/{tenant.Id}/actions?handler=Csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("element,action,owner,due_date,status,overdue", lines[0]);
        Assert.Equal("3.1.2,\"'=HYPERLINK(\"\"x\"\"), then, publish charges\",,2027-03-31,Open,no", lines[1]);
    }

    [DbFact]
    public async Task Pages_OtherOrganisation_Are404AndNothingChanges()
    {
        var (tenant, admin) = await StartedAsync();
        await admin.SubmitFormAsync($"/organisations/{tenant.Id}/self-assessment/elements/2.2.1/actions/new", Action("Ours", new DateOnly(2027, 1, 1)));
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.ClientFor(other.Admin.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{tenant.Id}/actions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{tenant.Id}/actions?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{tenant.Id}/self-assessment/elements/2.2.1/actions/new")).StatusCode);
    }
}

public sealed class ActionPlanTestsOnSqlite(SqliteApp app) : ActionPlanTests(app), IClassFixture<SqliteApp>;

public sealed class ActionPlanTestsOnPostgres(PostgresApp app) : ActionPlanTests(app), IClassFixture<PostgresApp>;

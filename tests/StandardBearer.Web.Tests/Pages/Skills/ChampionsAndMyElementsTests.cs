using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Skills;

public abstract class ChampionsAndMyElementsTests(AppFixture app)
{
    private async Task<(TestTenant Tenant, SelfAssessmentRecord Record)> StartedAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        return (tenant, await app.Data.StartSelfAssessmentAsync(tenant.Id));
    }

    private Task<ElementSelfAssessment> SetLeadAsync(Guid organisationId, Guid recordId, string number, Guid lead) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(organisationId, recordId, number,
            new UpdateElementRequest { OwnerUserId = lead, RatingKey = "Compliance", ExpectedVersion = 0 }, Actor.System("test")));

    private Task<ElementChampion> AddChampionAsync(TestTenant tenant, string number, Guid userId) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<ChampionService>().AddAsync(tenant.Id, number, new AddChampionRequest { UserId = userId }, TestData.ActorFor(tenant.Admin)));

    [DbFact]
    public async Task ElementPage_ListsTheChampions_AndOffersTheChangeLinkOnlyToAdminsAndTheLead()
    {
        var (tenant, record) = await StartedAsync();
        var colleague = await app.Data.CreateUserAsync(Role.OrganisationMember, tenant.Id);
        await SetLeadAsync(tenant.Id, record.Id, "1.1.1", tenant.Member.Id);
        await AddChampionAsync(tenant, "1.1.1", tenant.Admin.Id);
        var url = $"/organisations/{tenant.Id}/self-assessment/elements/1.1.1";
        var change = $"a[href='{url}/champions']";

        var (_, asAdmin) = await (await app.ClientFor(tenant.Admin.Email)).GetPageAsync(url);
        Assert.Equal(["Test OrganisationMember (lead owner)", "Test OrganisationAdmin"], asAdmin.QuerySelectorAll("#champion-list li").Select(li => li.TextContent.Trim()));
        Assert.NotNull(asAdmin.QuerySelector(change));
        Assert.NotNull((await (await app.ClientFor(tenant.Member.Email)).GetPageAsync(url)).Document.QuerySelector(change));
        var (_, asColleague) = await (await app.ClientFor(colleague.Email)).GetPageAsync(url);
        Assert.Null(asColleague.QuerySelector(change));
        Assert.NotNull(asColleague.QuerySelector("#champion-list"));
    }

    [DbFact]
    public async Task Champions_AddInvalid_ShowsTheErrorSummary_AddValid_SavesIt_AndRemoveTakesItOff()
    {
        var (tenant, _) = await StartedAsync();
        var admin = await app.ClientFor(tenant.Admin.Email);
        var url = $"/organisations/{tenant.Id}/self-assessment/elements/2.2.1/champions";

        var none = await admin.SubmitFormAsync(url, new() { ["Input.UserId"] = "" }, "#add-champion");
        await PageAssert.InvalidAsync(none, "Select who to add as a champion");
        var outsider = await app.Data.CreateOrganisationWithUsersAsync();
        var notMember = await admin.SubmitFormAsync(url, new() { ["Input.UserId"] = outsider.Member.Id.ToString() }, "#add-champion");
        await PageAssert.InvalidAsync(notMember, "Select someone from your organisation");

        var added = await admin.SubmitFormAsync(url, new() { ["Input.UserId"] = tenant.Member.Id.ToString() }, "#add-champion");

        PageAssert.RedirectsTo(added, $"{url}?change=added");
        Assert.True(await app.WithDbAsync(db => db.Set<ElementChampion>().AnyAsync(c => c.OrganisationId == tenant.Id && c.UserId == tenant.Member.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ElementChampionAdded" && e.OrganisationId == tenant.Id && e.UserId == tenant.Admin.Id)));
        var again = await admin.SubmitFormAsync(url, new() { ["Input.UserId"] = tenant.Member.Id.ToString() }, "#add-champion");
        await PageAssert.InvalidAsync(again, "Test OrganisationMember is already a champion of this element");

        var removed = await admin.SubmitFormAsync(url, new() { ["userId"] = tenant.Member.Id.ToString() }, "form[action*='handler=Remove']");

        PageAssert.RedirectsTo(removed, $"{url}?change=removed");
        Assert.False(await app.WithDbAsync(db => db.Set<ElementChampion>().AnyAsync(c => c.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Champions_AMemberWhoIsNotTheLead_SeesNoForm_AndTheirPostIs403_OtherTenantsGet404()
    {
        var (tenant, _) = await StartedAsync();
        var member = await app.ClientFor(tenant.Member.Email);
        var url = $"/organisations/{tenant.Id}/self-assessment/elements/2.2.1/champions";

        var (response, page) = await member.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#add-champion"));
        Assert.NotNull(page.QuerySelector("#who-can-change"));
        var post = await member.PostAsync(url, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", page.AntiforgeryToken()), new("Input.UserId", tenant.Admin.Id.ToString())]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<ElementChampion>().AnyAsync(c => c.OrganisationId == tenant.Id)));

        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        foreach (var outsider in new[] { other.Admin, body.Admin, body.Member })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(outsider.Email)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(tenant.Admin.Email)).GetAsync($"/organisations/{tenant.Id}/self-assessment/elements/9.9.9/champions")).StatusCode);
    }

    [DbFact]
    public async Task MyElements_ShowsTheirElements_OpenRequestsAndActions_AndPublishedCasesLinkedToTheLibrary()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var tenant = a.Organisation;
        var recordId = await app.WithDbAsync(db => db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == tenant.Id && s.Status == SelfAssessmentStatus.Open).Select(s => s.Id).SingleAsync());
        await SetLeadAsync(tenant.Id, recordId, "2.1.1", tenant.Member.Id);
        await AddChampionAsync(tenant, "1.2.1", tenant.Member.Id);
        await SetLeadAsync(tenant.Id, recordId, "3.1.1", tenant.Admin.Id); // someone else's
        await app.WithServicesAsync(sp => sp.GetRequiredService<AssessmentService>().RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest
        {
            ElementNumber = "2.1.1", Text = "Please provide the leadership minutes.", DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
        }, TestData.ActorFor(a.Lead)));
        await app.WithServicesAsync(sp => sp.GetRequiredService<AssessmentService>().RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest
        {
            ElementNumber = "3.1.1", Text = "Not theirs.", DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
        }, TestData.ActorFor(a.Lead)));
        await app.WithServicesAsync(sp => sp.GetRequiredService<ImprovementActionService>().AddAsync(tenant.Id, "1.2.1",
            new AddActionRequest { Description = "Recruit panel members from groups we hear from least", DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1) },
            TestData.ActorFor(tenant.Admin)));
        var (holder, caseId) = await app.Data.CreatePublishedCaseAsync("1.2.1");

        var (response, page) = await (await app.ClientFor(tenant.Member.Email)).GetPageAsync($"/organisations/{tenant.Id}/my-elements");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#my-elements tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("1.2.1", rows[0][0], StringComparison.Ordinal);
        Assert.Equal(["Champion", "Not started", "Not yet rated"], rows[0].Skip(1));
        Assert.StartsWith("2.1.1", rows[1][0], StringComparison.Ordinal);
        Assert.Equal("Lead owner", rows[1][1]);
        Assert.Equal("Compliance", rows[1][3]);
        var request = Assert.Single(page.QuerySelectorAll("#request-list li"));
        Assert.Contains("2.1.1: Please provide the leadership minutes.", request.TextContent, StringComparison.Ordinal);
        var action = Assert.Single(page.QuerySelectorAll("#action-list li"));
        Assert.Contains("Recruit panel members", action.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", action.TextContent, StringComparison.Ordinal);
        var link = Assert.Single(page.QuerySelectorAll("#case-list tbody a"));
        Assert.Equal($"/best-practice/{caseId}", link.GetAttribute("href"));
        Assert.Contains(holder.Organisation.Name, page.QuerySelector("#case-list")!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task MyElements_EmptyStates_SayWhatToDo()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(tenant.Member.Email);

        var (_, none) = await member.GetPageAsync($"/organisations/{tenant.Id}/my-elements");
        Assert.NotNull(none.QuerySelector("#no-self-assessment"));

        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var (_, empty) = await member.GetPageAsync($"/organisations/{tenant.Id}/my-elements");
        Assert.Contains("Ask an admin of your organisation", empty.QuerySelector("#no-elements")!.TextContent, StringComparison.Ordinal);

        var (_, overview) = await member.GetPageAsync($"/organisations/{tenant.Id}");
        Assert.NotNull(overview.QuerySelector($"a[href='/organisations/{tenant.Id}/my-elements']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/organisations/{tenant.Id}/learning']"));
    }
}

public sealed class ChampionsAndMyElementsTestsOnSqlite(SqliteApp app) : ChampionsAndMyElementsTests(app), IClassFixture<SqliteApp>;

public sealed class ChampionsAndMyElementsTestsOnPostgres(PostgresApp app) : ChampionsAndMyElementsTests(app), IClassFixture<PostgresApp>;

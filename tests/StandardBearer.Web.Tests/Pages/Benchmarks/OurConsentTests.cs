using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>The organisation's admins agree to (or withdraw from) the public benchmark table.</summary>
public abstract class OurConsentTests(AppFixture app)
{
    private static string ConsentPath(TestTenant organisation) => $"/organisations/{organisation.Id}/benchmarks/consent";

    [DbFact]
    public async Task Get_AsAdmin_ExplainsAndAsks_MemberIs403_OthersAre404()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        var other = await app.Data.CreateOrganisationWithUsersAsync();

        var (response, page) = await (await app.ClientFor(bench.Holder.Admin.Email)).GetPageAsync(ConsentPath(bench.Holder));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Publish our results in the public benchmark table?", page.QuerySelector("main legend")!.TextContent.Trim());
        Assert.Contains("at least 5 organisations", page.QuerySelector("main")!.TextContent);
        Assert.Equal("false", page.QuerySelector("input[name='Input.Publish'][checked]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(bench.Holder.Member.Email)).GetAsync(ConsentPath(bench.Holder))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(bench.Body.Admin.Email)).GetAsync(ConsentPath(bench.Holder))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(ConsentPath(bench.Holder))).StatusCode);
    }

    [DbFact]
    public async Task Post_NoChoice_ShowsTheError()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(organisation.Admin.Email);

        var response = await client.SubmitFormAsync(ConsentPath(organisation), []);

        await PageAssert.InvalidAsync(response, "Select yes if you want to publish your results");
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Equal("#Input_Publish", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.False(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.PublishBenchmark).SingleAsync()));
    }

    [DbFact]
    public async Task Post_NotAChoice_ShowsTheError()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await (await app.ClientFor(organisation.Admin.Email)).SubmitFormAsync(ConsentPath(organisation), new() { ["Input.Publish"] = "perhaps" });

        await PageAssert.InvalidAsync(response, "Select yes if you want to publish your results");
    }

    [DbFact]
    public async Task Post_Yes_PublishesAudits_AndShowsTheBanner_ThenNoWithdraws()
    {
        var bench = await app.Data.CreateBenchmarkAsync(5);
        var client = await app.ClientFor(bench.Holder.Admin.Email);
        var positionPath = $"/organisations/{bench.Holder.Id}/benchmarks";

        var response = await client.SubmitFormAsync(ConsentPath(bench.Holder), new() { ["Input.Publish"] = "true" });

        PageAssert.RedirectsTo(response, $"{positionPath}?saved=consent");
        Assert.True(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == bench.Holder.Id).Select(o => o.PublishBenchmark).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BenchmarkConsentGiven" && e.OrganisationId == bench.Holder.Id && e.UserId == bench.Holder.Admin.Id)));
        var (_, page) = await client.GetPageAsync($"{positionPath}?saved=consent");
        Assert.Contains("Your results will be published", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("You have agreed to publish", page.QuerySelector("#consent-state")!.TextContent);

        PageAssert.RedirectsTo(await client.SubmitFormAsync(ConsentPath(bench.Holder), new() { ["Input.Publish"] = "false" }), $"{positionPath}?saved=consent");
        Assert.False(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == bench.Holder.Id).Select(o => o.PublishBenchmark).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "BenchmarkConsentWithdrawn" && e.OrganisationId == bench.Holder.Id)));
    }

    [DbFact]
    public async Task Post_AsMember_Is403()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(organisation.Member.Email);
        var (_, page) = await member.GetPageAsync("/account/change-password");

        var response = await member.PostAsync(ConsentPath(organisation), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(),
            ["Input.Publish"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.PublishBenchmark).SingleAsync()));
    }
}

public sealed class OurConsentTestsOnSqlite(SqliteApp app) : OurConsentTests(app), IClassFixture<SqliteApp>;

public sealed class OurConsentTestsOnPostgres(PostgresApp app) : OurConsentTests(app), IClassFixture<PostgresApp>;

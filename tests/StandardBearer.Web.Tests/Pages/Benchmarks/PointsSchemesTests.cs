using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Testing;
using static StandardBearer.Web.Tests.Pages.Benchmarks.BenchmarkTables;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>A body's own points per rating: listed with the defaults, added with a date, removed after a confirm; tables say which they used.</summary>
public abstract class PointsSchemesTests(AppFixture app)
{
    private static string PointsPath(TestTenant body) => $"/bodies/{body.Id}/benchmarks/points";

    private static Dictionary<string, string> Scheme(string name, DateOnly? from, string plus = "10", string compliance = "2", string partial = "0", string non = "-5") => new()
    {
        ["Input.Name"] = name,
        ["Input.EffectiveFrom.Day"] = from?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.EffectiveFrom.Month"] = from?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.EffectiveFrom.Year"] = from?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.Points[CompliancePlus]"] = plus,
        ["Input.Points[Compliance]"] = compliance,
        ["Input.Points[PartialCompliance]"] = partial,
        ["Input.Points[NonCompliance]"] = non,
    };

    private Task<List<PointsScheme>> SchemesAsync(TestTenant body) =>
        app.WithDbAsync(db => db.PointsSchemes.Include(s => s.Ratings).Where(s => s.CertificationBodyId == body.Id).ToListAsync());

    private Task<PointsScheme> AddAsync(TestTenant body, string name, DateOnly from) => app.WithServicesAsync(sp =>
        sp.GetRequiredService<PointsSchemeService>().AddAsync(body.Id, new SavePointsSchemeRequest
        {
            Name = name, EffectiveFrom = from, Points = new Dictionary<string, int?> { ["CompliancePlus"] = 5, ["Compliance"] = 2, ["PartialCompliance"] = 1, ["NonCompliance"] = 0 },
        }, TestData.ActorFor(body.Admin)));

    [DbFact]
    public async Task Points_NoSchemes_ShowsTheDefaultsAndAnInputPerRating()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var (response, page) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync(PointsPath(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your tables use the standard’s default points today.", page.QuerySelector("#in-force")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#no-schemes"));
        var defaults = page.QuerySelectorAll("#defaults .govuk-summary-list__row")
            .Select(r => $"{r.QuerySelector("dt")!.TextContent.Trim()}: {r.QuerySelector("dd")!.TextContent.Trim()}").ToList();
        Assert.Equal(["Compliance Plus (default): 3 points", "Compliance (default): 2 points", "Partial Compliance (default): 1 point", "Non-Compliance (default): 0 points"], defaults);
        Assert.Equal(["Input.Points[CompliancePlus]", "Input.Points[Compliance]", "Input.Points[PartialCompliance]", "Input.Points[NonCompliance]"],
            page.QuerySelectorAll("#add-scheme input[name^='Input.Points']").Select(i => i.GetAttribute("name")));
    }

    [DbFact]
    public async Task Add_NothingEntered_ShowsEveryError()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitFormAsync(PointsPath(body), Scheme("", null, "", "", "", ""), "#add-scheme");

        await PageAssert.InvalidAsync(response, "Enter a name for the scheme", "Enter the date the scheme takes effect", "Enter the points for Compliance Plus",
            "Enter the points for Non-Compliance");
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Contains("#Input_Points_CompliancePlus_", page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("#Input_Points_CompliancePlus_.govuk-input--error"));
        Assert.Empty(await SchemesAsync(body));
    }

    [DbFact]
    public async Task Add_BadDateAndPoints_ShowGovukMessages_NeverA500()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(body.Admin.Email);
        var notRealDate = Scheme("Weighted", null);
        (notRealDate["Input.EffectiveFrom.Day"], notRealDate["Input.EffectiveFrom.Month"], notRealDate["Input.EffectiveFrom.Year"]) = ("31", "2", "2026");

        var notReal = await admin.SubmitFormAsync(PointsPath(body), notRealDate, "#add-scheme");
        var words = await admin.SubmitFormAsync(PointsPath(body), Scheme("Weighted", new DateOnly(2026, 1, 1), plus: "ten"), "#add-scheme");
        var tooMany = await admin.SubmitFormAsync(PointsPath(body), Scheme("Weighted", new DateOnly(2026, 1, 1), non: "-500"), "#add-scheme");

        await PageAssert.InvalidAsync(notReal, "Date the scheme takes effect must be a real date");
        await PageAssert.InvalidAsync(words, "Points for Compliance Plus must be a whole number from -100 to 100");
        await PageAssert.InvalidAsync(tooMany, "Points for Non-Compliance must be a whole number from -100 to 100");
        Assert.Empty(await SchemesAsync(body));
    }

    [DbFact]
    public async Task Add_Valid_IsSavedAndAuditedAndTheLeagueTableSaysWhichPointsItUsed()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 2);
        var admin = await app.ClientFor(b.Body.Admin.Email);
        var from = new DateOnly(Today.Year, 1, 1);

        var response = await admin.SubmitFormAsync(PointsPath(b.Body), Scheme("Weighted for Compliance Plus", from), "#add-scheme");

        PageAssert.RedirectsTo(response, $"{PointsPath(b.Body)}?done=added");
        var scheme = Assert.Single(await SchemesAsync(b.Body));
        Assert.Equal(("Weighted for Compliance Plus", from), (scheme.Name, scheme.EffectiveFrom));
        Assert.Equal([("Compliance", 2), ("CompliancePlus", 10), ("NonCompliance", -5), ("PartialCompliance", 0)],
            scheme.Ratings.OrderBy(r => r.RatingKey, StringComparer.Ordinal).Select(r => (r.RatingKey, r.Points)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "PointsSchemeAdded" && e.UserId == b.Body.Admin.Id)));

        var (_, points) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Points scheme added", points.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        Assert.Equal($"Today your tables use the scheme “Weighted for Compliance Plus”, in force from {Dates.Day(from)}.", points.QuerySelector("#in-force")!.TextContent.Trim());
        var row = points.QuerySelector("#schemes tbody tr")!;
        Assert.Equal([Dates.Day(from), "10", "2", "0", "-5", "In force", "Remove Weighted for Compliance Plus"], Cells(row));

        var (_, table) = await admin.GetPageAsync($"/bodies/{b.Body.Id}/benchmarks");
        Assert.Equal($"Points are from the scheme “Weighted for Compliance Plus”, in force from {Dates.Day(from)} (Compliance Plus 10, Compliance 2, Partial Compliance 0, Non-Compliance -5).",
            table.QuerySelector("#points-description")!.TextContent.Trim());
        // Holder 1: one Compliance Plus (10), the rest Compliance (2 each).
        var elements = (await RatedAsync(app, b.Holders[1])).Count;
        Assert.Equal((10 + 2 * (elements - 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Cells(table.QuerySelectorAll("#league-table tbody tr")[0])[3]);
        // A year before the scheme took effect keeps the defaults.
        var (_, before) = await admin.GetPageAsync($"/bodies/{b.Body.Id}/benchmarks?year={Today.Year - 1}");
        Assert.Equal(DefaultPoints, before.QuerySelector("#points-description")!.TextContent.Trim());
    }

    [DbFact]
    public async Task Add_SameDateTwice_SaysChooseAnotherDate()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        await AddAsync(body, "First", new DateOnly(2026, 1, 1));

        var response = await (await app.ClientFor(body.Admin.Email)).SubmitFormAsync(PointsPath(body), Scheme("Second", new DateOnly(2026, 1, 1)), "#add-scheme");

        await PageAssert.InvalidAsync(response, "A scheme already takes effect on 1 January 2026. Choose another date or remove that scheme first");
        Assert.Single(await SchemesAsync(body));
    }

    [DbFact]
    public async Task Remove_AsksFirst_ThenRemovesAndAudits()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var scheme = await AddAsync(body, "Old weighting", new DateOnly(2024, 4, 1));
        var admin = await app.ClientFor(body.Admin.Email);
        var (_, list) = await admin.GetPageAsync(PointsPath(body));
        var removePath = list.QuerySelector("#schemes a[href$='/remove']")!.GetAttribute("href")!;

        var (confirmResponse, confirm) = await admin.GetPageAsync(removePath);
        var response = await admin.SubmitFormAsync(removePath, new(), "#remove-scheme");

        Assert.Equal($"{PointsPath(body)}/{scheme.Id}/remove", removePath);
        Assert.Equal(HttpStatusCode.OK, confirmResponse.StatusCode);
        Assert.Equal("Are you sure you want to remove this points scheme?", confirm.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Old weighting", confirm.QuerySelector("main")!.TextContent);
        PageAssert.RedirectsTo(response, $"{PointsPath(body)}?done=removed");
        Assert.Empty(await SchemesAsync(body));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "PointsSchemeRemoved" && e.UserId == body.Admin.Id)));
        var (_, after) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Points scheme removed", after.QuerySelector(".govuk-notification-banner--success")!.TextContent);
    }

    [DbFact]
    public async Task Remove_AnotherBodysSchemeOrRole_Is404Or403AndKeepsIt()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var scheme = await AddAsync(body, "Kept", new DateOnly(2024, 4, 1));
        var path = $"{PointsPath(body)}/{scheme.Id}/remove";

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(body.Member.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"{PointsPath(other)}/{scheme.Id}/remove")).StatusCode);
        var otherAdmin = await app.ClientFor(other.Admin.Email);
        var (_, ownPage) = await otherAdmin.GetPageAsync(PointsPath(other));
        var token = ownPage.QuerySelector("#add-scheme input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var post = await otherAdmin.PostAsync($"{PointsPath(other)}/{scheme.Id}/remove",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Single(await SchemesAsync(body));
    }
}

public sealed class PointsSchemesTestsOnSqlite(SqliteApp app) : PointsSchemesTests(app), IClassFixture<SqliteApp>;

public sealed class PointsSchemesTestsOnPostgres(PostgresApp app) : PointsSchemesTests(app), IClassFixture<PostgresApp>;

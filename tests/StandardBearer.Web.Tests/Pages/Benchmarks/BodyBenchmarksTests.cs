using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Common;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;
using static StandardBearer.Web.Tests.Pages.Benchmarks.BenchmarkTables;

namespace StandardBearer.Web.Tests.Pages.Benchmarks;

/// <summary>The body's league table and element heat map, for its admins only, with filters and downloads.</summary>
public abstract class BodyBenchmarksTests(AppFixture app)
{
    private static string TablePath(TestBenchmark b) => $"/bodies/{b.Body.Id}/benchmarks";

    private async Task<TestBenchmark> SixWithATieAsync()
    {
        var b = await app.Data.CreateBenchmarkAsync();
        await app.Data.CopyBenchmarkRatingsAsync(b.Holders[2], b.Holders[1]);
        return b;
    }

    [DbFact]
    public async Task LeagueTable_Admin_SeesHoldersInRankOrderWithJointRanks()
    {
        var b = await SixWithATieAsync();

        var (response, page) = await (await app.ClientFor(b.Body.Admin.Email)).GetPageAsync(TablePath(b));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SixWithTieAtFourth(b), Rows(page));
        Assert.Equal($"Holders of {b.Body.Name}’s certificates on {Dates.Day(Today)}", page.QuerySelector("#league-table caption")!.TextContent.Trim());
        Assert.Equal(DefaultPoints, page.QuerySelector("#points-description")!.TextContent.Trim());
        Assert.Equal("6 holders; 4 with no partial compliance", page.QuerySelector("#holder-count")!.TextContent.Trim());
        var headers = page.QuerySelectorAll("#league-table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Rank", "Organisation", "Sector", "Region", "Points", "Compliance Plus", "Compliance", "Partial", "Non-Compliance"], headers);
        var first = Cells(page.QuerySelectorAll("#league-table tbody tr")[0]);
        Assert.Equal(["Local government", "London"], first.Skip(1).Take(2));
        Assert.Equal(["5", "0", "0"], new[] { first[4], first[6], first[7] });
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"{TablePath(b)}/elements", links);
        Assert.Contains($"{TablePath(b)}/points", links);
        var (_, overview) = await (await app.ClientFor(b.Body.Admin.Email)).GetPageAsync($"/bodies/{b.Body.Id}");
        Assert.Contains(TablePath(b), overview.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [DbTheory]
    [InlineData("")]
    [InlineData("/elements")]
    [InlineData("/points")]
    public async Task Pages_AssessorGets403_OtherBodyAndHolderGet404(string page)
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 1);
        var other = await app.Data.CreateBodyWithUsersAsync();
        var path = TablePath(b) + page;

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(b.Body.Admin.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(b.Body.Member.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(b.Holder.Admin.Email)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync(path)).StatusCode);
    }

    [DbFact]
    public async Task LeagueTable_FilteredBySector_ShowsOnlyThatSectorRankedAmongThemselves()
    {
        var b = await app.Data.CreateBenchmarkAsync();
        var police = new[] { b.Holders[1].Id, b.Holders[4].Id };
        await app.WithDbAsync(db => db.Organisations.Where(o => police.Contains(o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.Sector, Sector.Police)));

        var (response, page) = await (await app.ClientFor(b.Body.Admin.Email)).GetPageAsync($"{TablePath(b)}?sector=police");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([("1", b.Holders[4].Name), ("2", b.Holders[1].Name)], Rows(page));
        Assert.EndsWith(": Police", page.QuerySelector("#league-table caption")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Police", page.QuerySelector("#sector option[selected]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#filters a[href='{TablePath(b)}']"));
        var downloads = page.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"{TablePath(b)}?handler=Download&sector=police&format=csv", $"{TablePath(b)}?handler=Download&sector=police&format=xlsx"], downloads);
    }

    [DbFact]
    public async Task LeagueTable_BadFilters_ShowTheErrorSummaryAndTheUnfilteredTable_NeverA500()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 2);
        var admin = await app.ClientFor(b.Body.Admin.Email);

        var bad = await admin.GetAsync($"{TablePath(b)}?year=twenty&sector=Nope&region=7&size=huge");
        var early = await admin.GetAsync($"{TablePath(b)}?year=1800");
        var future = await admin.GetAsync($"{TablePath(b)}?year=99999999999999");
        var format = await admin.GetAsync($"{TablePath(b)}?handler=Download&format=pdf");
        var noFormat = await admin.GetAsync($"{TablePath(b)}?handler=Download");
        var badDownload = await admin.GetAsync($"{TablePath(b)}?handler=Download&format=csv&sector=Nope");

        await PageAssert.InvalidAsync(bad, "The year must be a year, like 2025", "Select a sector from the list", "Select a region from the list", "Select a size band from the list");
        await PageAssert.InvalidAsync(early, $"The year must be between 1990 and {Today.Year}");
        await PageAssert.InvalidAsync(future, "The year must be a year, like 2025");
        await PageAssert.InvalidAsync(format, "The download must be CSV or XLSX");
        await PageAssert.InvalidAsync(noFormat, "The download must be CSV or XLSX");
        await PageAssert.InvalidAsync(badDownload, "Select a sector from the list");
        var (_, page) = await admin.GetPageAsync($"{TablePath(b)}?sector=Nope");
        Assert.Equal(2, Rows(page).Count);
        Assert.Equal("#sector", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("Select a sector from the list", page.QuerySelector("#sector-error")!.TextContent);
    }

    [DbFact]
    public async Task LeagueTable_PastYear_IsTheEndOfThatYear_AndAYearBeforeAnyResultIsEmpty()
    {
        var year = Today.Year - 2;
        var b = await app.Data.CreateBenchmarkAsync(holders: 2, assessedOn: new DateOnly(year, 6, 1));
        var admin = await app.ClientFor(b.Body.Admin.Email);

        var (_, then) = await admin.GetPageAsync($"{TablePath(b)}?year={year}");
        var (_, before) = await admin.GetPageAsync($"{TablePath(b)}?year={year - 1}");

        Assert.Equal([("1", b.Holders[1].Name), ("2", b.Holders[0].Name)], Rows(then));
        Assert.Equal($"Holders of {b.Body.Name}’s certificates on 31 December {year}", then.QuerySelector("#league-table caption")!.TextContent.Trim());
        Assert.Contains($"End of {year}", then.QuerySelectorAll("#year option").Select(o => o.TextContent.Trim()));
        Assert.Equal($"No organisation held one of {b.Body.Name}’s certificates on 31 December {year - 1}.", before.QuerySelector("#no-holders")!.TextContent.Trim());
        Assert.Null(before.QuerySelector("#league-table"));
        Assert.Null(before.QuerySelector("#downloads"));
    }

    [DbFact]
    public async Task LeagueTable_BodyWithNoHolders_SaysSo()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var (response, page) = await (await app.ClientFor(body.Admin.Email)).GetPageAsync($"/bodies/{body.Id}/benchmarks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"No organisation held one of {body.Name}’s certificates on {Dates.Day(Today)}.", page.QuerySelector("#no-holders")!.TextContent.Trim());
    }

    [DbFact]
    public async Task Download_Csv_IsAnAttachmentWithTheHeaderAndRowsInRankOrder()
    {
        var b = await SixWithATieAsync();

        var response = await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{TablePath(b)}?handler=Download&sector=LocalGovernment&format=csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"league-table-{Today:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal("Rank,Joint,Organisation,Sector,Region,Size,Points,Compliance Plus,Compliance,Partial Compliance,Non-Compliance", string.Join(",", lines[0]));
        Assert.Equal(SixWithTieAtFourth(b).Select(r => (r.Rank.Replace("joint =", "", StringComparison.Ordinal), r.Organisation)),
            lines.Skip(1).Select(l => (l[0], l[2])));
        Assert.Equal(["Yes", "Yes"], lines.Skip(4).Take(2).Select(l => l[1]));
        Assert.Equal(["Local government", "London", "250 to 999 staff"], lines[1][3..6]);
    }

    [DbFact]
    public async Task Download_Xlsx_OpensWithTheRows()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 3);

        var response = await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{TablePath(b)}?handler=Download&format=XLSX");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"league-table-{Today:yyyy-MM-dd}.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(b.Holders[2].Name, rows[1].InnerText);
        Assert.Contains(b.Holders[0].Name, rows[3].InnerText);
    }

    [DbFact]
    public async Task Elements_Admin_SeesTheShareAtEachRatingAndTheElementsMostOftenPartial()
    {
        var b = await app.Data.CreateBenchmarkAsync();
        var elements = await RatedAsync(app, b.Holders[0]);
        var plusForFive = Assert.Single(await RatedAsync(app, b.Holders[1], "CompliancePlus"));
        var partialForTwo = Assert.Single(await RatedAsync(app, b.Holders[0], "PartialCompliance"));

        var (response, page) = await (await app.ClientFor(b.Body.Admin.Email)).GetPageAsync($"{TablePath(b)}/elements");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("6 holders; 4 with no partial compliance", page.QuerySelector("#holder-count")!.TextContent.Trim());
        var heat = page.QuerySelectorAll("#heat-map tbody tr");
        Assert.Equal(elements.Count, heat.Length);
        Assert.Equal(["Element", "Compliance Plus", "Compliance", "Partial Compliance", "Non-Compliance"], page.QuerySelectorAll("#heat-map thead th").Select(th => th.TextContent.Trim()));
        // Holders 1 to 5 have Compliance Plus on this element, holder 0 Compliance.
        var row = heat.Single(r => r.QuerySelector("th")!.TextContent.Trim().StartsWith(plusForFive + " ", StringComparison.Ordinal));
        Assert.Equal(["83% (5)", "17% (1)", "0% (0)", "0% (0)"], Cells(row));
        Assert.Contains("sb-heat--4", row.QuerySelectorAll("td")[0].ClassName);
        Assert.Contains("sb-heat--1", row.QuerySelectorAll("td")[1].ClassName);
        Assert.Contains("sb-heat--0", row.QuerySelectorAll("td")[2].ClassName);
        // Holders 0 and 3 are Partial on one element: the only one in the list.
        var partial = Assert.Single(page.QuerySelectorAll("#most-often-partial tbody tr"));
        Assert.StartsWith(partialForTwo + " ", partial.QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["2", "33%"], Cells(partial));
    }

    [DbFact]
    public async Task Elements_BadYear_ShowsTheErrorSummary()
    {
        var b = await app.Data.CreateBenchmarkAsync(holders: 1);

        var response = await (await app.ClientFor(b.Body.Admin.Email)).GetAsync($"{TablePath(b)}/elements?year=last");

        await PageAssert.InvalidAsync(response, "The year must be a year, like 2025");
    }
}

public sealed class BodyBenchmarksTestsOnSqlite(SqliteApp app) : BodyBenchmarksTests(app), IClassFixture<SqliteApp>;

public sealed class BodyBenchmarksTestsOnPostgres(PostgresApp app) : BodyBenchmarksTests(app), IClassFixture<PostgresApp>;

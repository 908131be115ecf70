using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Organisations;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Register;

/// <summary>
/// The public register page and its downloads. The class's database is shared, so each test names its holders with
/// a token of its own and searches for it.
/// </summary>
public abstract class RegisterPagesTests(AppFixture app)
{
    private static string Token() => $"reg{Guid.NewGuid():N}"[..11];

    private Task<bool> ChangeStatusAsync(TestHolder holder, CertificateStatus to, string reason) => app.WithServicesAsync(async sp =>
    {
        await sp.GetRequiredService<CertificateService>().ChangeStatusAsync(holder.Body.Id, holder.CertificateId,
            new ChangeCertificateStatusRequest { Status = to, Reason = reason }, TestData.ActorFor(holder.Body.Admin));
        return true;
    });

    private Task<bool> MakeConfidentialAsync(TestHolder holder) => app.WithServicesAsync(async sp =>
    {
        await sp.GetRequiredService<CertificateService>().SetConfidentialAsync(holder.Body.Id, holder.CertificateId,
            new SetConfidentialRequest { Confidential = true }, TestData.ActorFor(holder.Body.Admin));
        return true;
    });

    private static List<string> Organisations(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.ChildNodes[0].TextContent.Trim()).ToList();

    [DbFact]
    public async Task Register_Anonymous_ListsActiveAndSuspendedHoldersButNotConfidentialOnes()
    {
        var token = Token();
        var active = await app.Data.CreateHolderAsync($"Active council {token}", compliancePlus: ["1.2.4", "2.1.1"]);
        var suspended = await app.Data.CreateHolderAsync($"Suspended council {token}");
        var confidential = await app.Data.CreateHolderAsync($"Confidential council {token}");
        await ChangeStatusAsync(suspended, CertificateStatus.Suspended, "The annual review is overdue.");
        await MakeConfidentialAsync(confidential);

        var (response, page) = await app.Anonymous().GetPageAsync($"/register?query={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Holders matching your search", page.QuerySelector("main table caption")!.TextContent.Trim());
        Assert.Equal([active.Organisation.Name, suspended.Organisation.Name], Organisations(page));
        Assert.Equal("Showing 1 to 2 of 2 holders", page.QuerySelector("#result-count")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("main table tbody tr");
        var first = rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Whole organisation", active.Body.Name, "Active", DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "2"], first.Skip(1));
        Assert.Equal($"/register/certificates/{active.Number}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("govuk-tag govuk-tag--green", rows[0].QuerySelector(".govuk-tag")!.ClassName);
        Assert.Equal("Suspended", rows[1].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Equal("govuk-tag govuk-tag--orange", rows[1].QuerySelector(".govuk-tag")!.ClassName);
        Assert.DoesNotContain(confidential.Organisation.Name, page.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Register_SignedIn_ShowsTheSameRegister()
    {
        var token = Token();
        var holder = await app.Data.CreateHolderAsync($"Signed council {token}");
        var client = await app.ClientFor(holder.Organisation.Member.Email);

        var (response, page) = await client.GetPageAsync($"/register?query={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([holder.Organisation.Name], Organisations(page));
    }

    [DbFact]
    public async Task Register_Filters_BySectorRegionAndBodyAndKeepsThemInTheForm()
    {
        var token = Token();
        var police = await app.Data.CreateHolderAsync($"North Police {token}", Sector.Police, Region.NorthEast);
        var council = await app.Data.CreateHolderAsync($"North Council {token}", Sector.LocalGovernment, Region.NorthEast, body: police.Body);
        var welsh = await app.Data.CreateHolderAsync($"Welsh Council {token}", Sector.LocalGovernment, Region.Wales);
        var client = app.Anonymous();

        var (_, bySector) = await client.GetPageAsync($"/register?query={token}&sector=LocalGovernment");
        var (_, byRegion) = await client.GetPageAsync($"/register?query={token}&region=Wales");
        var (_, byBody) = await client.GetPageAsync($"/register?query={token}&body={police.Body.Id}");
        var (_, byName) = await client.GetPageAsync($"/register?query=north+POLICE+{token.ToUpperInvariant()}");

        Assert.Equal([council.Organisation.Name, welsh.Organisation.Name], Organisations(bySector));
        Assert.Equal("LocalGovernment", bySector.QuerySelector("#sector option[selected]")!.GetAttribute("value"));
        Assert.Equal([welsh.Organisation.Name], Organisations(byRegion));
        Assert.Equal([council.Organisation.Name, police.Organisation.Name], Organisations(byBody));
        Assert.Equal(police.Body.Id.ToString(), byBody.QuerySelector("#body option[selected]")!.GetAttribute("value"));
        Assert.Equal([police.Organisation.Name], Organisations(byName));
        Assert.Equal($"north POLICE {token.ToUpperInvariant()}", ((AngleSharp.Html.Dom.IHtmlInputElement)byName.QuerySelector("#query")!).Value);
    }

    [DbFact]
    public async Task Register_Paging_KeepsTheFiltersInThePaginationAndDownloadLinks()
    {
        var token = Token();
        var body = await app.Data.CreateBodyWithUsersAsync();
        foreach (var name in new[] { "A", "B", "C" }) await app.Data.CreateHolderAsync($"{name} trust {token}", Sector.Health, body: body);
        var client = app.Anonymous();

        var (_, first) = await client.GetPageAsync($"/register?query={token}&sector=Health&pageSize=2");
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var (_, second) = await client.GetPageAsync("/register" + next);

        Assert.Equal($"?query={token}&sector=Health&pageSize=2&page=2", next);
        Assert.Equal([$"A trust {token}", $"B trust {token}"], Organisations(first));
        Assert.Equal("Showing 1 to 2 of 3 holders", first.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.Equal([$"C trust {token}"], Organisations(second));
        Assert.Equal("Showing 3 to 3 of 3 holders", second.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.Equal("page", second.QuerySelector(".govuk-pagination__item--current a")!.GetAttribute("aria-current"));
        var downloads = first.QuerySelectorAll("main a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/register/export?format=csv&query={token}&sector=Health", $"/register/export?format=xlsx&query={token}&sector=Health"], downloads);
    }

    [DbFact]
    public async Task Register_NothingMatches_SaysSo()
    {
        var (response, page) = await app.Anonymous().GetPageAsync($"/register?query={Token()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("No holders match your search.", page.QuerySelector("#no-holders")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("main table"));
        Assert.Empty(page.QuerySelectorAll("main a[download]"));
    }

    [DbTheory]
    [InlineData("page=-3")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999")]
    [InlineData("page=2147483647&pageSize=100")]
    [InlineData("sector=Nope")]
    [InlineData("sector=7")]
    [InlineData("region=Atlantis")]
    [InlineData("body=not-a-guid")]
    [InlineData("pageSize=-1")]
    [InlineData("pageSize=abc")]
    [InlineData("query=%25%27%22%3Cscript%3E")]
    public async Task Register_BadQueryValues_AreLeftOutNotAnError(string values)
    {
        var (response, page) = await app.Anonymous().GetPageAsync($"/register?{values}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Register of holders", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [DbFact]
    public async Task Export_Csv_IsAnAttachmentWithTheListedHoldersInTheCertSearchLayout()
    {
        var token = Token();
        var listed = await app.Data.CreateHolderAsync($"Listed council {token}");
        var confidential = await app.Data.CreateHolderAsync($"Confidential council {token}");
        await MakeConfidentialAsync(confidential);

        var response = await app.Anonymous().GetAsync($"/register/export?format=csv&query={token}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Certificate Number,Certification Status,Certified Entity Name,Street Address,City,Postal Code,Country,Certification Scope,Original Issue Date,Issue Date,Expiry Date,Certification Body", lines[0]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal([$"{listed.Number},Active,{listed.Organisation.Name},,Testville,,United Kingdom,Whole organisation,{today:yyyy-MM-dd},{today:yyyy-MM-dd},{today.AddYears(3):yyyy-MM-dd},{listed.Body.Name}"], lines.Skip(1));
    }

    [DbFact]
    public async Task Export_Xlsx_IsAValidWorkbookWithTheRows()
    {
        var token = Token();
        var listed = await app.Data.CreateHolderAsync($"Workbook council {token}");

        var response = await app.Anonymous().GetAsync($"/register/export?format=xlsx&query={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(listed.Number, rows[1].InnerText);
    }

    [DbTheory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("?format=pdf", HttpStatusCode.BadRequest)]
    [InlineData("?format=CSV&sector=Nope&region=7&body=x&query=%3D1%2B1", HttpStatusCode.OK)]
    public async Task Export_BadValues_AreAClearAnswerNotAServerError(string query, HttpStatusCode expected)
    {
        var response = await app.Anonymous().GetAsync($"/register/export{query}");

        Assert.Equal(expected, response.StatusCode);
    }

    [DbFact]
    public async Task HomeAndNavigation_Anonymous_LinkToTheRegister()
    {
        var (_, home) = await app.Anonymous().GetPageAsync("/");

        Assert.NotNull(home.QuerySelector("main a[href='/register']"));
        Assert.Equal("Register of holders", home.QuerySelector("nav a[href='/register']")!.TextContent.Trim());
    }
}

public sealed class RegisterPagesTestsOnSqlite(SqliteApp app) : RegisterPagesTests(app), IClassFixture<SqliteApp>;

public sealed class RegisterPagesTestsOnPostgres(PostgresApp app) : RegisterPagesTests(app), IClassFixture<PostgresApp>;

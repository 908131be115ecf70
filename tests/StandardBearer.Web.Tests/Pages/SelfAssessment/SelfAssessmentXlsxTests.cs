using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Common;
using StandardBearer.Core.Standards;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.SelfAssessment;

/// <summary>The self-assessment and the action plan as XLSX downloads (page handlers), with their access rules.</summary>
public abstract class SelfAssessmentXlsxTests(AppFixture app)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal static async Task<List<List<string>>> ReadAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
    }

    private static string Today(string what, TestTenant tenant) => ExportNames.Dated(tenant.Name, what, DateTimeOffset.UtcNow, "xlsx");

    /// <summary>Element 1.1.1 rated Compliance Plus by the admin, owned by the member, with one evidence item and two open actions (and one done).</summary>
    private async Task<TestTenant> WorkedAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var started = await app.Data.StartSelfAssessmentAsync(tenant.Id);
        await app.Data.CreateEvidenceAsync(tenant.Id, "Customer panel minutes", linkToElement: "1.1.1");
        await app.WithServicesAsync(async sp =>
        {
            var version = await sp.GetRequiredService<Core.Data.AppDbContext>().Set<ElementSelfAssessment>()
                .Where(e => e.SelfAssessmentId == started.Id && e.ElementNumber == "1.1.1").Select(e => e.Version).SingleAsync();
            await sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(tenant.Id, started.Id, "1.1.1", new UpdateElementRequest
            {
                Progress = ElementProgress.Completed, RatingKey = "CompliancePlus", Narrative = "We survey every customer.", OwnerUserId = tenant.Member.Id, ExpectedVersion = version,
            }, TestData.ActorFor(tenant.Admin));
            var actions = sp.GetRequiredService<ImprovementActionService>();
            var due = new DateOnly(2030, 6, 30);
            await actions.AddAsync(tenant.Id, "1.1.1", new AddActionRequest { Description = "Widen the panel", DueDate = due, OwnerUserId = tenant.Member.Id }, TestData.ActorFor(tenant.Admin));
            await actions.AddAsync(tenant.Id, "1.1.1", new AddActionRequest { Description = "=Publish the results", DueDate = due.AddDays(-1) }, TestData.ActorFor(tenant.Admin));
            var done = await actions.AddAsync(tenant.Id, "4.3.5", new AddActionRequest { Description = "Train new starters", DueDate = due }, TestData.ActorFor(tenant.Admin));
            await actions.SetStatusAsync(tenant.Id, done.Id, ActionStatus.Done, TestData.ActorFor(tenant.Admin));
            return true;
        });
        return tenant;
    }

    [DbFact]
    public async Task SelfAssessmentXlsx_AdminAndMember_OneValidRowPerElementInTheStandardsOrder()
    {
        var tenant = await WorkedAsync();
        var elements = await app.WithDbAsync(db => db.Elements.Where(e => db.Set<SelfAssessmentRecord>().Any(s => s.OrganisationId == tenant.Id && s.StandardVersionId == e.StandardVersionId))
            .Select(e => new { e.Number, e.Statement }).ToListAsync());
        elements = elements.OrderBy(e => e.Number, ElementNumberComparer.Instance).ToList();

        foreach (var email in new[] { tenant.Admin.Email, tenant.Member.Email })
        {
            var rows = await ReadAsync(await (await app.ClientFor(email)).GetAsync($"/organisations/{tenant.Id}/self-assessment?handler=Xlsx"), Today("self-assessment", tenant));

            Assert.Equal(1 + elements.Count, rows.Count);
            Assert.Equal(SelfAssessmentExport.Header, rows[0]);
            Assert.Equal(elements.Select(e => e.Number), rows.Skip(1).Select(r => r[0]));
            var first = rows.Single(r => r[0] == "1.1.1");
            Assert.Equal(elements.Single(e => e.Number == "1.1.1").Statement, first[3]);
            Assert.StartsWith("1 ", first[1]);
            Assert.StartsWith("1.1 ", first[2]);
            Assert.Equal(["Completed", "Compliance Plus", "We survey every customer.", "1", "2"], first[5..]);
            Assert.Equal(await app.WithDbAsync(db => db.Users.Where(u => u.Id == tenant.Member.Id).Select(u => u.DisplayName).SingleAsync()), first[4]);
            Assert.Equal(["", "Not started", "Not yet rated", "", "0", "0"], rows.Single(r => r[0] == "4.3.5")[4..]);
        }
    }

    [DbFact]
    public async Task SelfAssessmentXlsx_TaskList_LinksToTheDownload()
    {
        var tenant = await WorkedAsync();

        var (_, page) = await (await app.ClientFor(tenant.Member.Email)).GetPageAsync($"/organisations/{tenant.Id}/self-assessment");

        Assert.Equal($"/organisations/{tenant.Id}/self-assessment?handler=Xlsx", page.QuerySelector("#self-assessment-xlsx")!.GetAttribute("href"));
    }

    [DbFact]
    public async Task SelfAssessmentXlsx_NoneOpen_Gets404()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await (await app.ClientFor(tenant.Admin.Email)).GetAsync($"/organisations/{tenant.Id}/self-assessment?handler=Xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [DbFact]
    public async Task Downloads_OtherTenantsAndBodyUsers_Get404()
    {
        var tenant = await WorkedAsync();
        var other = await app.ClientFor((await app.Data.CreateOrganisationWithUsersAsync()).Admin.Email);
        var body = await app.ClientFor((await app.Data.CreateBodyWithUsersAsync()).Admin.Email);

        foreach (var client in new[] { other, body })
            foreach (var path in new[] { "self-assessment?handler=Xlsx", "actions?handler=Xlsx" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{tenant.Id}/{path}")).StatusCode);
    }

    [DbFact]
    public async Task ActionPlanXlsx_AdminAndMember_OneValidRowPerActionByElement()
    {
        var tenant = await WorkedAsync();
        var created = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var owner = await app.WithDbAsync(db => db.Users.Where(u => u.Id == tenant.Member.Id).Select(u => u.DisplayName).SingleAsync());

        foreach (var email in new[] { tenant.Admin.Email, tenant.Member.Email })
        {
            var rows = await ReadAsync(await (await app.ClientFor(email)).GetAsync($"/organisations/{tenant.Id}/actions?handler=Xlsx"), Today("action-plan", tenant));

            Assert.Equal(4, rows.Count);
            Assert.Equal(["Element", "Action", "Owner", "Due date", "Status", "Created"], rows[0]);
            Assert.Equal(["1.1.1", "=Publish the results", "", "2030-06-29", "Open", created], rows[1]);
            Assert.Equal(["1.1.1", "Widen the panel", owner, "2030-06-30", "Open", created], rows[2]);
            Assert.Equal(["4.3.5", "Train new starters", "", "2030-06-30", "Done", created], rows[3]);
        }
        var (_, page) = await (await app.ClientFor(tenant.Member.Email)).GetPageAsync($"/organisations/{tenant.Id}/actions");
        Assert.NotNull(page.QuerySelector($"a[href='/organisations/{tenant.Id}/actions?handler=Xlsx']"));
    }
}

public sealed class SelfAssessmentXlsxTestsOnSqlite(SqliteApp app) : SelfAssessmentXlsxTests(app), IClassFixture<SqliteApp>;

public sealed class SelfAssessmentXlsxTestsOnPostgres(PostgresApp app) : SelfAssessmentXlsxTests(app), IClassFixture<PostgresApp>;

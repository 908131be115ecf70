using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Standards;
using StandardBearer.Testing;
using StandardBearer.Web.Tests.Pages.SelfAssessment;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>An assessment's results as XLSX, from the body's report page and (once released) the organisation's.</summary>
public abstract class ResultsXlsxTests(AppFixture app)
{
    private static readonly string[] RequestTexts = ["Please provide the panel minutes.", "Please provide the survey."];

    private static string Body(TestAssessment a) => $"/bodies/{a.Body.Id}/assessments/{a.Id}/report?handler=Xlsx";

    private static string Organisation(TestAssessment a) => $"/organisations/{a.Organisation.Id}/assessments/{a.Id}/report?handler=Xlsx";

    private static string FileName(TestAssessment a) => ExportNames.Dated(a.Organisation.Name, "assessment-results", DateTimeOffset.UtcNow, "xlsx");

    [DbFact]
    public async Task Xlsx_BodyAndOrganisationUsers_OneValidRowPerElementWithRatingsCommentsAndCounts()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync(AssessmentStage.Assigned, element: "1.1.1");
        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased, partial: ["1.1.2"]);
        var elements = await app.WithDbAsync(db => db.Elements
            .Where(e => db.Set<Assessment>().Any(x => x.Id == a.Id && x.StandardVersionId == e.StandardVersionId))
            .Select(e => new { e.Number, e.Statement }).ToListAsync());
        elements = elements.OrderBy(e => e.Number, ElementNumberComparer.Instance).ToList();

        foreach (var (email, url) in new[] { (a.Body.Admin.Email, Body(a)), (a.Lead.Email, Body(a)), (a.Organisation.Admin.Email, Organisation(a)), (a.Organisation.Member.Email, Organisation(a)) })
        {
            var rows = await SelfAssessmentXlsxTests.ReadAsync(await (await app.ClientFor(email)).GetAsync(url), FileName(a));

            Assert.Equal(1 + elements.Count, rows.Count);
            Assert.Equal(AssessmentResultsExport.Header, rows[0]);
            Assert.Equal(elements.Select(e => e.Number), rows.Skip(1).Select(r => r[0]));
            Assert.Equal(["1.1.1", elements[0].Statement, "Yes", "Compliance", "", "1", "0"], rows[1]);
            Assert.Equal(["1.1.2", elements[1].Statement, "Yes", "Partial Compliance", "No evidence yet of acting on 1.1.2.", "0", "0"], rows[2]);
        }
    }

    [DbFact]
    public async Task Xlsx_EvidenceRequests_AreCountedPerElement()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await app.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<AssessmentService>();
            foreach (var text in RequestTexts)
                await service.RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest { ElementNumber = "2.1.1", Text = text, DueOn = new DateOnly(2030, 1, 31) }, TestData.ActorFor(a.Lead));
            return true;
        });

        var rows = await SelfAssessmentXlsxTests.ReadAsync(await (await app.ClientFor(a.Lead.Email)).GetAsync(Body(a)), FileName(a));

        var row = rows.Single(r => r[0] == "2.1.1");
        Assert.Equal(["Not rated", "", "0", "2"], row[3..]);
    }

    [DbFact]
    public async Task Xlsx_BeforeReleaseForTheOrganisation_OtherTenantsAndUnassignedAssessor_Get404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        var unassigned = await app.ClientFor((await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id)).Email);
        var otherBody = await app.ClientFor((await app.Data.CreateBodyWithUsersAsync()).Admin.Email);
        var otherOrganisation = await app.ClientFor((await app.Data.CreateOrganisationWithUsersAsync()).Admin.Email);
        var organisationAdmin = await app.ClientFor(a.Organisation.Admin.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await organisationAdmin.GetAsync(Organisation(a))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unassigned.GetAsync(Body(a))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBody.GetAsync(Body(a))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organisationAdmin.GetAsync(Body(a))).StatusCode);
        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisation.GetAsync(Organisation(a))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(a.Body.Admin.Email)).GetAsync(Organisation(a))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await organisationAdmin.GetAsync(Organisation(a))).StatusCode);
    }

    [DbFact]
    public async Task ReportPages_Ready_LinkToTheDownload()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var (_, body) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync($"/bodies/{a.Body.Id}/assessments/{a.Id}/report");
        var (_, organisation) = await (await app.ClientFor(a.Organisation.Member.Email)).GetPageAsync($"/organisations/{a.Organisation.Id}/assessments/{a.Id}/report");

        Assert.NotNull(body.QuerySelector($"a[href='{Body(a)}']"));
        Assert.NotNull(organisation.QuerySelector($"a[href='{Organisation(a)}']"));
    }
}

public sealed class ResultsXlsxTestsOnSqlite(SqliteApp app) : ResultsXlsxTests(app), IClassFixture<SqliteApp>;

public sealed class ResultsXlsxTestsOnPostgres(PostgresApp app) : ResultsXlsxTests(app), IClassFixture<PostgresApp>;

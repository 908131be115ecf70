using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The summary, releasing the report, the report on both sides (HTML and DOCX) and factual-accuracy comments.</summary>
public abstract class ReportTests(AppFixture app)
{
    private static string Body(TestAssessment a) => $"/bodies/{a.Body.Id}/assessments/{a.Id}";

    private static string Organisation(TestAssessment a) => $"/organisations/{a.Organisation.Id}/assessments/{a.Id}";

    private static string Text(AngleSharp.Dom.IElement? element) => Regex.Replace(element?.TextContent ?? "", @"\s+", " ").Trim();

    private Task<Assessment> AssessmentAsync(TestAssessment a) =>
        app.WithDbAsync(db => db.Set<Assessment>().AsNoTracking().SingleAsync(x => x.Id == a.Id));

    private Task<bool> Service(Func<AssessmentService, Task> work) =>
        app.WithServicesAsync(async sp =>
        {
            await work(sp.GetRequiredService<AssessmentService>());
            return true;
        });

    private async Task SummaryAsync(TestAssessment a) => await Service(s => s.RecordSummaryAsync(a.Body.Id, a.Id, new RecordSummaryRequest
    {
        Strengths = "Staff know their customers.\n\nComplaints are handled quickly.", AreasForImprovement = "Publish service standards.",
        Findings = new Dictionary<string, string?> { ["3"] = "Information is clear and accessible." },
    }, TestData.ActorFor(a.Lead)));

    [DbFact]
    public async Task BodyPages_AsBodyAdminAndLeadAssessor_Show()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);

        foreach (var email in new[] { a.Body.Admin.Email, a.Lead.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var path in new[] { "/summary", "/release", "/report", "/report.docx" })
                Assert.True((await client.GetAsync(Body(a) + path)).StatusCode == HttpStatusCode.OK, $"{email} {path}");
        }
    }

    [DbFact]
    public async Task Pages_OtherTenantsAndUnassignedAssessor_Get404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var unassigned = await app.ClientFor((await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id)).Email);
        var otherBody = await app.Data.CreateBodyWithUsersAsync();
        var otherBodyAdmin = await app.ClientFor(otherBody.Admin.Email);
        var otherOrganisation = await app.ClientFor((await app.Data.CreateOrganisationWithUsersAsync()).Admin.Email);
        var organisationAdmin = await app.ClientFor(a.Organisation.Admin.Email);
        var bodyAdmin = await app.ClientFor(a.Body.Admin.Email);

        foreach (var path in new[] { "/summary", "/release", "/report", "/report.docx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await unassigned.GetAsync(Body(a) + path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherBodyAdmin.GetAsync(Body(a) + path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherBodyAdmin.GetAsync($"/bodies/{otherBody.Id}/assessments/{a.Id}{path}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await organisationAdmin.GetAsync(Body(a) + path)).StatusCode);
        }
        foreach (var path in new[] { "/report", "/report.docx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherOrganisation.GetAsync(Organisation(a) + path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await bodyAdmin.GetAsync(Organisation(a) + path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await organisationAdmin.GetAsync(Organisation(a) + path)).StatusCode);
        }
    }

    [DbFact]
    public async Task Report_BeforeEverythingIsRated_SaysWhatIsMissing()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var (response, page) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync($"{Body(a)}/report");
        var docx = await (await app.ClientFor(a.Lead.Email)).GetAsync($"{Body(a)}/report.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var missing = page.QuerySelectorAll("#report-missing li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["57 of 57 elements in scope are not rated yet", "The summary of strengths is not written yet", "The areas for continuous improvement are not written yet"], missing);
        Assert.Null(page.QuerySelector("#compliance-table"));
        Assert.Equal(HttpStatusCode.Conflict, docx.StatusCode);
    }

    [DbFact]
    public async Task Report_Rated_ShowsEverySectionAsADraft()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated, partial: ["1.1.2"]);
        await SummaryAsync(a);

        var (_, page) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync($"{Body(a)}/report");

        foreach (var id in new[] { "key-information", "methodology", "strengths", "areas-for-improvement", "findings", "compliance" })
            Assert.NotNull(page.QuerySelector($"#{id}"));
        Assert.Null(page.QuerySelector("#outcome"));
        Assert.Contains("Draft", Text(page.QuerySelector("#report-draft")));
        var keyInformation = Text(page.QuerySelector("main .govuk-summary-list"));
        Assert.Contains("Head office, Testville", keyInformation);
        Assert.Contains("Initial assessment", keyInformation);
        Assert.Contains("Complaints are handled quickly.", Text(page.QuerySelector("main")));
        Assert.Contains("Information is clear and accessible.", Text(page.QuerySelector("main")));
        var rows = page.QuerySelectorAll("#compliance-table tbody tr");
        Assert.Equal(57, rows.Length);
        var partial = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "1.1.2");
        Assert.Equal("Partial Compliance", partial.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("No evidence yet of acting on 1.1.2.", partial.TextContent);
        Assert.Equal(["Compliance: 56 elements", "Partial Compliance: 1 element"], page.QuerySelectorAll("#rating-counts li").Select(li => li.TextContent.Trim()).ToList());
        Assert.Equal($"{Body(a)}/report.docx", page.QuerySelector(".sb-no-print a")!.GetAttribute("href"));
    }

    [DbFact]
    public async Task Report_Decided_ShowsTheOutcomeAndCertificateAndIsNoLongerADraft()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var number = await app.WithDbAsync(db => db.Set<StandardBearer.Core.Certification.Certificate>().Where(c => c.AssessmentId == a.Id).Select(c => c.Number).SingleAsync());

        foreach (var (client, url) in new[] { (await app.ClientFor(a.Lead.Email), $"{Body(a)}/report"), (await app.ClientFor(a.Organisation.Member.Email), $"{Organisation(a)}/report") })
        {
            var (_, page) = await client.GetPageAsync(url);
            Assert.Null(page.QuerySelector("#report-draft"));
            Assert.Contains("Certified", Text(page.QuerySelector("#outcome + .govuk-summary-list")));
            Assert.Contains(number, Text(page.QuerySelector("main")));
        }
    }

    [DbFact]
    public async Task Organisation_BeforeRelease_CannotSeeTheReport_ThenCanOnceReleased()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        await SummaryAsync(a);
        var admin = await app.ClientFor(a.Organisation.Admin.Email);
        var member = await app.ClientFor(a.Organisation.Member.Email);

        foreach (var client in new[] { admin, member })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Organisation(a)}/report")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Organisation(a)}/report.docx")).StatusCode);
        }

        var release = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Body(a)}/release", [], "main form[method=post]");

        PageAssert.RedirectsTo(release, $"{Body(a)}/report?released=true");
        Assert.Equal(AssessmentStatus.ReportReleased, (await AssessmentAsync(a)).Status);
        foreach (var client in new[] { admin, member })
        {
            var (response, page) = await client.GetPageAsync($"{Organisation(a)}/report");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Staff know their customers.", Text(page.QuerySelector("#strengths + p")));
            Assert.Equal(57, page.QuerySelectorAll("#compliance-table tbody tr").Length);
            Assert.NotNull(page.QuerySelector("#factual-accuracy-form"));
        }
    }

    [DbFact]
    public async Task Release_WithoutTheSummary_ShowsTheErrorAndReleasesNothing()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Body(a)}/release", [], "main form[method=post]");

        await PageAssert.InvalidAsync(response, "Enter the summary of strengths before releasing the report", "Enter the areas for continuous improvement before releasing the report");
        Assert.Equal(AssessmentStatus.Rated, (await AssessmentAsync(a)).Status);
    }

    [DbFact]
    public async Task Release_BeforeEverythingIsRated_ShowsTheRefusal()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await SummaryAsync(a);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Body(a)}/release", [], "main form[method=post]");

        await PageAssert.InvalidAsync(response, "Rate every element in scope before releasing the report.");
        Assert.Equal(AssessmentStatus.DesktopReview, (await AssessmentAsync(a)).Status);
    }

    [DbFact]
    public async Task Release_ListsWhatWillGo_AndOnlyTheLeadIsOfferedTheButton()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        await SummaryAsync(a);

        var (_, asLead) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync($"{Body(a)}/release");
        var (_, asAdmin) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync($"{Body(a)}/release");

        var contents = Text(asLead.QuerySelector("#release-contents"));
        Assert.Contains("57 of 57 elements in scope", contents);
        Assert.Contains("1 of 5 criteria", contents);
        Assert.NotNull(asLead.QuerySelector("main form[method=post]"));
        Assert.Null(asAdmin.QuerySelector("main form[method=post]"));
        Assert.Contains("Only the lead assessor", Text(asAdmin.QuerySelector(".govuk-inset-text")));
    }

    [DbFact]
    public async Task Summary_Valid_SavesStrengthsAreasAndFindingsPerCriterion()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Body(a)}/summary", new()
        {
            ["Input.Strengths"] = "A listening culture.", ["Input.AreasForImprovement"] = "Faster replies.",
            ["Input.Findings[2]"] = "Leaders champion customers.", ["Input.Findings[5]"] = "Standards are met.",
        }, "main form[method=post]");

        PageAssert.RedirectsTo(response, $"{Body(a)}/summary?saved=true");
        var assessment = await AssessmentAsync(a);
        Assert.Equal("A listening culture.", assessment.Strengths);
        Assert.Equal("Faster replies.", assessment.AreasForImprovement);
        var findings = await app.WithDbAsync(db => db.Set<CriterionFinding>().Where(f => f.AssessmentId == a.Id).OrderBy(f => f.CriterionNumber)
            .Select(f => f.CriterionNumber + ": " + f.Text).ToListAsync());
        Assert.Equal(["2: Leaders champion customers.", "5: Standards are met."], findings);
        var (_, page) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync($"{Body(a)}/summary");
        Assert.Equal("Leaders champion customers.", page.QuerySelector("textarea[name='Input.Findings[2]']")!.TextContent.Trim());
    }

    [DbFact]
    public async Task Summary_TooLong_ShowsTheError()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Body(a)}/summary",
            new() { ["Input.Strengths"] = new string('x', 20001) }, "main form[method=post]");

        await PageAssert.InvalidAsync(response, "The summary of strengths must be 20,000 characters or fewer");
        Assert.Null((await AssessmentAsync(a)).Strengths);
    }

    [DbFact]
    public async Task Summary_AsBodyAdmin_OffersNoForm()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var (_, page) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync($"{Body(a)}/summary");

        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Contains("Only the lead assessor", Text(page.QuerySelector(".govuk-inset-text")));
    }

    [DbFact]
    public async Task Docx_BothSides_OpensValidatesAndHoldsTheReport()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided, partial: ["2.2.1"]);
        var organisationName = a.Organisation.Name;

        foreach (var (client, url) in new[] { (await app.ClientFor(a.Lead.Email), $"{Body(a)}/report.docx"), (await app.ClientFor(a.Organisation.Member.Email), $"{Organisation(a)}/report.docx") })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.EndsWith("-assessment-report-" + DateTime.UtcNow.ToString("yyyy-MM-dd") + ".docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            using var document = WordprocessingDocument.Open(stream, false);
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains(organisationName, text);
            Assert.Contains("1.1.1", text);
            Assert.Contains("5.3.3", text);
            Assert.Contains("No evidence yet of acting on 2.2.1.", text);
            Assert.Contains("Certified with an action plan", text);
        }
    }

    [DbFact]
    public async Task FactualAccuracy_Valid_IsSentAndListedOnBothSides()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var member = await app.ClientFor(a.Organisation.Member.Email);

        var response = await member.SubmitFormAsync($"{Organisation(a)}/report",
            new() { ["Input.ElementNumber"] = "1.3.2", ["Input.Text"] = "We met the customer panel in May, not June." }, "#factual-accuracy-form");

        PageAssert.RedirectsTo(response, $"{Organisation(a)}/report?commented=true#factual-accuracy");
        var saved = await app.WithDbAsync(db => db.Set<FactualAccuracyComment>().SingleAsync(c => c.AssessmentId == a.Id));
        Assert.Equal("1.3.2", saved.ElementNumber);
        Assert.Equal(a.Organisation.Member.Id, saved.CreatedByUserId);
        var (_, sent) = await member.GetPageAsync($"{Organisation(a)}/report?commented=true");
        Assert.Contains("Factual accuracy comment sent", Text(sent.QuerySelector(".govuk-notification-banner")));
        Assert.Contains("We met the customer panel in May, not June.", Text(sent.QuerySelector("#factual-accuracy-comments")));
        var (_, received) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync($"{Body(a)}/report");
        var row = Text(received.QuerySelector("#factual-accuracy-comments tbody tr"));
        Assert.Contains("Element 1.3.2", row);
        Assert.Contains("Test OrganisationMember", row);
        Assert.Contains("We met the customer panel in May, not June.", row);
    }

    [DbFact]
    public async Task FactualAccuracy_AboutTheWholeReport_IsSentWithoutAnElement()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var response = await (await app.ClientFor(a.Organisation.Admin.Email)).SubmitFormAsync($"{Organisation(a)}/report",
            new() { ["Input.ElementNumber"] = "", ["Input.Text"] = "Our name is spelt wrongly throughout." }, "#factual-accuracy-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Set<FactualAccuracyComment>().SingleAsync(c => c.AssessmentId == a.Id))).ElementNumber);
    }

    [DbFact]
    public async Task FactualAccuracy_NoText_ShowsTheError()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var response = await (await app.ClientFor(a.Organisation.Member.Email)).SubmitFormAsync($"{Organisation(a)}/report", new() { ["Input.Text"] = "" }, "#factual-accuracy-form");

        await PageAssert.InvalidAsync(response, "Enter your comment");
        Assert.False(await app.WithDbAsync(db => db.Set<FactualAccuracyComment>().AnyAsync(c => c.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task FactualAccuracy_AfterTheDecision_TheFormIsGone()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        await Service(s => s.AddFactualAccuracyCommentAsync(a.Organisation.Id, a.Id, new AddFactualAccuracyCommentRequest { Text = "A date is wrong." }, TestData.ActorFor(a.Organisation.Admin)));
        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.Decided);

        var (_, page) = await (await app.ClientFor(a.Organisation.Admin.Email)).GetPageAsync($"{Organisation(a)}/report");

        Assert.Null(page.QuerySelector("#factual-accuracy-form"));
        Assert.Contains("can no longer be commented on", Text(page.QuerySelector("main")));
        Assert.Contains("A date is wrong.", Text(page.QuerySelector("#factual-accuracy-comments")));
    }
}

public sealed class ReportTestsOnSqlite(SqliteApp app) : ReportTests(app), IClassFixture<SqliteApp>;

public sealed class ReportTestsOnPostgres(PostgresApp app) : ReportTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Api;

public abstract class AssessmentReportApiTests(AppFixture app)
{
    private static string Body(TestAssessment a) => $"/api/v1/certification-bodies/{a.Body.Id}/assessments/{a.Id}";

    private static string Organisation(TestAssessment a) => $"/api/v1/organisations/{a.Organisation.Id}/assessments/{a.Id}";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal("https://standardbearer.dev/problems/validation", json.GetProperty("type").GetString());
        Assert.Equal(message, json.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await JsonAsync(response)).GetProperty("status").GetInt32());
    }

    private Task<AssessmentElement> ElementAsync(TestAssessment a, string number) =>
        app.WithDbAsync(db => db.Set<AssessmentElement>().AsNoTracking().SingleAsync(e => e.AssessmentId == a.Id && e.ElementNumber == number));

    private Task<Assessment> AssessmentAsync(TestAssessment a) =>
        app.WithDbAsync(db => db.Set<Assessment>().AsNoTracking().SingleAsync(x => x.Id == a.Id));

    private static object Summary(string? strengths = "Strong insight.", string? areas = "Publish more.", Dictionary<string, string?>? findings = null) =>
        new { strengths, areasForImprovement = areas, findings = findings ?? new Dictionary<string, string?> { ["1"] = "Customers are well known." } };

    [DbFact]
    public async Task Rate_Valid_SavesAndReturnsTheRating()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.PutAsJsonAsync($"{Body(a)}/elements/2.1.3/rating", new { ratingKey = "CompliancePlus", comment = "Exemplary journey mapping." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal("2.1.3", json.GetProperty("number").GetString());
        Assert.Equal("Compliance Plus", json.GetProperty("ratingName").GetString());
        Assert.Equal("DesktopReview", json.GetProperty("assessmentStatus").GetString());
        var element = await ElementAsync(a, "2.1.3");
        Assert.Equal("CompliancePlus", element.FinalRatingKey);
        Assert.Equal("Exemplary journey mapping.", element.FinalComment);
    }

    [DbTheory]
    [InlineData("", null, "RatingKey", "Select a rating")]
    [InlineData("Excellent", null, "RatingKey", "Select a rating")]
    [InlineData("CompliancePlus", null, "Comment", "Enter what makes this element exemplary")]
    [InlineData("PartialCompliance", " ", "Comment", "Enter what is missing for this element")]
    [InlineData("NonCompliance", null, "Comment", "Enter what is missing for this element")]
    public async Task Rate_BadInput_Is400KeyedByFieldAndSavesNothing(string rating, string? comment, string field, string message)
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Lead.Email)).PutAsJsonAsync($"{Body(a)}/elements/1.1.1/rating", new { ratingKey = rating, comment });

        await AssertErrorAsync(response, field, message);
        Assert.Null((await ElementAsync(a, "1.1.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task Rate_UnknownElementMalformedBodyOrWrongStage_IsAClearProblemNeverA500()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var decided = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var lead = await app.ClientFor(a.Lead.Email);

        await AssertProblemAsync(await lead.PutAsJsonAsync($"{Body(a)}/elements/9.9.9/rating", new { ratingKey = "Compliance" }), HttpStatusCode.NotFound);
        var malformed = await lead.PutAsync($"{Body(a)}/elements/1.1.1/rating", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.PutAsJsonAsync($"/api/v1/certification-bodies/{a.Body.Id}/assessments/not-a-guid/elements/1.1.1/rating", new { ratingKey = "Compliance" })).StatusCode);
        var late = await (await app.ClientFor(decided.Lead.Email)).PutAsJsonAsync($"{Body(decided)}/elements/1.1.1/rating", new { ratingKey = "NonCompliance", comment = "Changed." });
        await AssertProblemAsync(late, HttpStatusCode.Conflict);
        Assert.Equal("Compliance", (await ElementAsync(decided, "1.1.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task BodyEndpoints_AnonymousOutsidersAndUnassignedAssessor_GetNothing()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        var unassigned = await app.ClientFor((await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id)).Email);
        var otherBody = await app.ClientFor((await app.Data.CreateBodyWithUsersAsync()).Admin.Email);
        var organisation = await app.ClientFor(a.Organisation.Admin.Email);
        HttpRequestMessage[] Requests() =>
        [
            new(HttpMethod.Put, $"{Body(a)}/elements/1.1.1/rating") { Content = JsonContent.Create(new { ratingKey = "NonCompliance", comment = "x" }) },
            new(HttpMethod.Put, $"{Body(a)}/summary") { Content = JsonContent.Create(Summary()) },
            new(HttpMethod.Post, $"{Body(a)}/report/release"),
            new(HttpMethod.Get, $"{Body(a)}/report"),
            new(HttpMethod.Get, $"{Body(a)}/report.docx"),
        ];

        foreach (var request in Requests()) Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().SendAsync(request)).StatusCode);
        foreach (var client in new[] { unassigned, otherBody, organisation })
        {
            foreach (var request in Requests()) await AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.NotFound);
        }
        Assert.Equal("Compliance", (await ElementAsync(a, "1.1.1")).FinalRatingKey);
        Assert.Null((await AssessmentAsync(a)).Strengths);
    }

    [DbFact]
    public async Task Rate_AsBodyAdmin_Is403()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).PutAsJsonAsync($"{Body(a)}/elements/1.1.1/rating", new { ratingKey = "Compliance" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Null((await ElementAsync(a, "1.1.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task Summary_Valid_SavesIt_AndAnUnknownCriterionIs400()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        var saved = await lead.PutAsJsonAsync($"{Body(a)}/summary", Summary());
        var unknown = await lead.PutAsJsonAsync($"{Body(a)}/summary", Summary(findings: new() { ["9"] = "Nothing." }));
        var tooLong = await lead.PutAsJsonAsync($"{Body(a)}/summary", Summary(strengths: new string('x', 20001)));
        var nullFindings = await lead.PutAsJsonAsync($"{Body(a)}/summary", new { strengths = "Still strong.", areasForImprovement = "Publish more.", findings = (object?)null });

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        await AssertErrorAsync(unknown, "Findings", "There is no criterion 9 in this standard");
        await AssertErrorAsync(tooLong, "Strengths", "The summary of strengths must be 20,000 characters or fewer");
        Assert.Equal(HttpStatusCode.NoContent, nullFindings.StatusCode);
        var assessment = await AssessmentAsync(a);
        Assert.Equal("Still strong.", assessment.Strengths);
        Assert.Equal("Customers are well known.", await app.WithDbAsync(db => db.Set<CriterionFinding>().Where(f => f.AssessmentId == a.Id).Select(f => f.Text).SingleAsync()));
    }

    [DbFact]
    public async Task Release_NotYetRated409_NoSummary400_ThenReleases()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        await AssertProblemAsync(await lead.PostAsync($"{Body(a)}/report/release", null), HttpStatusCode.Conflict);
        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.Rated);
        await AssertErrorAsync(await lead.PostAsync($"{Body(a)}/report/release", null), "Strengths", "Enter the summary of strengths before releasing the report");
        Assert.Equal(HttpStatusCode.NoContent, (await lead.PutAsJsonAsync($"{Body(a)}/summary", Summary())).StatusCode);
        await AssertProblemAsync(await (await app.ClientFor(a.Body.Admin.Email)).PostAsync($"{Body(a)}/report/release", null), HttpStatusCode.Forbidden);

        var released = await lead.PostAsync($"{Body(a)}/report/release", null);

        Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        Assert.Equal(AssessmentStatus.ReportReleased, (await AssessmentAsync(a)).Status);
        await AssertProblemAsync(await lead.PostAsync($"{Body(a)}/report/release", null), HttpStatusCode.Conflict);
    }

    [DbFact]
    public async Task Report_AtBody_Is409UntilRated_ThenTheReportRecord()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var early = await admin.GetAsync($"{Body(a)}/report");
        await AssertProblemAsync(early, HttpStatusCode.Conflict);
        Assert.Equal(3, (await JsonAsync(early)).GetProperty("missing").GetArrayLength());

        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.Rated, partial: ["3.3.1"]);
        var report = await JsonAsync(await admin.GetAsync($"{Body(a)}/report"));

        Assert.Equal(a.Organisation.Name, report.GetProperty("key").GetProperty("organisationName").GetString());
        Assert.True(report.GetProperty("isDraft").GetBoolean());
        Assert.Equal(57, report.GetProperty("elements").GetArrayLength());
        var partial = report.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("number").GetString() == "3.3.1");
        Assert.Equal("PartialCompliance", partial.GetProperty("ratingKey").GetString());
        Assert.Equal(5, report.GetProperty("criteria").GetArrayLength());
        Assert.True(report.GetProperty("methodology").GetArrayLength() >= 4);
    }

    [DbFact]
    public async Task Organisation_CannotSeeTheReportOrComment_UntilReleased()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        var member = await app.ClientFor(a.Organisation.Member.Email);

        await AssertProblemAsync(await member.GetAsync($"{Organisation(a)}/report"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await member.GetAsync($"{Organisation(a)}/report.docx"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await member.GetAsync($"{Organisation(a)}/factual-accuracy-comments"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await member.PostAsJsonAsync($"{Organisation(a)}/factual-accuracy-comments", new { text = "Too early." }), HttpStatusCode.NotFound);

        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);
        var report = await member.GetAsync($"{Organisation(a)}/report");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var json = await JsonAsync(report);
        Assert.Equal("Strong customer insight.", json.GetProperty("strengths").GetString());
        Assert.Equal("Compliance", json.GetProperty("elements")[0].GetProperty("ratingKey").GetString());
        Assert.False(await app.WithDbAsync(db => db.Set<FactualAccuracyComment>().AnyAsync(c => c.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task OrganisationEndpoints_AnonymousOutsidersAndTheBody_GetNothing()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var otherOrganisation = await app.ClientFor((await app.Data.CreateOrganisationWithUsersAsync()).Admin.Email);
        var lead = await app.ClientFor(a.Lead.Email);

        foreach (var path in new[] { "/report", "/report.docx", "/factual-accuracy-comments" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Organisation(a) + path)).StatusCode);
            await AssertProblemAsync(await otherOrganisation.GetAsync(Organisation(a) + path), HttpStatusCode.NotFound);
            await AssertProblemAsync(await lead.GetAsync(Organisation(a) + path), HttpStatusCode.NotFound);
        }
        await AssertProblemAsync(await otherOrganisation.PostAsJsonAsync($"{Organisation(a)}/factual-accuracy-comments", new { text = "Not ours." }), HttpStatusCode.NotFound);
        Assert.False(await app.WithDbAsync(db => db.Set<FactualAccuracyComment>().AnyAsync(c => c.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task FactualAccuracy_SendListAndValidate_ThenClosedByTheDecision()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var admin = await app.ClientFor(a.Organisation.Admin.Email);
        var comments = $"{Organisation(a)}/factual-accuracy-comments";

        var created = await admin.PostAsJsonAsync(comments, new { elementNumber = "5.1.2", text = "The visit was on the 4th." });
        await AssertErrorAsync(await admin.PostAsJsonAsync(comments, new { elementNumber = "9.9.9", text = "Which element?" }), "ElementNumber", "Select an element of this assessment");
        await AssertErrorAsync(await admin.PostAsJsonAsync(comments, new { text = "" }), "Text", "Enter your comment");
        var list = await JsonAsync(await admin.GetAsync(comments));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("5.1.2", (await JsonAsync(created)).GetProperty("elementNumber").GetString());
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal("The visit was on the 4th.", only.GetProperty("text").GetString());
        Assert.Equal("Test OrganisationAdmin", only.GetProperty("createdByName").GetString());

        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.Decided);
        await AssertProblemAsync(await admin.PostAsJsonAsync(comments, new { text = "Too late." }), HttpStatusCode.Conflict);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<FactualAccuracyComment>().CountAsync(c => c.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task Docx_BothSides_ValidatesAndHoldsTheReport()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        foreach (var (client, url) in new[] { (await app.ClientFor(a.Lead.Email), $"{Body(a)}/report.docx"), (await app.ClientFor(a.Organisation.Admin.Email), $"{Organisation(a)}/report.docx") })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("-draft-", response.Content.Headers.ContentDisposition?.FileNameStar);
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            using var document = WordprocessingDocument.Open(stream, false);
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains(a.Organisation.Name, text);
            Assert.Contains("4.3.5", text);
            Assert.Contains("Draft", text);
        }
    }
}

public sealed class AssessmentReportApiTestsOnSqlite(SqliteApp app) : AssessmentReportApiTests(app), IClassFixture<SqliteApp>;

public sealed class AssessmentReportApiTestsOnPostgres(PostgresApp app) : AssessmentReportApiTests(app), IClassFixture<PostgresApp>;

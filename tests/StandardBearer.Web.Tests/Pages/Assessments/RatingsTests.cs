using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The final ratings: the list of every element and the page that rates one.</summary>
public abstract class RatingsTests(AppFixture app)
{
    private static string Ratings(TestAssessment a) => $"/bodies/{a.Body.Id}/assessments/{a.Id}/ratings";

    private Task<AssessmentElement> ElementAsync(TestAssessment a, string number) =>
        app.WithDbAsync(db => db.Set<AssessmentElement>().AsNoTracking().SingleAsync(e => e.AssessmentId == a.Id && e.ElementNumber == number));

    /// <summary>A POST built by hand, for pages that (rightly) show no form: the token comes from any signed-in page.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var (_, page) = await client.GetPageAsync("/");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", page.AntiforgeryToken()))));
    }

    [DbFact]
    public async Task Pages_AsBodyAdminAndLeadAssessor_Show()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        foreach (var email in new[] { a.Body.Admin.Email, a.Lead.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var url in new[] { Ratings(a), $"{Ratings(a)}/1.1.1" })
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{email} {url}");
        }
    }

    [DbFact]
    public async Task Pages_OtherTenantsUnassignedAssessorOrUnknownElement_Get404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var unassigned = await app.ClientFor((await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id)).Email);
        var otherBody = await app.Data.CreateBodyWithUsersAsync();
        var otherAdmin = await app.ClientFor(otherBody.Admin.Email);
        var organisationAdmin = await app.ClientFor(a.Organisation.Admin.Email);
        var lead = await app.ClientFor(a.Lead.Email);

        foreach (var url in new[] { Ratings(a), $"{Ratings(a)}/1.1.1" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await unassigned.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(url.Replace(a.Body.Id.ToString(), otherBody.Id.ToString()))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await organisationAdmin.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{Ratings(a)}/9.9.9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/bodies/{a.Body.Id}/assessments/not-a-guid/ratings")).StatusCode);
        var post = await PostAsync(unassigned, $"{Ratings(a)}/1.1.1", new() { ["Input.RatingKey"] = "Compliance" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null((await ElementAsync(a, "1.1.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task List_ShowsProgressRatingsAndLinksForTheLeadOnly()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentService>().RateElementAsync(a.Body.Id, a.Id, "1.1.2",
                new RateElementRequest { RatingKey = "PartialCompliance", Comment = "No survey since 2024." }, TestData.ActorFor(a.Lead));
            return true;
        });

        var (_, page) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync(Ratings(a));

        Assert.Equal("1 of 57 elements in scope rated.", page.QuerySelector("#rating-progress")!.TextContent.Trim());
        var row = page.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("1.1.2 ", StringComparison.Ordinal));
        Assert.Equal("Partial Compliance", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("No survey since 2024.", row.TextContent);
        Assert.Equal($"{Ratings(a)}/1.1.2", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(57, page.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal(5, page.QuerySelectorAll("main h2").Length);

        var (_, asAdmin) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync(Ratings(a));
        Assert.Empty(asAdmin.QuerySelectorAll("main table a"));
        Assert.Contains("Only the assessors assigned", asAdmin.QuerySelector(".govuk-inset-text")!.TextContent);
    }

    [DbFact]
    public async Task Rate_Valid_SavesAndGoesOnToTheNextUnratedElement()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.SubmitFormAsync($"{Ratings(a)}/1.1.1", new() { ["Input.RatingKey"] = "Compliance", ["Input.Comment"] = "Good insight work." }, "main form[method=post]");

        PageAssert.RedirectsTo(response, $"{Ratings(a)}/1.1.2?saved=1.1.1");
        var element = await ElementAsync(a, "1.1.1");
        Assert.Equal("Compliance", element.FinalRatingKey);
        Assert.Equal("Good insight work.", element.FinalComment);
        Assert.Equal(a.Lead.Id, element.RatedByUserId);
        var (_, next) = await lead.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Element 1.1.1 rated", next.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [DbFact]
    public async Task Rate_ShowsTheSelfAssessmentAndTheReviewForContext()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentService>().RecordReviewAsync(a.Body.Id, a.Id, "2.1.1",
                new RecordReviewRequest { ProvisionalRatingKey = "CompliancePlus", Note = "Check the journey maps on site.", Reviewed = true }, TestData.ActorFor(a.Lead));
            return true;
        });

        var (_, page) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync($"{Ratings(a)}/2.1.1");

        var context = page.QuerySelector("main .govuk-summary-list")!.TextContent;
        Assert.Contains("Compliance Plus", context);
        Assert.Contains("Check the journey maps on site.", context);
        var choices = page.QuerySelectorAll<IHtmlInputElement>("input[name='Input.RatingKey']").Select(i => i.Value).ToList();
        Assert.Equal(["CompliancePlus", "Compliance", "PartialCompliance", "NonCompliance"], choices);
    }

    [DbFact]
    public async Task Rate_NoRatingSelected_ShowsTheError()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Ratings(a)}/1.1.1", [], "main form[method=post]");

        await PageAssert.InvalidAsync(response, "Select a rating");
        Assert.Null((await ElementAsync(a, "1.1.1")).FinalRatingKey);
    }

    [DbTheory]
    [InlineData("CompliancePlus", "Enter what makes this element exemplary")]
    [InlineData("PartialCompliance", "Enter what is missing for this element")]
    [InlineData("NonCompliance", "Enter what is missing for this element")]
    public async Task Rate_WithoutTheRequiredComment_ShowsTheErrorAndSavesNothing(string rating, string message)
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Ratings(a)}/3.2.1", new() { ["Input.RatingKey"] = rating, ["Input.Comment"] = "  " }, "main form[method=post]");

        await PageAssert.InvalidAsync(response, message);
        var document = await HttpClientForms.ParseAsync(response);
        Assert.Equal("#Input_Comment", document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.True(document.QuerySelector<IHtmlInputElement>($"input[name='Input.RatingKey'][value='{rating}']")!.IsChecked);
        Assert.Null((await ElementAsync(a, "3.2.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task Rate_WhenEverythingIsRated_GoesBackToTheList()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);

        var response = await (await app.ClientFor(a.Lead.Email)).SubmitFormAsync($"{Ratings(a)}/1.2.1",
            new() { ["Input.RatingKey"] = "CompliancePlus", ["Input.Comment"] = "An exemplary complaints review." }, "main form[method=post]");

        PageAssert.RedirectsTo(response, $"{Ratings(a)}?saved=1.2.1");
        Assert.Equal("CompliancePlus", (await ElementAsync(a, "1.2.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task Rate_AsBodyAdmin_OffersNoFormAndIsRefused()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var (_, page) = await admin.GetPageAsync($"{Ratings(a)}/1.1.1");
        var response = await PostAsync(admin, $"{Ratings(a)}/1.1.1", new() { ["Input.RatingKey"] = "Compliance" });

        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await ElementAsync(a, "1.1.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task Rate_AfterTheDecision_OffersNoFormAndShowsTheRefusal()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var lead = await app.ClientFor(a.Lead.Email);

        var (_, page) = await lead.GetPageAsync($"{Ratings(a)}/1.1.1");
        var response = await PostAsync(lead, $"{Ratings(a)}/1.1.1", new() { ["Input.RatingKey"] = "NonCompliance", ["Input.Comment"] = "Changed my mind." });

        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Contains("decision has been made", page.QuerySelector(".govuk-inset-text")!.TextContent);
        await PageAssert.InvalidAsync(response, "You cannot rate elements while the assessment is at the stage 'Decided'.");
        Assert.Equal("Compliance", (await ElementAsync(a, "1.1.1")).FinalRatingKey);
    }

    [DbFact]
    public async Task AnnualReview_CarriedForwardElements_ShowTheirRatingAndCannotBeRated()
    {
        var decided = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided, partial: ["4.1.1"]);
        var review = await app.Data.CreateAnnualReviewAsync(decided, ["1.1.1", "4.1.1"]);
        var lead = await app.ClientFor(review.Lead.Email);

        var (_, list) = await lead.GetPageAsync(Ratings(review));
        var (_, element) = await lead.GetPageAsync($"{Ratings(review)}/4.1.2");
        var response = await PostAsync(lead, $"{Ratings(review)}/4.1.2", new() { ["Input.RatingKey"] = "Compliance" });

        Assert.Equal("0 of 2 elements in scope rated.", list.QuerySelector("#rating-progress")!.TextContent.Trim());
        var carried = list.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("4.1.2 ", StringComparison.Ordinal));
        Assert.Contains("Carried forward: Compliance", Regex.Replace(carried.TextContent, @"\s+", " "));
        Assert.Null(carried.QuerySelector("a"));
        Assert.NotNull(list.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("4.1.1 ", StringComparison.Ordinal)).QuerySelector("a"));
        Assert.Equal("Carried forward: Compliance", element.QuerySelector("#carried-forward")!.TextContent.Trim());
        Assert.Null(element.QuerySelector("main form[method=post]"));
        await PageAssert.InvalidAsync(response, "Element 4.1.2 is not in the scope of this annual review: its rating carries forward.");
        Assert.Equal("Compliance", (await ElementAsync(review, "4.1.2")).FinalRatingKey);
    }
}

public sealed class RatingsTestsOnSqlite(SqliteApp app) : RatingsTests(app), IClassFixture<SqliteApp>;

public sealed class RatingsTestsOnPostgres(PostgresApp app) : RatingsTests(app), IClassFixture<PostgresApp>;

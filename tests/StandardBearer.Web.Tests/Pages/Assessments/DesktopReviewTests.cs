using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The assessor's desktop review: the snapshot's task list, one element, its files, and evidence requests.</summary>
public abstract class DesktopReviewTests(AppFixture app)
{
    private static string PathOf(TestAssessment a) => $"/bodies/{a.Body.Id}/assessments/{a.Id}";

    private Task<Guid> SnapshotFileAsync(TestAssessment a) =>
        app.WithDbAsync(db => db.Set<EvidenceFile>()
            .Where(f => db.Set<AssessmentEvidence>().Any(e => e.AssessmentId == a.Id && e.EvidenceRevisionId == f.EvidenceRevisionId)).Select(f => f.Id).FirstAsync());

    private Task<Guid> FileOfAsync(EvidenceItem item) =>
        app.WithDbAsync(db => db.Set<EvidenceFile>()
            .Where(f => db.Set<EvidenceRevision>().Any(r => r.Id == f.EvidenceRevisionId && r.EvidenceItemId == item.Id)).Select(f => f.Id).SingleAsync());

    private Task<bool> ServiceAsync(Func<AssessmentService, Task> work) =>
        app.WithServicesAsync(async sp =>
        {
            await work(sp.GetRequiredService<AssessmentService>());
            return true;
        });

    private static string[] Urls(TestAssessment a, Guid fileId) =>
    [
        $"{PathOf(a)}/review", $"{PathOf(a)}/review/1.1.1", $"{PathOf(a)}/requests", $"{PathOf(a)}/requests/new", $"{PathOf(a)}/requests/new?element=1.1.1",
        $"{PathOf(a)}/files/{fileId}",
    ];

    private static DateOnly InTwoWeeks => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14));

    [DbFact]
    public async Task Pages_BodyAdminAndLeadAssessor_Get200()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var fileId = await SnapshotFileAsync(a);

        foreach (var email in new[] { a.Body.Admin.Email, a.Lead.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var url in Urls(a, fileId))
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{email}: {url}");
        }
    }

    [DbFact]
    public async Task Pages_AssessorOfTheBodyNotOnTheTeam_Gets404IncludingFiles()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var fileId = await SnapshotFileAsync(a);
        var unassigned = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var client = await app.ClientFor(unassigned.Email);

        foreach (var url in Urls(a, fileId))
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        var post = await client.PostAsync($"{PathOf(a)}/review/1.1.1", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == a.Id && e.Reviewed)));
    }

    [DbFact]
    public async Task Pages_OtherBodyAndTheOrganisation_Get404()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var fileId = await SnapshotFileAsync(a);
        var otherBody = await app.Data.CreateBodyWithUsersAsync();

        foreach (var email in new[] { otherBody.Admin.Email, otherBody.Member.Email, a.Organisation.Admin.Email, a.Organisation.Member.Email })
        {
            var client = await app.ClientFor(email);
            foreach (var url in Urls(a, fileId))
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{email}: {url}");
        }
        // The other body's own route, naming this assessment, is no way in either.
        var theirs = await app.ClientFor(otherBody.Admin.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/bodies/{otherBody.Id}/assessments/{a.Id}/review")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/bodies/{otherBody.Id}/assessments/{a.Id}/files/{fileId}")).StatusCode);
    }

    [DbFact]
    public async Task Review_ShowsProgressAndTheTaskListWithReviewState()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var lead = await app.ClientFor(a.Lead.Email);
        await ServiceAsync(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.2", new RecordReviewRequest { ProvisionalRatingKey = "CompliancePlus", Reviewed = true }, TestData.ActorFor(a.Lead)));

        var (_, page) = await lead.GetPageAsync($"{PathOf(a)}/review");

        Assert.Equal("1 of 57 elements reviewed.", page.QuerySelector("#review-progress")!.TextContent.Trim());
        var items = page.QuerySelectorAll(".govuk-task-list__item").ToList();
        Assert.Equal(57, items.Count);
        var reviewed = items.Single(i => i.QuerySelector("a")!.TextContent.Trim().StartsWith("1.1.2 ", StringComparison.Ordinal));
        Assert.Contains("Reviewed", reviewed.QuerySelector(".govuk-task-list__status")!.TextContent);
        Assert.Contains("Provisional rating: Compliance Plus", reviewed.TextContent);
        Assert.Equal($"{PathOf(a)}/review/1.1.2", reviewed.QuerySelector("a")!.GetAttribute("href"));
        var first = items.Single(i => i.QuerySelector("a")!.TextContent.Trim().StartsWith("1.1.1 ", StringComparison.Ordinal));
        Assert.Contains("Not reviewed", first.QuerySelector(".govuk-task-list__status")!.TextContent);
        Assert.Contains("Self-rating: not rated", first.TextContent);
    }

    [DbFact]
    public async Task Review_OutOfScopeElement_IsShownAsCarriedForwardAndNotOfferedForReview()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        // As an annual review leaves it: not in scope, its earlier rating carried forward.
        await app.WithDbAsync(async db =>
        {
            var element = await db.Set<AssessmentElement>().SingleAsync(e => e.AssessmentId == a.Id && e.ElementNumber == "5.1.1");
            element.InScope = false;
            element.CarriedForward = true;
            element.FinalRatingKey = "Compliance";
            return await db.SaveChangesAsync();
        });
        var lead = await app.ClientFor(a.Lead.Email);

        var (_, page) = await lead.GetPageAsync($"{PathOf(a)}/review");
        var (_, element) = await lead.GetPageAsync($"{PathOf(a)}/review/5.1.1");

        Assert.Equal("0 of 56 elements reviewed.", page.QuerySelector("#review-progress")!.TextContent.Trim());
        var item = page.QuerySelectorAll(".govuk-task-list__item").Single(i => i.TextContent.Contains("5.1.1 ", StringComparison.Ordinal));
        Assert.Null(item.QuerySelector("a"));
        Assert.Contains("Out of scope", item.TextContent);
        Assert.Contains("Compliance carried forward", item.TextContent);
        Assert.Null(element.QuerySelector("main form[method=post]"));
        Assert.DoesNotContain("Request more evidence", element.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Element_ShowsTheFrozenEvidence_AndItsFileDownloadsAsAnAttachment()
    {
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        var a = await app.Data.CreateAssessmentWithEvidenceAsync(element: "1.1.1", title: "Customer insight report", content: bytes);
        var lead = await app.ClientFor(a.Lead.Email);

        var (_, page) = await lead.GetPageAsync($"{PathOf(a)}/review/1.1.1");

        var row = Assert.Single(page.QuerySelectorAll("#evidence ~ table tbody tr"));
        Assert.Contains("Customer insight report", row.TextContent);
        Assert.Contains("Document", row.TextContent);
        var link = row.QuerySelector<IHtmlAnchorElement>("a")!.GetAttribute("href")!;
        Assert.StartsWith($"{PathOf(a)}/files/", link, StringComparison.Ordinal);
        var download = await lead.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", download.Headers.CacheControl?.ToString());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("Request more evidence for this element", page.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Element_UnknownNumber_Is404()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();

        var response = await (await app.ClientFor(a.Lead.Email)).GetAsync($"{PathOf(a)}/review/9.9.9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [DbFact]
    public async Task File_NotInTheSnapshot_Is404()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        // Added to the library after applying: the organisation's, but not part of what the assessor was given.
        var later = await FileOfAsync(await app.Data.CreateEvidenceAsync(a.Organisation.Id, "Added later"));
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var theirs = await FileOfAsync(await app.Data.CreateEvidenceAsync(other.Id, "Someone else's"));
        var lead = await app.ClientFor(a.Lead.Email);

        foreach (var fileId in new[] { later, theirs, Guid.NewGuid() })
            Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{PathOf(a)}/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{PathOf(a)}/files/not-a-guid")).StatusCode);
    }

    [DbFact]
    public async Task Element_ValidPost_SavesTheReview()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/review/1.2.1", new()
        {
            ["Input.ProvisionalRatingKey"] = "PartialCompliance", ["Input.Note"] = "Ask to see the survey analysis.", ["Input.Reviewed"] = "true",
        }, "main form[method=post]");

        PageAssert.RedirectsTo(response, $"{PathOf(a)}/review/1.2.1?saved=true");
        var element = await app.WithDbAsync(db => db.Set<AssessmentElement>().SingleAsync(e => e.AssessmentId == a.Id && e.ElementNumber == "1.2.1"));
        Assert.Equal("PartialCompliance", element.ProvisionalRatingKey);
        Assert.Equal("Ask to see the survey analysis.", element.ReviewNote);
        Assert.True(element.Reviewed);
        var (_, page) = await lead.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Review of element 1.2.1 saved", page.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Input.Reviewed']")!.IsChecked);
    }

    [DbTheory]
    [InlineData("Input.ProvisionalRatingKey", "NotARating", "Select a rating")]
    [InlineData("Input.Note", "long", "The review note must be 20,000 characters or fewer")]
    public async Task Element_InvalidPost_ShowsTheErrorAndSavesNothing(string field, string value, string message)
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/review/1.2.1", new()
        {
            [field] = value == "long" ? new string('x', 20001) : value, ["Input.Reviewed"] = "true",
        }, "main form[method=post]");

        await PageAssert.InvalidAsync(response, message);
        Assert.False(await app.WithDbAsync(db => db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == a.Id && e.Reviewed)));
    }

    [DbFact]
    public async Task Element_BodyAdmin_ReadsButCannotRecordTheReview()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var (_, page) = await admin.GetPageAsync($"{PathOf(a)}/review/1.1.1");
        var forged = await admin.PostAsync($"{PathOf(a)}/review/1.1.1", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(), ["Input.ProvisionalRatingKey"] = "Compliance", ["Input.Reviewed"] = "true",
        }));

        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == a.Id && e.Reviewed)));
    }

    [DbFact]
    public async Task NewRequest_Valid_RaisesTheRequestAndListsItAsOpen()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var lead = await app.ClientFor(a.Lead.Email);
        var due = InTwoWeeks;
        var (_, form) = await lead.GetPageAsync($"{PathOf(a)}/requests/new?element=1.2.1");
        Assert.Equal("1.2.1", form.QuerySelector<IHtmlSelectElement>("select[name='Input.ElementNumber']")!.Value);

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/requests/new?element=1.2.1", new()
        {
            ["Input.ElementNumber"] = "1.2.1", ["Input.Text"] = "Please provide the last two panel minutes.",
            ["Input.DueOn.Day"] = due.Day.ToString(), ["Input.DueOn.Month"] = due.Month.ToString(), ["Input.DueOn.Year"] = due.Year.ToString(),
        });

        PageAssert.RedirectsTo(response, $"{PathOf(a)}/requests?raised=true");
        var request = await app.WithDbAsync(db => db.Set<EvidenceRequest>().SingleAsync(r => r.AssessmentId == a.Id));
        Assert.Equal("1.2.1", request.ElementNumber);
        Assert.Equal(due, request.DueOn);
        Assert.Equal(EvidenceRequestStatus.Open, request.Status);
        var (_, list) = await lead.GetPageAsync(response.Headers.Location!.OriginalString);
        var card = Assert.Single(list.QuerySelectorAll(".sb-evidence-request"));
        Assert.Contains("Please provide the last two panel minutes.", card.TextContent);
        Assert.Contains("Open", card.QuerySelector(".govuk-tag")!.TextContent);
        Assert.Equal("Open (1)", list.QuerySelector("#open")!.TextContent.Trim());
    }

    [DbTheory]
    [InlineData("", "", "", "", "Select the element")]
    [InlineData("1.2.1", "31", "2", "2030", "The due date must be a real date")]
    [InlineData("1.2.1", "1", "1", "2020", "The date the evidence is due must be today or in the future")]
    [InlineData("1.2.1", "", "", "", "Enter the date the evidence is due")]
    [InlineData("9.9.9", "1", "1", "2040", "Select an element this assessment covers")]
    public async Task NewRequest_Invalid_ShowsTheError(string element, string day, string month, string year, string message)
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.SubmitFormAsync($"{PathOf(a)}/requests/new", new()
        {
            ["Input.ElementNumber"] = element, ["Input.Text"] = "Please provide the complaints log.",
            ["Input.DueOn.Day"] = day, ["Input.DueOn.Month"] = month, ["Input.DueOn.Year"] = year,
        });

        await PageAssert.InvalidAsync(response, message);
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceRequest>().AnyAsync(r => r.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task Requests_AnsweredByTheOrganisation_ShowTheAnswerAndItsEvidenceToTheAssessor()
    {
        var a = await app.Data.CreateAssessmentWithEvidenceAsync();
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        var request = await app.WithServicesAsync(sp => sp.GetRequiredService<AssessmentService>().RaiseEvidenceRequestAsync(a.Body.Id, a.Id,
            new RaiseEvidenceRequest { ElementNumber = "2.1.1", Text = "Please provide the engagement plan.", DueOn = InTwoWeeks }, TestData.ActorFor(a.Lead)));
        var item = await app.Data.CreateEvidenceAsync(a.Organisation.Id, "Engagement plan 2030", content: bytes);
        await ServiceAsync(s => s.AnswerEvidenceRequestAsync(a.Organisation.Id, a.Id, request.Id,
            new AnswerEvidenceRequest { Comment = "Attached, approved by the board.", EvidenceItemIds = [item.Id] }, TestData.ActorFor(a.Organisation.Admin)));
        var lead = await app.ClientFor(a.Lead.Email);

        var (_, list) = await lead.GetPageAsync($"{PathOf(a)}/requests");
        var (_, element) = await lead.GetPageAsync($"{PathOf(a)}/review/2.1.1");

        foreach (var page in new[] { list, element })
        {
            var card = Assert.Single(page.QuerySelectorAll(".sb-evidence-request"));
            Assert.Contains("Attached, approved by the board.", card.TextContent);
            Assert.Contains("Answered", card.QuerySelector(".govuk-tag")!.TextContent);
            Assert.Contains("Engagement plan 2030", card.TextContent);
            var download = await lead.GetAsync(card.QuerySelector<IHtmlAnchorElement>("table a")!.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        }
        Assert.Equal("Answered (1)", list.QuerySelector("#answered")!.TextContent.Trim());
    }
}

public sealed class DesktopReviewTestsOnSqlite(SqliteApp app) : DesktopReviewTests(app), IClassFixture<SqliteApp>;

public sealed class DesktopReviewTestsOnPostgres(PostgresApp app) : DesktopReviewTests(app), IClassFixture<PostgresApp>;

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The organisation's side: applying, following an assessment, answering the assessor's evidence requests.</summary>
public abstract class OrganisationAssessmentTests(AppFixture app)
{
    private static string ListPath(Guid organisationId) => $"/organisations/{organisationId}/assessments";

    private static string HubPath(TestAssessment a) => $"/organisations/{a.Organisation.Id}/assessments/{a.Id}";

    private async Task<EvidenceRequest> RaiseAsync(TestAssessment a, string element = "2.1.1", string text = "Please provide your latest customer survey results.", int dueInDays = 14) =>
        await app.WithServicesAsync(sp => sp.GetRequiredService<AssessmentService>().RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest
        {
            ElementNumber = element, Text = text, DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(dueInDays),
        }, TestData.ActorFor(a.Lead)));

    private static Dictionary<string, string> ValidApplication(Guid bodyId) => new()
    {
        ["Input.CertificationBodyId"] = bodyId.ToString(),
        ["Input.Type"] = nameof(AssessmentType.Initial),
        ["Input.ScopeKind"] = nameof(ScopeKind.WholeOrganisation),
        ["Input.Sites"] = "Town hall and the visitor centre",
        ["Input.StaffNumbers"] = "420",
        ["Input.ContactName"] = "Sam Contact",
        ["Input.ContactEmail"] = "sam@council.example",
        ["Input.PreferredDates"] = "Any week in May",
    };

    [DbFact]
    public async Task Pages_AsAdminAndMember_Show_OtherOrganisationGets404_BodyUsersGet404()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var request = await RaiseAsync(a);
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var urls = new[] { ListPath(a.Organisation.Id), HubPath(a), $"{HubPath(a)}/requests/{request.Id}" };

        foreach (var user in new[] { a.Organisation.Admin, a.Organisation.Member })
        {
            var client = await app.ClientFor(user.Email);
            foreach (var url in urls) Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{user.Role} {url}");
        }
        foreach (var user in new[] { other.Admin, a.Body.Admin, a.Lead })
        {
            var client = await app.ClientFor(user.Email);
            foreach (var url in urls) Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{user.Role} {url}");
        }
        // Another organisation's assessment under this organisation's address is not found either.
        var elsewhere = await app.Data.CreateAssessmentAsync();
        var admin = await app.ClientFor(a.Organisation.Admin.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/organisations/{a.Organisation.Id}/assessments/{elsewhere.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{HubPath(a)}/requests/{Guid.NewGuid()}")).StatusCode);
    }

    [DbFact]
    public async Task Apply_AsMember_Is403_AndTheListHasNoApplyButton()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var member = await app.ClientFor(organisation.Member.Email);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"{ListPath(organisation.Id)}/apply")).StatusCode);
        var (_, list) = await member.GetPageAsync(ListPath(organisation.Id));
        Assert.Null(list.QuerySelector("a[href$='/assessments/apply']"));
    }

    [DbFact]
    public async Task Apply_WithoutASelfAssessment_ExplainsInsteadOfTheForm()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(organisation.Admin.Email);

        var (response, page) = await admin.GetPageAsync($"{ListPath(organisation.Id)}/apply");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("main form[method=post]"));
        Assert.Contains("Start your self-assessment before applying", page.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Apply_Invalid_ShowsEachError_AndAppliesNothing()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(organisation.Id);
        var admin = await app.ClientFor(organisation.Admin.Email);

        var response = await admin.SubmitFormAsync($"{ListPath(organisation.Id)}/apply", new()
        {
            ["Input.StaffNumbers"] = "lots", ["Input.ScopeKind"] = nameof(ScopeKind.NamedServices), ["Input.ContactEmail"] = "not-an-email", ["Input.Type"] = "Bogus",
        });

        await PageAssert.InvalidAsync(response,
            "Select a certification body", "Select the type of assessment", "Enter the sites the assessment covers",
            "Enter the number of staff as a whole number, like 250", "Enter an email address in the correct format, like name@example.com");
        Assert.False(await app.WithDbAsync(db => db.Set<Assessment>().AnyAsync(x => x.OrganisationId == organisation.Id)));
    }

    [DbFact]
    public async Task Apply_NamedServicesWithoutNamingThem_ShowsTheServiceError()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(organisation.Id);
        var body = await app.Data.CreateBodyAsync();
        var admin = await app.ClientFor(organisation.Admin.Email);
        var fields = ValidApplication(body.Id);
        fields["Input.ScopeKind"] = nameof(ScopeKind.NamedServices);

        var response = await admin.SubmitFormAsync($"{ListPath(organisation.Id)}/apply", fields);

        await PageAssert.InvalidAsync(response, "Enter the services or departments the assessment covers");
    }

    [DbFact]
    public async Task Apply_Valid_CreatesTheApplication_TellsTheBody_AndShowsIt()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(organisation.Id);
        var body = await app.Data.CreateBodyWithUsersAsync();
        var admin = await app.ClientFor(organisation.Admin.Email);

        var response = await admin.SubmitFormAsync($"{ListPath(organisation.Id)}/apply", ValidApplication(body.Id));

        var assessment = await app.WithDbAsync(db => db.Set<Assessment>().SingleAsync(x => x.OrganisationId == organisation.Id));
        PageAssert.RedirectsTo(response, $"/organisations/{organisation.Id}/assessments/{assessment.Id}?done=applied");
        Assert.Equal((AssessmentStatus.Applied, 420, "Town hall and the visitor centre"), (assessment.Status, assessment.StaffNumbers, assessment.Sites));
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == body.Admin.Email)));

        var (_, hub) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Application sent to", hub.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("Applied", hub.QuerySelector("main .govuk-tag")!.TextContent);
        var (_, list) = await admin.GetPageAsync(ListPath(organisation.Id));
        Assert.Single(list.QuerySelectorAll("main table tbody tr"));

        // One assessment at a time: the form is replaced by a link to the one in progress.
        var (_, again) = await admin.GetPageAsync($"{ListPath(organisation.Id)}/apply");
        Assert.Null(again.QuerySelector("main form[method=post]"));
        Assert.NotNull(again.QuerySelector($"a[href='/organisations/{organisation.Id}/assessments/{assessment.Id}']"));
    }

    [DbFact]
    public async Task Apply_WithACertificate_IsFilledInForTheNextReviewFromTheBodysPlan()
    {
        // 1.1.2's turn is the second review; being partial brings it into the first as well.
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided, partial: ["1.1.2"]);
        var admin = await app.ClientFor(a.Organisation.Admin.Email);

        var (_, page) = await admin.GetPageAsync($"{ListPath(a.Organisation.Id)}/apply");

        Assert.Contains("first annual review", page.QuerySelector("main .govuk-inset-text")!.TextContent);
        Assert.Equal(nameof(AssessmentType.AnnualReview), page.QuerySelector("input[name='Input.Type'][checked]")!.GetAttribute("value"));
        Assert.Equal(a.Body.Id.ToString(), page.QuerySelector("select[name='Input.CertificationBodyId'] option[selected]")!.GetAttribute("value"));
        var ticked = page.QuerySelectorAll("input[name='Input.InScopeElements'][checked]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(20, ticked.Count);
        Assert.Contains("1.1.1", ticked);
        Assert.Contains("1.1.2", ticked);
        Assert.DoesNotContain("1.1.3", ticked);
    }

    [DbFact]
    public async Task OpenRequests_AppearOnTheAssessmentAndTheSelfAssessmentTaskList()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var request = await RaiseAsync(a, "4.2.1", "Please provide the complaints log for the last quarter.");
        var member = await app.ClientFor(a.Organisation.Member.Email);
        var link = $"{HubPath(a)}/requests/{request.Id}";

        foreach (var url in new[] { HubPath(a), $"/organisations/{a.Organisation.Id}/self-assessment" })
        {
            var (_, page) = await member.GetPageAsync(url);
            var item = page.QuerySelector($"a[href='{link}']");
            Assert.NotNull(item);
            Assert.Contains("Element 4.2.1", item.TextContent);
            Assert.Contains("complaints log", page.QuerySelector("main")!.TextContent);
        }
    }

    [DbFact]
    public async Task Answer_Empty_ShowsTheError_AndLeavesTheRequestOpen()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var request = await RaiseAsync(a);
        var member = await app.ClientFor(a.Organisation.Member.Email);

        var response = await member.SubmitFormAsync($"{HubPath(a)}/requests/{request.Id}", new() { ["Input.Comment"] = "  ", ["Input.EvidenceItemIds"] = "not-a-guid" });

        await PageAssert.InvalidAsync(response, "Enter your answer", "Select evidence from your organisation's library");
        Assert.Equal(EvidenceRequestStatus.Open, await app.WithDbAsync(db => db.Set<EvidenceRequest>().Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync()));
    }

    [DbFact]
    public async Task Answer_AnotherOrganisationsEvidence_IsRefused()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var request = await RaiseAsync(a);
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var theirs = await app.Data.CreateEvidenceAsync(other.Id, "Their survey");
        var member = await app.ClientFor(a.Organisation.Member.Email);

        var response = await member.SubmitFormAsync($"{HubPath(a)}/requests/{request.Id}", new() { ["Input.Comment"] = "Here it is", ["Input.EvidenceItemIds"] = theirs.Id.ToString() });

        await PageAssert.InvalidAsync(response, "Select evidence from your organisation's library");
        Assert.False(await app.WithDbAsync(db => db.Set<AssessmentEvidence>().IgnoreQueryFilters().AnyAsync(e => e.EvidenceRequestId == request.Id)));
    }

    [DbFact]
    public async Task Answer_Valid_FreezesTheEvidence_ClosesTheRequest_AndShowsTheAnswer()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var request = await RaiseAsync(a);
        var survey = await app.Data.CreateEvidenceAsync(a.Organisation.Id, "Customer survey 2026");
        var member = await app.ClientFor(a.Organisation.Member.Email);
        var url = $"{HubPath(a)}/requests/{request.Id}";

        var response = await member.SubmitFormAsync(url, new() { ["Input.Comment"] = "The survey is attached.", ["Input.EvidenceItemIds"] = survey.Id.ToString() });

        PageAssert.RedirectsTo(response, $"{HubPath(a)}?done=answered");
        var saved = await app.WithDbAsync(db => db.Set<EvidenceRequest>().SingleAsync(r => r.Id == request.Id));
        Assert.Equal((EvidenceRequestStatus.Answered, "The survey is attached."), (saved.Status, saved.Answer));
        Assert.Equal(survey.Id, await app.WithDbAsync(db => db.Set<AssessmentEvidence>().Where(e => e.EvidenceRequestId == request.Id).Select(e => e.EvidenceItemId).SingleAsync()));

        var (_, hub) = await member.GetPageAsync($"{HubPath(a)}?done=answered");
        Assert.Null(hub.QuerySelector($"a[href='{url}']"));
        Assert.Contains("Customer survey 2026", hub.QuerySelector("main")!.TextContent);
        var (_, answered) = await member.GetPageAsync(url);
        Assert.Null(answered.QuerySelector("main form[method=post]"));
        Assert.Contains("The survey is attached.", answered.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Hub_OnceDecided_ShowsTheOutcomeAndCertificate_AndTheListShowsTheCertificate()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var number = await app.WithDbAsync(db => db.Set<StandardBearer.Core.Certification.Certificate>().IgnoreQueryFilters().Where(c => c.AssessmentId == a.Id).Select(c => c.Number).SingleAsync());
        var member = await app.ClientFor(a.Organisation.Member.Email);

        var (_, hub) = await member.GetPageAsync(HubPath(a));
        Assert.Contains(number, hub.QuerySelector(".govuk-panel")!.TextContent);
        Assert.NotNull(hub.QuerySelector($"a[href='{HubPath(a)}/report']"));
        var (_, list) = await member.GetPageAsync(ListPath(a.Organisation.Id));
        Assert.Contains(number, list.QuerySelector("main table")!.TextContent);
    }

    [DbFact]
    public async Task Hub_BeforeRelease_HasNoReportLink()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        var admin = await app.ClientFor(a.Organisation.Admin.Email);

        var (_, hub) = await admin.GetPageAsync(HubPath(a));

        Assert.Null(hub.QuerySelector($"a[href='{HubPath(a)}/report']"));
        var lead = hub.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Lead assessor");
        Assert.Equal("Test Assessor", lead.QuerySelector("dd")!.TextContent.Trim());
    }
}

public sealed class OrganisationAssessmentTestsOnSqlite(SqliteApp app) : OrganisationAssessmentTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationAssessmentTestsOnPostgres(PostgresApp app) : OrganisationAssessmentTests(app), IClassFixture<PostgresApp>;

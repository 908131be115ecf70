using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Assessments;

/// <summary>The body admin's answers to an assessment: accept or decline, assign, agree dates and decide.</summary>
public abstract class BodyAdminWorkflowTests(AppFixture app)
{
    private static string HubPath(TestAssessment a) => $"/bodies/{a.Body.Id}/assessments/{a.Id}";

    private Task<T> Db<T>(Func<StandardBearer.Core.Data.AppDbContext, Task<T>> work) => app.WithDbAsync(work);

    private Task<Assessment> AssessmentAsync(TestAssessment a) =>
        Db(db => db.Set<Assessment>().Include(x => x.Team).AsNoTracking().SingleAsync(x => x.Id == a.Id));

    /// <summary>The body's assessor leads, with <paramref name="teamMember"/> on the team.</summary>
    private Task<bool> AssignAsync(TestAssessment a, Guid teamMember) =>
        app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentService>().AssignAsync(a.Body.Id, a.Id,
                new AssignAssessorsRequest { LeadAssessorUserId = a.Lead.Id, TeamUserIds = [teamMember] }, TestData.ActorFor(a.Body.Admin));
            return true;
        });

    // ---- respond ----

    [DbFact]
    public async Task Respond_AdminGets200_AssessorGets403_OtherBodyGets404()
    {
        var a = await app.Data.CreateAssessmentAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(a.Body.Admin.Email)).GetAsync($"{HubPath(a)}/respond")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(a.Body.Member.Email)).GetAsync($"{HubPath(a)}/respond")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"{HubPath(a)}/respond")).StatusCode);
    }

    [DbFact]
    public async Task Respond_NothingChosen_ShowsTheError()
    {
        var a = await app.Data.CreateAssessmentAsync();

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{HubPath(a)}/respond", []);

        await PageAssert.InvalidAsync(response, "Select whether to accept or decline the application");
        Assert.Equal(AssessmentStatus.Applied, (await AssessmentAsync(a)).Status);
    }

    [DbFact]
    public async Task Respond_DeclineWithoutAReason_ShowsTheErrorAndKeepsTheAnswer()
    {
        var a = await app.Data.CreateAssessmentAsync();

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{HubPath(a)}/respond", new() { ["Input.Answer"] = "Decline", ["Input.Reason"] = " " });

        await PageAssert.InvalidAsync(response, "Enter the reason for declining the application");
        var page = await HttpClientForms.ParseAsync(response);
        Assert.Equal("Decline", page.QuerySelector("input[name='Input.Answer']:checked")!.GetAttribute("value"));
        Assert.Equal(AssessmentStatus.Applied, (await AssessmentAsync(a)).Status);
    }

    [DbFact]
    public async Task Respond_Accept_AcceptsAndTheHubSaysSo()
    {
        var a = await app.Data.CreateAssessmentAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var response = await admin.SubmitFormAsync($"{HubPath(a)}/respond", new() { ["Input.Answer"] = "Accept" });

        PageAssert.RedirectsTo(response, $"{HubPath(a)}?done=accepted");
        Assert.Equal(AssessmentStatus.Accepted, (await AssessmentAsync(a)).Status);
        var (_, hub) = await admin.GetPageAsync($"{HubPath(a)}?done=accepted");
        Assert.Contains("Application accepted", hub.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains($"{HubPath(a)}/assign", hub.QuerySelectorAll(".govuk-task-list__link").Select(l => l.GetAttribute("href")));
    }

    [DbFact]
    public async Task Respond_DeclineWithAReason_DeclinesAndTellsTheOrganisation()
    {
        var a = await app.Data.CreateAssessmentAsync();

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{HubPath(a)}/respond", new() { ["Input.Answer"] = "Decline", ["Input.Reason"] = "We have no assessor free this year." });

        PageAssert.RedirectsTo(response, $"{HubPath(a)}?done=declined");
        var assessment = await AssessmentAsync(a);
        Assert.Equal(AssessmentStatus.Declined, assessment.Status);
        Assert.Equal("We have no assessor free this year.", assessment.DeclineReason);
        Assert.True(await Db(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Subject == "Your application for assessment has been declined")));
    }

    [DbFact]
    public async Task Respond_AlreadyAnswered_SaysSoWithoutAForm()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Accepted);

        var (response, page) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync($"{HubPath(a)}/respond");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already been answered", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
    }

    // ---- assign ----

    [DbFact]
    public async Task Assign_AssessorWithADeclaredConflict_IsMarkedRefusedAndNothingChanges()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        await app.Data.DeclareConflictAsync(a.Body, a.Lead.Id, a.Organisation.Id);
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var (_, page) = await admin.GetPageAsync($"{HubPath(a)}/assign");
        var response = await admin.SubmitFormAsync($"{HubPath(a)}/assign", new() { ["Input.LeadAssessorUserId"] = a.Lead.Id.ToString() });

        Assert.Contains("Conflict of interest declared", page.QuerySelector("#Input_LeadAssessorUserId-item-hint")!.TextContent);
        await PageAssert.InvalidAsync(response, $"Test Assessor has declared a conflict of interest with {a.Organisation.Name}: select another assessor");
        var assessment = await AssessmentAsync(a);
        Assert.Null(assessment.LeadAssessorUserId);
        Assert.Equal(AssessmentStatus.Accepted, assessment.Status);
    }

    [DbFact]
    public async Task Assign_NoLead_ShowsTheError()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Accepted);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{HubPath(a)}/assign", []);

        await PageAssert.InvalidAsync(response, "Select a lead assessor");
    }

    [DbFact]
    public async Task Assign_LeadAndTeam_AssignsThemStartsTheReviewAndSuggestsDays()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        var second = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var admin = await app.ClientFor(a.Body.Admin.Email);
        var (_, page) = await admin.GetPageAsync($"{HubPath(a)}/assign");

        var response = await admin.SubmitFormAsync($"{HubPath(a)}/assign", new()
        {
            ["Input.LeadAssessorUserId"] = a.Lead.Id.ToString(), ["Input.TeamUserIds"] = second.Id.ToString(),
        });

        Assert.Contains("1.5 days at the desk and 2 days on site", page.QuerySelector("#suggestion")!.TextContent);
        PageAssert.RedirectsTo(response, $"{HubPath(a)}?done=assigned");
        var assessment = await AssessmentAsync(a);
        Assert.Equal(a.Lead.Id, assessment.LeadAssessorUserId);
        Assert.Equal([second.Id], assessment.Team.Select(t => t.UserId));
        Assert.Equal(AssessmentStatus.DesktopReview, assessment.Status);
        Assert.Equal(1.5m, assessment.SuggestedDeskDays);
    }

    [DbFact]
    public async Task Assign_AsAssessor_Is403()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Accepted);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(a.Lead.Email)).GetAsync($"{HubPath(a)}/assign")).StatusCode);
    }

    // ---- dates ----

    [DbTheory]
    [InlineData("31", "2", "2027", "The first day of the visit must be a real date")]
    [InlineData("x", "3", "2027", "The first day of the visit must be a real date")]
    [InlineData("4", "", "2027", "The first day of the visit must include a month")]
    [InlineData("", "", "", "Enter the first day of the visit")]
    public async Task Dates_BadDate_ShowsTheErrorAndSavesNothing(string day, string month, string year, string message)
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{HubPath(a)}/dates", new()
        {
            ["Input.DocumentReviewOn.Day"] = "1", ["Input.DocumentReviewOn.Month"] = "3", ["Input.DocumentReviewOn.Year"] = "2027",
            ["Input.VisitStartsOn.Day"] = day, ["Input.VisitStartsOn.Month"] = month, ["Input.VisitStartsOn.Year"] = year,
            ["Input.VisitEndsOn.Day"] = "5", ["Input.VisitEndsOn.Month"] = "3", ["Input.VisitEndsOn.Year"] = "2027",
        });

        await PageAssert.InvalidAsync(response, message);
        Assert.Null((await AssessmentAsync(a)).DocumentReviewOn);
    }

    [DbFact]
    public async Task Dates_LastDayBeforeFirst_ShowsTheServicesError()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{HubPath(a)}/dates", Dates("1", "4", "3"));

        await PageAssert.InvalidAsync(response, "The last day of the visit must be the same as or after the first day");
    }

    [DbFact]
    public async Task Dates_AsLeadAssessor_AreSavedAndShownOnTheHub()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var lead = await app.ClientFor(a.Lead.Email);

        var response = await lead.SubmitFormAsync($"{HubPath(a)}/dates", Dates("1", "4", "5"));

        PageAssert.RedirectsTo(response, $"{HubPath(a)}?done=dates");
        var assessment = await AssessmentAsync(a);
        Assert.Equal(new DateOnly(2027, 3, 1), assessment.DocumentReviewOn);
        Assert.Equal(new DateOnly(2027, 3, 4), assessment.VisitStartsOn);
        Assert.Equal(new DateOnly(2027, 3, 5), assessment.VisitEndsOn);
        var (_, hub) = await lead.GetPageAsync(HubPath(a));
        Assert.Contains("4 March 2027 to 5 March 2027", hub.QuerySelector("#key-information")!.TextContent);
    }

    [DbFact]
    public async Task Dates_AssessorNotOnTheTeam_Gets404_TeamMemberNotLead_Gets403()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var outsider = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var member = await app.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        await AssignAsync(a, member.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(outsider.Email)).GetAsync($"{HubPath(a)}/dates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(member.Email)).GetAsync($"{HubPath(a)}/dates")).StatusCode);
    }

    private static Dictionary<string, string> Dates(string review, string first, string last) => new()
    {
        ["Input.DocumentReviewOn.Day"] = review, ["Input.DocumentReviewOn.Month"] = "3", ["Input.DocumentReviewOn.Year"] = "2027",
        ["Input.VisitStartsOn.Day"] = first, ["Input.VisitStartsOn.Month"] = "3", ["Input.VisitStartsOn.Year"] = "2027",
        ["Input.VisitEndsOn.Day"] = last, ["Input.VisitEndsOn.Month"] = "3", ["Input.VisitEndsOn.Year"] = "2027",
    };

    // ---- decision ----

    [DbFact]
    public async Task Decision_AsTheLeadAssessor_Is403AndNoCertificateIsIssued()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var lead = await app.ClientFor(a.Lead.Email);
        var (_, other) = await lead.GetPageAsync(HubPath(a));

        var get = await lead.GetAsync($"{HubPath(a)}/decision");
        var post = await lead.PostAsync($"{HubPath(a)}/decision", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = other.AntiforgeryToken() }));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(AssessmentStatus.ReportReleased, (await AssessmentAsync(a)).Status);
        Assert.False(await Db(db => db.Set<Certificate>().AnyAsync(c => c.AssessmentId == a.Id)));
    }

    [DbFact]
    public async Task Decision_AdminWhoIsOnTheTeam_Is403()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        // The body's admin also assesses for it, and is on this assessment's team.
        await Db(async db =>
        {
            db.Memberships.Add(new Membership { Id = Guid.CreateVersion7(), UserId = a.Body.Admin.Id, Role = Role.Assessor, CertificationBodyId = a.Body.Id, CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        await AssignAsync(a, a.Body.Admin.Id);
        await app.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).GetAsync($"{HubPath(a)}/decision");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [DbFact]
    public async Task Decision_BeforeTheReportIsReleased_SaysSoWithoutAForm()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Rated);

        var (response, page) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync($"{HubPath(a)}/decision");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("once the lead assessor has released the report", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
    }

    [DbFact]
    public async Task Decision_WithPartialCompliances_PreviewsTheOutcomeAndTheActionPlan()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased, partial: ["2.1.1"]);

        var (_, page) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync($"{HubPath(a)}/decision");

        Assert.Contains("will be certified with an action plan", page.QuerySelector("#outcome")!.TextContent);
        Assert.Contains("56 of 57 elements", page.QuerySelector("#reasons")!.TextContent);
        var row = Assert.Single(page.QuerySelectorAll("#action-plan tbody tr"));
        Assert.StartsWith("2.1.1 ", row.QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("No evidence yet of acting on 2.1.1.", row.TextContent);
    }

    [DbFact]
    public async Task Decision_ByAnotherAdmin_IssuesTheCertificateShowsItOnTheHubAndEmailsTheOrganisation()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var response = await admin.SubmitFormAsync($"{HubPath(a)}/decision", new() { ["Input.Note"] = "Factual accuracy comments were none." });

        PageAssert.RedirectsTo(response, $"{HubPath(a)}?done=decided");
        var certificate = await Db(db => db.Set<Certificate>().SingleAsync(c => c.AssessmentId == a.Id));
        Assert.Equal(CertificateStatus.Active, certificate.Status);
        var assessment = await AssessmentAsync(a);
        Assert.Equal(AssessmentStatus.Decided, assessment.Status);
        Assert.Equal("Factual accuracy comments were none.", assessment.DecisionNote);
        Assert.True(await Db(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Subject == "Your organisation has been certified")));
        var (_, hub) = await admin.GetPageAsync($"{HubPath(a)}?done=decided");
        Assert.Equal(certificate.Number, hub.QuerySelector("#certificate-number")!.TextContent.Trim());
        Assert.Contains("Certified", hub.QuerySelector("#decision")!.TextContent);
        Assert.Contains(certificate.Number, hub.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [DbFact]
    public async Task Decision_NoteTooLong_ShowsTheError()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{HubPath(a)}/decision", new() { ["Input.Note"] = new string('x', 4001) });

        await PageAssert.InvalidAsync(response, "The note must be 4,000 characters or fewer");
        Assert.Equal(AssessmentStatus.ReportReleased, (await AssessmentAsync(a)).Status);
    }
}

public sealed class BodyAdminWorkflowTestsOnSqlite(SqliteApp app) : BodyAdminWorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class BodyAdminWorkflowTestsOnPostgres(PostgresApp app) : BodyAdminWorkflowTests(app), IClassFixture<PostgresApp>;

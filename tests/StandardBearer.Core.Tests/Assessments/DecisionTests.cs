using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Assessments;

public abstract class DecisionTests(AppFixture app) : AssessmentTestBase(app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [DbFact]
    public async Task RateElement_CommentRequiredByTheScale_IsAskedFor()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var plus = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RateElementAsync(a.Body.Id, a.Id, "1.2.4", new RateElementRequest { RatingKey = "CompliancePlus" }, As(a.Lead))));
        var partial = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RateElementAsync(a.Body.Id, a.Id, "1.1.3", new RateElementRequest { RatingKey = "PartialCompliance", Comment = "  " }, As(a.Lead))));
        var non = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RateElementAsync(a.Body.Id, a.Id, "1.1.3", new RateElementRequest { RatingKey = "NonCompliance" }, As(a.Lead))));
        var unknown = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RateElementAsync(a.Body.Id, a.Id, "1.1.3", new RateElementRequest { RatingKey = "Superb" }, As(a.Lead))));
        await Service(s => s.RateElementAsync(a.Body.Id, a.Id, "1.1.1", new RateElementRequest { RatingKey = "Compliance" }, As(a.Lead)));

        Assert.Equal(["Enter what makes this element exemplary"], plus.Errors[nameof(RateElementRequest.Comment)]);
        Assert.Equal(["Enter what is missing for this element"], partial.Errors[nameof(RateElementRequest.Comment)]);
        Assert.Equal(["Enter what is missing for this element"], non.Errors[nameof(RateElementRequest.Comment)]);
        Assert.Equal(["Select a rating"], unknown.Errors[nameof(RateElementRequest.RatingKey)]);
        Assert.Equal("Compliance", (await ElementAsync(a.Id, "1.1.1")).FinalRatingKey);
        Assert.True(await AuditedAsync("ElementRated", a.Organisation.Id));
    }

    [DbFact]
    public async Task RateElement_LastInScope_MakesTheAssessmentRated()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Rated);

        Assert.Equal(AssessmentStatus.Rated, (await LoadAsync(a.Id)).Status);
    }

    [DbFact]
    public async Task ReleaseReport_BeforeEveryElementIsRatedOrWithoutASummary_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await Service(s => s.RateElementAsync(a.Body.Id, a.Id, "1.1.1", new RateElementRequest { RatingKey = "Compliance" }, As(a.Lead)));
        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.ReleaseReportAsync(a.Body.Id, a.Id, As(a.Lead))));
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.Rated);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.ReleaseReportAsync(a.Body.Id, a.Id, As(a.Lead))));
        var byAdmin = await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.ReleaseReportAsync(a.Body.Id, a.Id, As(a.Body.Admin))));

        Assert.Equal(["Enter the summary of strengths before releasing the report"], e.Errors[nameof(RecordSummaryRequest.Strengths)]);
        Assert.Equal(["Enter the areas for continuous improvement before releasing the report"], e.Errors[nameof(RecordSummaryRequest.AreasForImprovement)]);
        Assert.Equal("Only the lead assessor can release the report.", byAdmin.Message);
    }

    [DbFact]
    public async Task RecordSummary_UnknownCriterion_IsRefused_AndBlankFindingsAreRemoved()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RecordSummaryAsync(a.Body.Id, a.Id,
            new RecordSummaryRequest { Findings = new Dictionary<string, string?> { ["9"] = "?" } }, As(a.Lead))));
        await Service(s => s.RecordSummaryAsync(a.Body.Id, a.Id, new RecordSummaryRequest
        {
            Strengths = "Listening.", Findings = new Dictionary<string, string?> { ["1"] = "Good insight.", ["2"] = "Committed leaders." },
        }, As(a.Lead)));
        await Service(s => s.RecordSummaryAsync(a.Body.Id, a.Id, new RecordSummaryRequest
        {
            Strengths = "Listening.", Findings = new Dictionary<string, string?> { ["1"] = "Very good insight.", ["2"] = " " },
        }, As(a.Lead)));

        Assert.Equal(["There is no criterion 9 in this standard"], e.Errors[nameof(RecordSummaryRequest.Findings)]);
        var findings = await App.WithDbAsync(db => db.Set<CriterionFinding>().Where(f => f.AssessmentId == a.Id).ToListAsync());
        Assert.Equal(("1", "Very good insight."), (Assert.Single(findings).CriterionNumber, findings[0].Text));
    }

    [DbFact]
    public async Task FactualAccuracyComment_OnlyOnceTheReportIsReleased()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        var request = new AddFactualAccuracyCommentRequest { ElementNumber = "4.3.2", Text = "Complaints are answered in 10 working days, not 15." };
        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.AddFactualAccuracyCommentAsync(a.Organisation.Id, a.Id, request, As(a.Organisation.Member))));
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);

        await Service(s => s.AddFactualAccuracyCommentAsync(a.Organisation.Id, a.Id, request, As(a.Organisation.Member)));

        var comment = await App.WithDbAsync(db => db.Set<FactualAccuracyComment>().SingleAsync(c => c.AssessmentId == a.Id));
        Assert.Equal(("4.3.2", "Test OrganisationMember"), (comment.ElementNumber, comment.CreatedByName));
        Assert.True(await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Subject == "Your draft assessment report is ready")));
    }

    [DbFact]
    public async Task Decide_ByTheLeadAssessor_IsForbidden()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var e = await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(a.Lead))));

        Assert.Contains("someone else", e.Message);
        Assert.Equal(AssessmentStatus.ReportReleased, (await LoadAsync(a.Id)).Status);
    }

    [DbFact]
    public async Task Decide_ByABodyAdminWhoIsAlsoOnTheTeam_IsForbidden()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        var adminAndAssessor = await App.Data.CreateUserAsync(Role.CertificationBodyAdmin, a.Body.Id);
        await App.Data.CreateUserAsync(Role.Assessor, a.Body.Id, adminAndAssessor.Email);
        await Service(s => s.AssignAsync(a.Body.Id, a.Id, new AssignAssessorsRequest { LeadAssessorUserId = a.Lead.Id, TeamUserIds = [adminAndAssessor.Id] }, As(a.Body.Admin)));
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);

        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(adminAndAssessor))));

        Assert.True((await AccessAsync(a.Id, adminAndAssessor)).IsTeamAssessor);
        Assert.False((await AccessAsync(a.Id, adminAndAssessor)).CanDecide);
    }

    [DbFact]
    public async Task Decide_BeforeTheReportIsReleasedOrByAnotherBody_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Rated);
        var other = await App.Data.CreateBodyWithUsersAsync();

        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(a.Body.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(other.Admin))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(a.Organisation.Admin))));
    }

    [DbFact]
    public async Task Decide_AllCompliant_CertifiesAndIssuesACertificateForThreeYears_AndEmailsTheOrganisationsAdmins()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var decision = await Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest { Note = "Report reviewed." }, As(a.Body.Admin)));

        var saved = await LoadAsync(a.Id);
        Assert.Equal((AssessmentStatus.Decided, OutcomeKind.Certify, "Test CertificationBodyAdmin"), (saved.Status, saved.Outcome, saved.DecidedByName));
        Assert.Equal("57 of 57 elements (100%) are compliant and none blocks certification.", saved.DecisionReasons);
        var certificate = await App.WithDbAsync(db => db.Set<Certificate>().SingleAsync(c => c.AssessmentId == a.Id));
        Assert.Equal(decision.Certificate!.Number, certificate.Number);
        Assert.Equal((Today, Today.AddYears(3), CertificateStatus.Active), (certificate.IssuedOn, certificate.ExpiresOn, certificate.Status));
        Assert.Equal(a.Organisation.Id, certificate.OrganisationId);
        Assert.Equal("Whole organisation", certificate.Scope);
        Assert.StartsWith($"CSE-{CertificateNumbers.BodyCode(a.Body.Name)}-{Today.Year}-", certificate.Number);
        Assert.Empty(decision.Actions);
        var mail = await App.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == a.Organisation.Admin.Email && m.Subject == "Your organisation has been certified"));
        Assert.Contains(certificate.Number, mail.Body);
        Assert.True(await AuditedAsync("AssessmentDecided", a.Organisation.Id));
        Assert.True(await AuditedAsync("CertificateIssued", a.Organisation.Id));
    }

    [DbFact]
    public async Task Decide_PartialCompliances_CertifyWithAnActionPlanAndAddActionsDueByTheNextReview()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased, partial: ["1.1.3", "5.3.3"]);

        var decision = await Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(a.Body.Admin)));

        Assert.Equal(OutcomeKind.CertifyWithActionPlan, decision.Result.Outcome.Kind);
        Assert.NotNull(decision.Certificate);
        var actions = await App.WithDbAsync(db => db.Set<ImprovementAction>().Where(x => x.OrganisationId == a.Organisation.Id).OrderBy(x => x.ElementNumber).ToListAsync());
        Assert.Equal(["1.1.3", "5.3.3"], actions.Select(x => x.ElementNumber));
        Assert.All(actions, x => Assert.Equal((Today.AddYears(1), ActionStatus.Open), (x.DueDate, x.Status)));
        Assert.Contains("No evidence yet of acting on 1.1.3.", actions[0].Description);
        Assert.Contains("2 elements rated Partial Compliance to address in an action plan: 1.1.3, 5.3.3.", (await LoadAsync(a.Id)).DecisionReasons);
    }

    [DbFact]
    public async Task Decide_TwoOrganisationsCertifiedByOneBody_HaveUniqueSequentialNumbers()
    {
        var first = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var other = await App.Data.CreateAssessmentAtAsync(first.Body, AssessmentStage.ReportReleased);

        await Service(s => s.DecideAsync(other.Body.Id, other.Id, new RecordDecisionRequest(), As(other.Body.Admin)));

        var certificates = await App.WithDbAsync(db => db.Set<Certificate>().Where(c => c.CertificationBodyId == first.Body.Id).OrderBy(c => c.Number).ToListAsync());
        Assert.Equal(2, certificates.Count);
        // Test bodies' initials can coincide, so other tests' certificates may share the prefix: the second follows the first.
        Assert.Equal(certificates[0].Number[..^4], certificates[1].Number[..^4]);
        Assert.Equal(int.Parse(certificates[0].Number[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(certificates[1].Number[^4..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [DbFact]
    public async Task Decide_ReassessmentBySameBody_RenewsTheCertificateInPlace_KeepingItsNumberAndFirstIssueDate()
    {
        var first = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var before = await App.WithDbAsync(db => db.Set<Certificate>().SingleAsync(c => c.OrganisationId == first.Organisation.Id));
        var again = await Service(s => s.ApplyAsync(first.Organisation.Id, TestData.Application(first.Body.Id, AssessmentType.Reassessment), As(first.Organisation.Admin)));
        var second = first with { Id = again.Id };

        await App.Data.AdvanceAssessmentAsync(second, AssessmentStage.Decided);

        var after = await App.WithDbAsync(db => db.Set<Certificate>().SingleAsync(c => c.OrganisationId == first.Organisation.Id));
        Assert.Equal((before.Id, before.Number, before.OriginalIssuedOn), (after.Id, after.Number, after.OriginalIssuedOn));
        Assert.Equal((second.Id, CertificateStatus.Active, Today.AddYears(3)), (after.AssessmentId, after.Status, after.ExpiresOn));
        var history = await App.WithDbAsync(db => db.Set<CertificateEvent>().Where(e => e.CertificateId == after.Id).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());
        Assert.Equal([CertificateEventKind.Issued, CertificateEventKind.Renewed], history);
        Assert.True(await AuditedAsync("CertificateRenewed", first.Organisation.Id));
    }

    [DbFact]
    public async Task Decide_OneNonCompliance_IsNotCertifiedSaysWhy_AndIssuesNoCertificate()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await Service(s => s.RateElementAsync(a.Body.Id, a.Id, "4.3.2", new RateElementRequest { RatingKey = "NonCompliance", Comment = "There is no complaints procedure." }, As(a.Lead)));
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);

        var decision = await Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(a.Body.Admin)));

        Assert.Equal(OutcomeKind.NotCertified, decision.Result.Outcome.Kind);
        Assert.Null(decision.Certificate);
        Assert.Equal("1 element rated Non-Compliance: 4.3.2.", (await LoadAsync(a.Id)).DecisionReasons);
        Assert.False(await App.WithDbAsync(db => db.Set<Certificate>().AnyAsync(c => c.AssessmentId == a.Id)));
        Assert.True(await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Subject == "The decision on your assessment")));
    }

    [DbFact]
    public async Task AnnualReview_OutOfScopeElementsCarryForward_OnlyTheScopeIsRated_AndTheCertificateStays()
    {
        var initial = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided, partial: ["3.2.2"]);
        var review = await Service(s => s.ApplyAsync(initial.Organisation.Id, TestData.Application(initial.Body.Id, AssessmentType.AnnualReview) with
        {
            InScopeElements = ["1.1.1", "1.1.3", "3.2.2"],
        }, As(initial.Organisation.Admin)));
        var a = initial with { Id = review.Id };
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.Assigned);

        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.RateElementAsync(a.Body.Id, a.Id, "2.1.1", new RateElementRequest { RatingKey = "Compliance" }, As(a.Lead))));
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased, partial: ["1.1.3"]);
        var decision = await Service(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), As(a.Body.Admin)));

        var saved = await LoadAsync(a.Id);
        Assert.Equal(3, saved.Elements.Count(e => e.InScope));
        Assert.Equal(54, saved.Elements.Count(e => e.CarriedForward));
        Assert.Equal("Compliance", saved.Elements.Single(e => e.ElementNumber == "3.2.2").FinalRatingKey); // rated again in scope
        Assert.Equal(initial.Id, saved.CarriedForwardFromAssessmentId);
        Assert.Equal(OutcomeKind.CertifyWithActionPlan, decision.Result.Outcome.Kind);
        Assert.Equal(57, decision.Result.Outcome.Assessed);
        Assert.Equal(["1.1.3"], decision.Result.NewActionPlanElements);
        Assert.Null(decision.Certificate);
        var certificate = await App.WithDbAsync(db => db.Set<Certificate>().SingleAsync(c => c.OrganisationId == a.Organisation.Id));
        Assert.Equal((initial.Id, CertificateStatus.Active), (certificate.AssessmentId, certificate.Status));
    }

    [DbFact]
    public async Task AnnualReview_NoScopeOrElementsNotInTheStandard_IsRefused()
    {
        var initial = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);

        var none = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.ApplyAsync(initial.Organisation.Id,
            TestData.Application(initial.Body.Id, AssessmentType.AnnualReview), As(initial.Organisation.Admin))));
        var unknown = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.ApplyAsync(initial.Organisation.Id,
            TestData.Application(initial.Body.Id, AssessmentType.AnnualReview) with { InScopeElements = ["1.1.1", "6.1.1"] }, As(initial.Organisation.Admin))));

        Assert.Equal(["Select the elements this annual review covers"], none.Errors[nameof(ApplyForAssessmentRequest.InScopeElements)]);
        Assert.Equal(["Select elements of the standard"], unknown.Errors[nameof(ApplyForAssessmentRequest.InScopeElements)]);
    }
}

public sealed class DecisionTestsOnSqlite(SqliteApp app) : DecisionTests(app), IClassFixture<SqliteApp>;

public sealed class DecisionTestsOnPostgres(PostgresApp app) : DecisionTests(app), IClassFixture<PostgresApp>;

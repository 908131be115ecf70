using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Tests.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Certification;

public abstract class CertificateLifecycleTests(AppFixture app) : AssessmentTestBase(app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private Task<T> Certificates<T>(Func<CertificateService, Task<T>> work) => App.WithServicesAsync(sp => work(sp.GetRequiredService<CertificateService>()));

    private Task<bool> Certificates(Func<CertificateService, Task> work) => App.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<CertificateService>());
        return true;
    });

    private Task<Certificate> CertificateOfAsync(TestAssessment a) =>
        App.WithDbAsync(db => db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.OrganisationId == a.Organisation.Id));

    private Task<List<CertificateEvent>> HistoryAsync(Guid certificateId) =>
        App.WithDbAsync(db => db.Set<CertificateEvent>().Where(e => e.CertificateId == certificateId).OrderBy(e => e.At).ToListAsync());

    private Task<List<ReviewPlanItem>> PlanAsync(Guid certificateId) =>
        App.WithDbAsync(db => db.Set<ReviewPlanItem>().Where(p => p.CertificateId == certificateId).ToListAsync());

    [DbFact]
    public async Task Decide_Certifying_IssuesWithAHistoryLine_AndAPlanWithThePartialsInTheFirstReview()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided, partial: ["2.2.1"]);

        var certificate = await CertificateOfAsync(a);
        var plan = await PlanAsync(certificate.Id);
        var history = await HistoryAsync(certificate.Id);

        Assert.Equal((Today, Today, CertificateStatus.Active), (certificate.OriginalIssuedOn, certificate.IssuedOn, certificate.Status));
        Assert.Equal(57 + 1, plan.Count);
        Assert.Contains(plan, p => p.Visit == 1 && p.ElementNumber == "2.2.1" && p.Reason == ReviewPlanReason.PartialAtLastVisit);
        Assert.Equal([19, 19, 19], plan.Where(p => p.Reason == ReviewPlanReason.Rotation).GroupBy(p => p.Visit).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal(CertificateEventKind.Issued, Assert.Single(history).Kind);
    }

    [DbFact]
    public async Task ChangeStatus_SuspendThenReinstate_WritesHistoryAuditAndTellsTheOrganisation()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);

        await Certificates(s => s.ChangeStatusAsync(a.Body.Id, certificate.Id, new ChangeCertificateStatusRequest { Status = CertificateStatus.Suspended, Reason = "Annual review overdue by two months." }, As(a.Body.Admin)));
        var suspended = await CertificateOfAsync(a);
        await Certificates(s => s.ChangeStatusAsync(a.Body.Id, certificate.Id, new ChangeCertificateStatusRequest { Status = CertificateStatus.Active, Reason = "Annual review completed." }, As(a.Body.Admin)));

        Assert.Equal((CertificateStatus.Suspended, "Annual review overdue by two months."), (suspended.Status, suspended.StatusReason));
        Assert.Equal(CertificateStatus.Active, (await CertificateOfAsync(a)).Status);
        var history = await HistoryAsync(certificate.Id);
        Assert.Equal([(null, CertificateStatus.Active), (CertificateStatus.Active, CertificateStatus.Suspended), (CertificateStatus.Suspended, CertificateStatus.Active)],
            history.Select(h => (h.FromStatus, h.ToStatus)));
        Assert.Equal(a.Body.Admin.Id, history[1].UserId);
        Assert.True(await AuditedAsync("CertificateSuspended", a.Organisation.Id));
        Assert.True(await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Subject == $"Certificate {certificate.Number} is now suspended")));
    }

    [DbFact]
    public async Task ChangeStatus_FromAFinalStatus_OrWithoutAReason_IsRefused_AndNothingChanges()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);
        await Certificates(s => s.ChangeStatusAsync(a.Body.Id, certificate.Id, new ChangeCertificateStatusRequest { Status = CertificateStatus.Withdrawn, Reason = "Misuse of the mark." }, As(a.Body.Admin)));

        var reinstate = await Assert.ThrowsAsync<DomainValidationException>(() => Certificates(s => s.ChangeStatusAsync(a.Body.Id, certificate.Id,
            new ChangeCertificateStatusRequest { Status = CertificateStatus.Active, Reason = "Changed our mind." }, As(a.Body.Admin))));
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() => Certificates(s => s.ChangeStatusAsync(a.Body.Id, certificate.Id,
            new ChangeCertificateStatusRequest { Status = CertificateStatus.Cancelled, Reason = " " }, As(a.Body.Admin))));

        Assert.Contains("cannot change status", reinstate.Errors[nameof(ChangeCertificateStatusRequest.Status)][0]);
        Assert.Equal(["Enter the reason for the change"], noReason.Errors[nameof(ChangeCertificateStatusRequest.Reason)]);
        Assert.Equal(CertificateStatus.Withdrawn, (await CertificateOfAsync(a)).Status);
        Assert.Equal(2, (await HistoryAsync(certificate.Id)).Count);
    }

    [DbFact]
    public async Task ChangeStatus_ByTheAssessorOrAnotherBody_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var other = await App.Data.CreateBodyWithUsersAsync();
        var certificate = await CertificateOfAsync(a);
        var request = new ChangeCertificateStatusRequest { Status = CertificateStatus.Suspended, Reason = "No." };

        await Assert.ThrowsAsync<ForbiddenException>(() => Certificates(s => s.ChangeStatusAsync(a.Body.Id, certificate.Id, request, As(a.Lead))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Certificates(s => s.ChangeStatusAsync(a.Body.Id, certificate.Id, request, As(other.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Certificates(s => s.ChangeStatusAsync(other.Id, certificate.Id, request, As(other.Admin))));
        Assert.Equal(CertificateStatus.Active, (await CertificateOfAsync(a)).Status);
    }

    [DbFact]
    public async Task AnnualReview_Certifying_AddsItsPartialsToTheSecondReview()
    {
        var initial = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        // 1.1.3 has its turn at the reassessment, so only being partial brings it into the second review.
        var review = await App.Data.CreateAnnualReviewAsync(initial, ["1.1.1", "1.1.3"]);
        await App.Data.AdvanceAssessmentAsync(review, AssessmentStage.Decided, partial: ["1.1.3"]);

        var certificate = await CertificateOfAsync(initial);
        var plan = await PlanAsync(certificate.Id);

        Assert.Contains(plan, p => p.Visit == 2 && p.ElementNumber == "1.1.3" && p.Reason == ReviewPlanReason.PartialAtLastVisit);
        Assert.Equal(CertificateStatus.Active, certificate.Status);
    }

    [DbFact]
    public async Task AnnualReview_NotCertifying_SuspendsTheCertificateWithAReason()
    {
        var initial = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var review = await App.Data.CreateAnnualReviewAsync(initial, ["4.3.2"]);
        await Service(s => s.RateElementAsync(review.Body.Id, review.Id, "4.3.2", new RateElementRequest { RatingKey = "NonCompliance", Comment = "No complaints procedure." }, As(review.Lead)));
        await App.Data.AdvanceAssessmentAsync(review, AssessmentStage.Decided);

        var certificate = await CertificateOfAsync(initial);

        Assert.Equal(CertificateStatus.Suspended, certificate.Status);
        Assert.StartsWith("The annual review decided on", certificate.StatusReason);
        Assert.Equal(CertificateStatus.Suspended, (await HistoryAsync(certificate.Id)).Last().ToStatus);
    }

    [DbFact]
    public async Task AdjustReviewPlan_MovesElements_AndRefusesAnIncompletePlan()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided, partial: ["3.1.1"]);
        var certificate = await CertificateOfAsync(a);
        var numbers = (await PlanAsync(certificate.Id)).Where(p => p.Reason == ReviewPlanReason.Rotation).Select(p => p.ElementNumber).ToList();

        var incomplete = numbers.Skip(1).ToDictionary(n => n, _ => 2);
        var error = await Assert.ThrowsAsync<DomainValidationException>(() => Certificates(s => s.AdjustReviewPlanAsync(a.Body.Id, certificate.Id,
            new AdjustReviewPlanRequest { RotationVisit = incomplete }, As(a.Body.Admin))));
        await Certificates(s => s.AdjustReviewPlanAsync(a.Body.Id, certificate.Id, new AdjustReviewPlanRequest { RotationVisit = numbers.ToDictionary(n => n, _ => 2) }, As(a.Body.Admin)));

        Assert.Contains("Select a visit for", error.Errors[nameof(AdjustReviewPlanRequest.RotationVisit)][0]);
        var plan = await PlanAsync(certificate.Id);
        Assert.Equal(57, plan.Count(p => p.Visit == 2));
        Assert.Single(plan, p => p.Visit == 1 && p.ElementNumber == "3.1.1");
        Assert.True(await AuditedAsync("ReviewPlanAdjusted", a.Organisation.Id));
    }

    [DbFact]
    public async Task SetConfidential_RecordsItInTheHistory()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);

        await Certificates(s => s.SetConfidentialAsync(a.Body.Id, certificate.Id, new SetConfidentialRequest { Confidential = true }, As(a.Body.Admin)));

        Assert.True((await CertificateOfAsync(a)).Confidential);
        Assert.Equal(CertificateEventKind.MadeConfidential, (await HistoryAsync(certificate.Id)).Last().Kind);
    }

    [DbFact]
    public async Task PredecessorAward_MakesHeldSinceAFact_AndBadDatesAreRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);

        var future = await Assert.ThrowsAsync<DomainValidationException>(() => Certificates(s => s.AddPredecessorAwardAsync(a.Body.Id, a.Organisation.Id,
            new AddPredecessorAwardRequest { Name = "Charter Mark", HeldFrom = Today.AddDays(1) }, As(a.Body.Admin))));
        var backwards = await Assert.ThrowsAsync<DomainValidationException>(() => Certificates(s => s.AddPredecessorAwardAsync(a.Body.Id, a.Organisation.Id,
            new AddPredecessorAwardRequest { Name = "Charter Mark", HeldFrom = new DateOnly(2000, 1, 1), HeldUntil = new DateOnly(1999, 1, 1) }, As(a.Body.Admin))));
        await Certificates(s => s.AddPredecessorAwardAsync(a.Body.Id, a.Organisation.Id,
            new AddPredecessorAwardRequest { Name = "Charter Mark", HeldFrom = new DateOnly(1997, 5, 1) }, As(a.Body.Admin)));

        Assert.True(future.Errors.ContainsKey(nameof(AddPredecessorAwardRequest.HeldFrom)));
        Assert.True(backwards.Errors.ContainsKey(nameof(AddPredecessorAwardRequest.HeldUntil)));
        var holdings = await App.WithDbAsync(db => CertificateQueries.HoldingsAsync(db, [a.Organisation.Id], Today));
        Assert.Equal(new DateOnly(1997, 5, 1), holdings[a.Organisation.Id].Since);
        Assert.StartsWith("Held since 1997 (Charter Mark from 1997, ", holdings[a.Organisation.Id].Sentence);
    }

    [DbFact]
    public async Task PredecessorAward_ForAnOrganisationThatIsNotAClient_IsNotFound()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var stranger = await App.Data.CreateOrganisationWithUsersAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Certificates(s => s.AddPredecessorAwardAsync(a.Body.Id, stranger.Id,
            new AddPredecessorAwardRequest { Name = "Charter Mark", HeldFrom = new DateOnly(1997, 5, 1) }, As(a.Body.Admin))));
    }

    [DbFact]
    public async Task Details_ForTheBodyAndTheOrganisation_ShowTheCycle_AndAnotherTenantSeesNothing()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided, partial: ["1.1.2"]);
        var other = await App.Data.CreateBodyWithUsersAsync();
        var certificate = await CertificateOfAsync(a);

        var atBody = await AsTenantAsync(t => t.UseCertificationBody(a.Body.Id), db => CertificateQueries.DetailsAsync(db, certificate.Id, Today));
        var atOrganisation = await AsTenantAsync(t => t.UseOrganisation(a.Organisation.Id), db => CertificateQueries.DetailsAsync(db, certificate.Id, Today));
        var atOther = await AsTenantAsync(t => t.UseCertificationBody(other.Id), db => CertificateQueries.DetailsAsync(db, certificate.Id, Today));

        Assert.NotNull(atBody);
        Assert.Equal(atBody.Number, atOrganisation!.Number);
        Assert.Null(atOther);
        Assert.Equal([Today.AddYears(1), Today.AddYears(2), Today.AddYears(3)], atBody.Milestones.Select(m => m.DueOn));
        Assert.Equal(3, atBody.Plan.Count);
        Assert.Contains(atBody.Plan[0].Elements, e => e.Number == "1.1.2" && e.Reason == ReviewPlanReason.PartialAtLastVisit && e.Title.Length > 0);
        Assert.Single(atBody.History);
        Assert.Equal($"Held since {Today.Year}", atBody.Holding!.Sentence);
    }
}

public sealed class CertificateLifecycleTestsOnSqlite(SqliteApp app) : CertificateLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class CertificateLifecycleTestsOnPostgres(PostgresApp app) : CertificateLifecycleTests(app), IClassFixture<PostgresApp>;

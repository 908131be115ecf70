using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Assessments;

public abstract class ApplicationTests(AppFixture app) : AssessmentTestBase(app)
{
    [DbFact]
    public async Task Apply_OpenSelfAssessment_FreezesEveryElementWithItsSelfRatingOwnerAndEvidence()
    {
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        var body = await App.Data.CreateBodyWithUsersAsync();
        var record = await App.Data.StartSelfAssessmentAsync(organisation.Id);
        var item = await App.Data.CreateEvidenceAsync(organisation.Id, "Customer insight report", linkToElement: "1.1.1");
        await App.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(organisation.Id, record.Id, "1.1.1",
            new UpdateElementRequest { RatingKey = "Compliance", Narrative = "We profile our customers.", OwnerUserId = organisation.Member.Id, ExpectedVersion = 0 }, As(organisation.Admin)));

        var assessment = await Service(s => s.ApplyAsync(organisation.Id, TestData.Application(body.Id), As(organisation.Admin)));

        var saved = await LoadAsync(assessment.Id);
        Assert.Equal(AssessmentStatus.Applied, saved.Status);
        Assert.Equal(57, saved.Elements.Count);
        Assert.All(saved.Elements, e => Assert.True(e.InScope));
        var element = saved.Elements.Single(e => e.ElementNumber == "1.1.1");
        Assert.Equal(("Compliance", "We profile our customers.", "Test OrganisationMember"), (element.SelfRatingKey, element.Narrative, element.OwnerName));
        var evidence = await App.WithDbAsync(db => db.Set<AssessmentEvidence>().SingleAsync(e => e.AssessmentId == assessment.Id));
        Assert.Equal((item.Id, element.Id, 1, "Customer insight report"), (evidence.EvidenceItemId, evidence.AssessmentElementId, evidence.RevisionNumber, evidence.Title));
        Assert.True(await AuditedAsync("AssessmentApplied", organisation.Id));
        Assert.True(await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == body.Admin.Email && m.Subject.StartsWith("New application for assessment"))));
    }

    [DbFact]
    public async Task Apply_LaterEditsRevisionsAndDeletes_DoNotChangeTheSnapshot()
    {
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        var body = await App.Data.CreateBodyWithUsersAsync();
        var record = await App.Data.StartSelfAssessmentAsync(organisation.Id);
        var original = TestData.Pdf("original " + Guid.NewGuid());
        var item = await App.Data.CreateEvidenceAsync(organisation.Id, "Complaints procedure", linkToElement: "4.3.2", content: original);
        await App.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(organisation.Id, record.Id, "4.3.2",
            new UpdateElementRequest { RatingKey = "Compliance", Narrative = "As submitted.", ExpectedVersion = 0 }, As(organisation.Admin)));
        var assessment = await Service(s => s.ApplyAsync(organisation.Id, TestData.Application(body.Id), As(organisation.Admin)));
        var a = new TestAssessment(assessment.Id, organisation, body);
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.Assigned);

        await App.WithServicesAsync(async sp =>
        {
            var evidence = sp.GetRequiredService<EvidenceService>();
            await sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(organisation.Id, record.Id, "4.3.2",
                new UpdateElementRequest { RatingKey = "PartialCompliance", Narrative = "Rewritten after applying.", ExpectedVersion = 1 }, As(organisation.Admin));
            await evidence.UpdateAsync(organisation.Id, item.Id, new EvidenceDetailsRequest { Title = "Renamed", Kind = EvidenceKind.Document }, As(organisation.Admin));
            await evidence.AddRevisionAsync(organisation.Id, item.Id, new AddRevisionRequest(), [TestData.Upload(TestData.Pdf("revised " + Guid.NewGuid()), "new.pdf")], As(organisation.Admin));
            await evidence.DeleteAsync(organisation.Id, item.Id, As(organisation.Admin));
            return true;
        });

        var element = await ElementAsync(assessment.Id, "4.3.2");
        Assert.Equal(("Compliance", "As submitted."), (element.SelfRatingKey, element.Narrative));
        var frozen = await App.WithDbAsync(db => db.Set<AssessmentEvidence>().SingleAsync(e => e.AssessmentId == assessment.Id));
        Assert.Equal(("Complaints procedure", 1), (frozen.Title, frozen.RevisionNumber));
        var access = await AccessAsync(assessment.Id, a.Lead);
        var files = await AsTenantAsync(s => s.UseCertificationBody(body.Id), db => SnapshotEvidence.FilesAsync(db, access));
        var file = Assert.Single(files);
        Assert.Equal(frozen.EvidenceRevisionId, file.EvidenceRevisionId);
        var download = await AsTenantAsync(s => s.UseCertificationBody(body.Id), db => SnapshotEvidence.OpenAsync(db, App.Services.GetRequiredService<IEvidenceStore>(), access, file.FileId));
        Assert.NotNull(download);
        await using var content = download.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(original, copy.ToArray());
    }

    [DbFact]
    public async Task Apply_WithoutAnOpenSelfAssessment_IsRefused()
    {
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        var body = await App.Data.CreateBodyAsync();

        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.ApplyAsync(organisation.Id, TestData.Application(body.Id), As(organisation.Admin))));
    }

    [DbFact]
    public async Task Apply_WhileAnotherIsInProgress_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync();

        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.ApplyAsync(a.Organisation.Id, TestData.Application(a.Body.Id), As(a.Organisation.Admin))));
    }

    [DbFact]
    public async Task Apply_AsOrganisationMemberOrAnotherOrganisationsAdmin_IsForbidden()
    {
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        var other = await App.Data.CreateOrganisationWithUsersAsync();
        var body = await App.Data.CreateBodyAsync();
        await App.Data.StartSelfAssessmentAsync(organisation.Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.ApplyAsync(organisation.Id, TestData.Application(body.Id), As(organisation.Member))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.ApplyAsync(organisation.Id, TestData.Application(body.Id), As(other.Admin))));
    }

    [DbFact]
    public async Task Apply_MissingOrInvalidFields_AreRefusedWithGovUkWording()
    {
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        await App.Data.StartSelfAssessmentAsync(organisation.Id);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.ApplyAsync(organisation.Id, new ApplyForAssessmentRequest
        {
            CertificationBodyId = Guid.NewGuid(), ScopeKind = ScopeKind.NamedServices, StaffNumbers = 0, ContactEmail = "not an email",
        }, As(organisation.Admin))));

        Assert.Equal(["Select a certification body"], e.Errors[nameof(ApplyForAssessmentRequest.CertificationBodyId)]);
        Assert.Equal(["Select the type of assessment"], e.Errors[nameof(ApplyForAssessmentRequest.Type)]);
        Assert.Equal(["Enter the services or departments the assessment covers"], e.Errors[nameof(ApplyForAssessmentRequest.ScopeDescription)]);
        Assert.Equal(["Enter the sites the assessment covers"], e.Errors[nameof(ApplyForAssessmentRequest.Sites)]);
        Assert.Equal(["Enter the number of staff as a whole number, like 250"], e.Errors[nameof(ApplyForAssessmentRequest.StaffNumbers)]);
        Assert.Equal(["Enter the contact's name"], e.Errors[nameof(ApplyForAssessmentRequest.ContactName)]);
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], e.Errors[nameof(ApplyForAssessmentRequest.ContactEmail)]);
    }

    [DbFact]
    public async Task Apply_AnnualReviewWithNoEarlierCertifiedAssessment_IsRefused()
    {
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        var body = await App.Data.CreateBodyAsync();
        await App.Data.StartSelfAssessmentAsync(organisation.Id);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.ApplyAsync(organisation.Id,
            TestData.Application(body.Id, AssessmentType.AnnualReview) with { InScopeElements = ["1.1.1"] }, As(organisation.Admin))));

        Assert.Equal(["Select initial assessment or reassessment: there is no earlier certified assessment to review"], e.Errors[nameof(ApplyForAssessmentRequest.Type)]);
    }

    [DbFact]
    public async Task AcceptAndDecline_ByTheBodyAdmin_MoveTheStatusOnce_AndNobodyElseMay()
    {
        var accepted = await App.Data.CreateAssessmentAsync();
        var declined = await App.Data.CreateAssessmentAsync();

        // The body's assessor is on no team yet, so to them the application does not exist.
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.AcceptAsync(accepted.Body.Id, accepted.Id, As(accepted.Lead))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.AcceptAsync(accepted.Body.Id, accepted.Id, As(accepted.Organisation.Admin))));
        await Service(s => s.AcceptAsync(accepted.Body.Id, accepted.Id, As(accepted.Body.Admin)));
        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.AcceptAsync(accepted.Body.Id, accepted.Id, As(accepted.Body.Admin))));
        var missingReason = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.DeclineAsync(declined.Body.Id, declined.Id, new DeclineAssessmentRequest(), As(declined.Body.Admin))));
        await Service(s => s.DeclineAsync(declined.Body.Id, declined.Id, new DeclineAssessmentRequest { Reason = "We have no assessor free this year." }, As(declined.Body.Admin)));

        Assert.Equal(AssessmentStatus.Accepted, (await LoadAsync(accepted.Id)).Status);
        var decline = await LoadAsync(declined.Id);
        Assert.Equal((AssessmentStatus.Declined, "We have no assessor free this year."), (decline.Status, decline.DeclineReason));
        Assert.Equal(["Enter the reason for declining the application"], missingReason.Errors[nameof(DeclineAssessmentRequest.Reason)]);
        Assert.True(await AuditedAsync("AssessmentAccepted", accepted.Organisation.Id));
        Assert.True(await AuditedAsync("AssessmentDeclined", declined.Organisation.Id));
    }

    [DbFact]
    public async Task AcceptOrDecline_OtherBodysAdmin_IsNotFound()
    {
        var a = await App.Data.CreateAssessmentAsync();
        var other = await App.Data.CreateBodyWithUsersAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.AcceptAsync(other.Id, a.Id, As(other.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.AcceptAsync(a.Body.Id, a.Id, As(other.Admin))));
    }

    [DbFact]
    public async Task Assign_AssessorWithADeclaredConflict_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        await App.WithServicesAsync(sp => sp.GetRequiredService<CertificationBodyService>().DeclareConflictAsync(a.Body.Id,
            new DeclareConflictRequest { AssessorUserId = a.Lead.Id, OrganisationId = a.Organisation.Id, Reason = "Advised them last year" }, As(a.Body.Admin)));

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.AssignAsync(a.Body.Id, a.Id,
            new AssignAssessorsRequest { LeadAssessorUserId = a.Lead.Id }, As(a.Body.Admin))));

        Assert.Equal([$"Test Assessor has declared a conflict of interest with {a.Organisation.Name}: select another assessor"], e.Errors[nameof(AssignAssessorsRequest.LeadAssessorUserId)]);
        var saved = await LoadAsync(a.Id);
        Assert.Null(saved.LeadAssessorUserId);
        Assert.Equal(AssessmentStatus.Accepted, saved.Status);
    }

    [DbFact]
    public async Task Assign_ConflictOnATeamMemberOrAWithdrawnConflict_RefusesOnlyTheStandingOne()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        var second = await App.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var bodies = (Func<CertificationBodyService, Task<AssessorConflict>> work) => App.WithServicesAsync(sp => work(sp.GetRequiredService<CertificationBodyService>()));
        var withdrawn = await bodies(s => s.DeclareConflictAsync(a.Body.Id, new DeclareConflictRequest { AssessorUserId = a.Lead.Id, OrganisationId = a.Organisation.Id, Reason = "Old" }, As(a.Body.Admin)));
        await App.WithServicesAsync(async sp => { await sp.GetRequiredService<CertificationBodyService>().WithdrawConflictAsync(a.Body.Id, withdrawn.Id, As(a.Body.Admin)); return true; });
        await bodies(s => s.DeclareConflictAsync(a.Body.Id, new DeclareConflictRequest { AssessorUserId = second.Id, OrganisationId = a.Organisation.Id, Reason = "Sister works there" }, As(a.Body.Admin)));

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.AssignAsync(a.Body.Id, a.Id,
            new AssignAssessorsRequest { LeadAssessorUserId = a.Lead.Id, TeamUserIds = [second.Id] }, As(a.Body.Admin))));

        Assert.False(e.Errors.ContainsKey(nameof(AssignAssessorsRequest.LeadAssessorUserId)));
        Assert.Contains("has declared a conflict of interest", Assert.Single(e.Errors[nameof(AssignAssessorsRequest.TeamUserIds)]));
    }

    [DbFact]
    public async Task Assign_DeactivatedAssessorOrOneFromAnotherBody_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        var other = await App.Data.CreateBodyWithUsersAsync();
        await App.WithServicesAsync(async sp => { await sp.GetRequiredService<CertificationBodyService>().DeactivateAssessorAsync(a.Body.Id, a.Lead.Id, As(a.Body.Admin)); return true; });

        var deactivated = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.AssignAsync(a.Body.Id, a.Id,
            new AssignAssessorsRequest { LeadAssessorUserId = a.Lead.Id }, As(a.Body.Admin))));
        var outsider = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.AssignAsync(a.Body.Id, a.Id,
            new AssignAssessorsRequest { LeadAssessorUserId = other.Member.Id }, As(a.Body.Admin))));
        var admin = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.AssignAsync(a.Body.Id, a.Id,
            new AssignAssessorsRequest { LeadAssessorUserId = a.Body.Admin.Id }, As(a.Body.Admin))));

        Assert.Equal(["Test Assessor has been deactivated: select an active assessor"], deactivated.Errors[nameof(AssignAssessorsRequest.LeadAssessorUserId)]);
        Assert.Equal([$"Select an assessor from {a.Body.Name}"], outsider.Errors[nameof(AssignAssessorsRequest.LeadAssessorUserId)]);
        Assert.Equal([$"Select an assessor from {a.Body.Name}"], admin.Errors[nameof(AssignAssessorsRequest.LeadAssessorUserId)]);
    }

    [DbFact]
    public async Task Assign_ActiveAssessors_SetsTheTeamStartsTheReviewAndSuggestsDaysFromTheBodysTable()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Accepted);
        var second = await App.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        await App.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CertificationBodyService>().ReplaceSizingAsync(a.Body.Id, new ReplaceSizingRequest
            {
                Bands = [new() { UpToStaff = 299, DeskDays = 0.5m, OnSiteDays = 1 }, new() { UpToStaff = 300, DeskDays = 1, OnSiteDays = 1.5m }, new() { DeskDays = 2, OnSiteDays = 3 }],
            }, As(a.Body.Admin));
            return true;
        });

        await Service(s => s.AssignAsync(a.Body.Id, a.Id, new AssignAssessorsRequest { LeadAssessorUserId = a.Lead.Id, TeamUserIds = [second.Id, a.Lead.Id] }, As(a.Body.Admin)));

        var saved = await LoadAsync(a.Id);
        Assert.Equal(AssessmentStatus.DesktopReview, saved.Status);
        Assert.Equal(a.Lead.Id, saved.LeadAssessorUserId);
        Assert.Equal([second.Id], saved.Team.Select(t => t.UserId));
        Assert.Equal((1m, 1.5m), (saved.SuggestedDeskDays, saved.SuggestedOnSiteDays));
        Assert.True(await AuditedAsync("AssessorsAssigned", a.Organisation.Id));
    }

    [DbFact]
    public async Task Assign_BodyWithoutATable_SuggestsTheCseDefault()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var saved = await LoadAsync(a.Id);

        Assert.Equal((1.5m, 2m), (saved.SuggestedDeskDays, saved.SuggestedOnSiteDays)); // 300 staff: the 251 to 1,000 band
    }

    [DbFact]
    public async Task AgreeDates_ValidAndInvalid_AreSavedOrRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.AgreeDatesAsync(a.Body.Id, a.Id, new AgreeDatesRequest
        {
            DocumentReviewOn = new DateOnly(2027, 3, 10), VisitStartsOn = new DateOnly(2027, 3, 9), VisitEndsOn = new DateOnly(2027, 3, 8),
        }, As(a.Lead))));
        await Service(s => s.AgreeDatesAsync(a.Body.Id, a.Id, new AgreeDatesRequest
        {
            DocumentReviewOn = new DateOnly(2027, 3, 1), VisitStartsOn = new DateOnly(2027, 3, 9), VisitEndsOn = new DateOnly(2027, 3, 10),
        }, As(a.Lead)));

        Assert.Equal(["The last day of the visit must be the same as or after the first day"], e.Errors[nameof(AgreeDatesRequest.VisitEndsOn)]);
        Assert.Equal(["The document review must be on or before the first day of the visit"], e.Errors[nameof(AgreeDatesRequest.DocumentReviewOn)]);
        var saved = await LoadAsync(a.Id);
        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 10)), (saved.DocumentReviewOn!.Value, saved.VisitStartsOn!.Value, saved.VisitEndsOn!.Value));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.AgreeDatesAsync(a.Body.Id, a.Id, new AgreeDatesRequest
        {
            DocumentReviewOn = new DateOnly(2027, 3, 1), VisitStartsOn = new DateOnly(2027, 3, 9), VisitEndsOn = new DateOnly(2027, 3, 10),
        }, As(a.Organisation.Admin))));
    }
}

public sealed class ApplicationTestsOnSqlite(SqliteApp app) : ApplicationTests(app), IClassFixture<SqliteApp>;

public sealed class ApplicationTestsOnPostgres(PostgresApp app) : ApplicationTests(app), IClassFixture<PostgresApp>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Assessments;

public abstract class DesktopReviewTests(AppFixture app) : AssessmentTestBase(app)
{
    private static readonly RecordReviewRequest Review = new() { ProvisionalRatingKey = "PartialCompliance", Note = "Profile is two years old.", Reviewed = true };

    [DbFact]
    public async Task RecordReview_AssignedAssessor_SavesTheProvisionalRatingAndNote()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        await Service(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.1", Review, As(a.Lead)));

        var element = await ElementAsync(a.Id, "1.1.1");
        Assert.Equal(("PartialCompliance", "Profile is two years old.", true), (element.ProvisionalRatingKey, element.ReviewNote, element.Reviewed));
        var progress = await App.WithDbAsync(async db => await AssessmentQueries.ProgressAsync(db, await AssessmentAccess.ForAsync(db, a.Id, a.Lead.Id)));
        Assert.Equal(new ReviewProgress(1, 57, 0), progress);
        Assert.True(await AuditedAsync("ElementReviewed", a.Organisation.Id));
    }

    [DbFact]
    public async Task RecordReview_UnassignedAssessorOfTheSameBody_IsNotFound()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var unassigned = await App.Data.CreateUserAsync(Role.Assessor, a.Body.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.1", Review, As(unassigned))));

        Assert.Null((await ElementAsync(a.Id, "1.1.1")).ReviewNote);
    }

    [DbFact]
    public async Task RecordReview_BodyAdminNotOnTheTeamOrTheOrganisation_IsForbidden()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.1", Review, As(a.Body.Admin))));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.1", Review, As(a.Organisation.Admin))));
    }

    [DbFact]
    public async Task RecordReview_UnknownRating_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.1", Review with { ProvisionalRatingKey = "Brilliant" }, As(a.Lead))));

        Assert.Equal(["Select a rating"], e.Errors[nameof(RecordReviewRequest.ProvisionalRatingKey)]);
    }

    [DbFact]
    public async Task Access_WhoMaySee_IsTheBodysAdminsTheTeamAndTheOrganisationOnly()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var unassigned = await App.Data.CreateUserAsync(Role.Assessor, a.Body.Id);
        var otherBody = await App.Data.CreateBodyWithUsersAsync();
        var otherOrganisation = await App.Data.CreateOrganisationWithUsersAsync();

        Assert.True((await AccessAsync(a.Id, a.Body.Admin)).CanSee);
        Assert.True((await AccessAsync(a.Id, a.Lead)).IsLeadAssessor);
        Assert.True((await AccessAsync(a.Id, a.Organisation.Member)).IsOrganisationMember);
        Assert.False((await AccessAsync(a.Id, unassigned)).CanSee);
        Assert.False((await AccessAsync(a.Id, otherBody.Admin)).CanSee);
        Assert.False((await AccessAsync(a.Id, otherBody.Member)).CanSee);
        Assert.False((await AccessAsync(a.Id, otherOrganisation.Admin)).CanSee);
        Assert.False((await AccessAsync(Guid.NewGuid(), a.Body.Admin)).CanSee);
    }

    [DbFact]
    public async Task VisibleAtBody_AdminSeesAll_AssessorOnlyTheirs_OthersNone()
    {
        var assigned = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        await App.Data.StartSelfAssessmentAsync(organisation.Id);
        var notAssigned = await Service(s => s.ApplyAsync(organisation.Id, TestData.Application(assigned.Body.Id), As(organisation.Admin)));
        var unassigned = await App.Data.CreateUserAsync(Role.Assessor, assigned.Body.Id);
        var visible = (TestUser user) => AsTenantAsync(s => s.UseCertificationBody(assigned.Body.Id),
            db => AssessmentQueries.VisibleAtBody(db, assigned.Body.Id, user.Id).OrderBy(a => a.AppliedAt).Select(a => a.Id).ToListAsync());

        Assert.Equal([assigned.Id, notAssigned.Id], await visible(assigned.Body.Admin));
        Assert.Equal([assigned.Id], await visible(assigned.Lead));
        Assert.Empty(await visible(unassigned));
        Assert.Empty(await visible(organisation.Admin));
    }

    [DbFact]
    public async Task Access_UnassignedAssessor_CannotListOrOpenTheSnapshotFiles_WhileTheLeadCan()
    {
        var organisation = await App.Data.CreateOrganisationWithUsersAsync();
        var body = await App.Data.CreateBodyWithUsersAsync();
        await App.Data.StartSelfAssessmentAsync(organisation.Id);
        await App.Data.CreateEvidenceAsync(organisation.Id, linkToElement: "2.1.1");
        var unlinked = await App.Data.CreateEvidenceAsync(organisation.Id);
        var assessment = await Service(s => s.ApplyAsync(organisation.Id, TestData.Application(body.Id), As(organisation.Admin)));
        var a = new TestAssessment(assessment.Id, organisation, body);
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.Assigned);
        var unassigned = await App.Data.CreateUserAsync(Role.Assessor, body.Id);
        var store = App.Services.GetRequiredService<IEvidenceStore>();
        var unlinkedFile = await App.WithDbAsync(db => db.Set<EvidenceFile>().Where(f => f.EvidenceRevisionId == db.Set<EvidenceRevision>().Where(r => r.EvidenceItemId == unlinked.Id).Select(r => r.Id).First()).Select(f => f.Id).SingleAsync());

        var leadFiles = await AsTenantAsync(s => s.UseCertificationBody(body.Id), async db => await SnapshotEvidence.FilesAsync(db, await AssessmentAccess.ForAsync(db, a.Id, a.Lead.Id)));
        var fileId = Assert.Single(leadFiles).FileId;
        var leadOpens = await AsTenantAsync(s => s.UseCertificationBody(body.Id), async db => await SnapshotEvidence.OpenAsync(db, store, await AssessmentAccess.ForAsync(db, a.Id, a.Lead.Id), fileId));
        var unassignedFiles = await AsTenantAsync(s => s.UseCertificationBody(body.Id), async db => await SnapshotEvidence.FilesAsync(db, await AssessmentAccess.ForAsync(db, a.Id, unassigned.Id)));
        var unassignedOpens = await AsTenantAsync(s => s.UseCertificationBody(body.Id), async db => await SnapshotEvidence.OpenAsync(db, store, await AssessmentAccess.ForAsync(db, a.Id, unassigned.Id), fileId));
        var notInSnapshot = await AsTenantAsync(s => s.UseCertificationBody(body.Id), async db => await SnapshotEvidence.OpenAsync(db, store, await AssessmentAccess.ForAsync(db, a.Id, a.Lead.Id), unlinkedFile));
        var bodyScopeSeesFilesDirectly = await AsTenantAsync(s => s.UseCertificationBody(body.Id), db => db.Set<EvidenceFile>().AnyAsync(f => f.Id == fileId));

        Assert.NotNull(leadOpens);
        await leadOpens.Content.DisposeAsync();
        Assert.Empty(unassignedFiles);
        Assert.Null(unassignedOpens);
        Assert.Null(notInSnapshot);
        Assert.False(bodyScopeSeesFilesDirectly);
    }

    [DbFact]
    public async Task Access_DeactivatedAssessor_LosesTheAssessment()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        await App.WithServicesAsync(async sp => { await sp.GetRequiredService<CertificationBodyService>().DeactivateAssessorAsync(a.Body.Id, a.Lead.Id, As(a.Body.Admin)); return true; });

        Assert.False((await AccessAsync(a.Id, a.Lead)).CanSee);
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.1", Review, As(a.Lead))));
    }

    [DbFact]
    public async Task Elements_Organisation_CannotSeeReviewNotesOrRatingsOrSessionNotesUntilTheReportIsReleased()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await Service(s => s.RecordReviewAsync(a.Body.Id, a.Id, "1.1.1", Review, As(a.Lead)));
        var session = await Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, VisitTests.Session(), As(a.Lead)));
        await Service(s => s.RecordSessionNoteAsync(a.Body.Id, a.Id, session.Id, new RecordSessionNoteRequest { ElementNumber = "1.1.1", Text = "Staff could not say who their customers were." }, As(a.Lead)));
        var asOrganisation = () => AsTenantAsync(s => s.UseOrganisation(a.Organisation.Id), async db =>
        {
            var access = await AssessmentAccess.ForAsync(db, a.Id, a.Organisation.Member.Id);
            return (Element: (await AssessmentQueries.ElementsAsync(db, access)).Single(e => e.Number == "1.1.1"), Notes: await AssessmentQueries.SessionNotesAsync(db, access));
        });

        var before = await asOrganisation();
        var asLead = await AsTenantAsync(s => s.UseCertificationBody(a.Body.Id), async db =>
            (await AssessmentQueries.ElementsAsync(db, await AssessmentAccess.ForAsync(db, a.Id, a.Lead.Id))).Single(e => e.Number == "1.1.1"));
        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);
        var after = await asOrganisation();

        Assert.Equal((null, null, false, null), (before.Element.ProvisionalRatingKey, before.Element.ReviewNote, before.Element.Reviewed, before.Element.FinalRatingKey));
        Assert.Empty(before.Notes);
        Assert.Equal(("PartialCompliance", "Profile is two years old."), (asLead.ProvisionalRatingKey, asLead.ReviewNote));
        Assert.Equal(("PartialCompliance", "Profile is two years old.", "Compliance"), (after.Element.ProvisionalRatingKey, after.Element.ReviewNote, after.Element.FinalRatingKey));
        Assert.Single(after.Notes);
    }

    [DbFact]
    public async Task TenantFilter_BothTenantsSeeTheAssessment_OthersDoNot()
    {
        var a = await App.Data.CreateAssessmentAsync();
        var other = await App.Data.CreateOrganisationWithUsersAsync();
        var otherBody = await App.Data.CreateBodyAsync();

        Assert.True(await AsTenantAsync(s => s.UseOrganisation(a.Organisation.Id), db => db.Set<Assessment>().AnyAsync(x => x.Id == a.Id)));
        Assert.True(await AsTenantAsync(s => s.UseCertificationBody(a.Body.Id), db => db.Set<AssessmentElement>().AnyAsync(x => x.AssessmentId == a.Id)));
        Assert.False(await AsTenantAsync(s => s.UseOrganisation(other.Id), db => db.Set<Assessment>().AnyAsync(x => x.Id == a.Id)));
        Assert.False(await AsTenantAsync(s => s.UseCertificationBody(otherBody.Id), db => db.Set<AssessmentElement>().AnyAsync(x => x.AssessmentId == a.Id)));
        Assert.False(await AsTenantAsync(_ => { }, db => db.Set<Assessment>().AnyAsync(x => x.Id == a.Id)));
    }

    [DbFact]
    public async Task EvidenceRequest_RaisedThenAnswered_FreezesTheGivenItemsBesideTheElement()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var item = await App.Data.CreateEvidenceAsync(a.Organisation.Id, "Outreach plan");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var raised = await Service(s => s.RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest
        {
            ElementNumber = "1.1.3", Text = "Please provide your outreach plan for groups you hear from least.", DueOn = today.AddDays(14),
        }, As(a.Lead)));
        var openForOrganisation = await AsTenantAsync(s => s.UseOrganisation(a.Organisation.Id), db => db.Set<EvidenceRequest>().CountAsync(r => r.Status == EvidenceRequestStatus.Open));
        await Service(s => s.AnswerEvidenceRequestAsync(a.Organisation.Id, a.Id, raised.Id, new AnswerEvidenceRequest
        {
            Comment = "Attached: the plan approved in May.", EvidenceItemIds = [item.Id],
        }, As(a.Organisation.Member)));

        Assert.Equal(1, openForOrganisation);
        var answered = await AsTenantAsync(s => s.UseCertificationBody(a.Body.Id), db => db.Set<EvidenceRequest>().SingleAsync(r => r.Id == raised.Id));
        Assert.Equal((EvidenceRequestStatus.Answered, "Attached: the plan approved in May."), (answered.Status, answered.Answer));
        var frozen = await App.WithDbAsync(db => db.Set<AssessmentEvidence>().SingleAsync(e => e.EvidenceRequestId == raised.Id));
        Assert.Equal((item.Id, (await ElementAsync(a.Id, "1.1.3")).Id, 1), (frozen.EvidenceItemId, frozen.AssessmentElementId, frozen.RevisionNumber));
        var files = await AsTenantAsync(s => s.UseCertificationBody(a.Body.Id), async db => await SnapshotEvidence.FilesAsync(db, await AssessmentAccess.ForAsync(db, a.Id, a.Lead.Id)));
        Assert.Single(files);
        Assert.True(await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Subject.Contains("1.1.3"))));
        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.AnswerEvidenceRequestAsync(a.Organisation.Id, a.Id, raised.Id,
            new AnswerEvidenceRequest { Comment = "Again" }, As(a.Organisation.Member))));
    }

    [DbFact]
    public async Task EvidenceRequest_DueInThePastOrOnAnUnknownElement_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest
        {
            ElementNumber = "9.9.9", Text = "Please provide…", DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        }, As(a.Lead))));
        var empty = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest(), As(a.Lead))));

        Assert.Equal(["Select an element this assessment covers"], e.Errors[nameof(RaiseEvidenceRequest.ElementNumber)]);
        Assert.Equal(["The date the evidence is due must be today or in the future"], e.Errors[nameof(RaiseEvidenceRequest.DueOn)]);
        Assert.Equal(["Select the element"], empty.Errors[nameof(RaiseEvidenceRequest.ElementNumber)]);
        Assert.Equal(["Enter what the organisation should provide"], empty.Errors[nameof(RaiseEvidenceRequest.Text)]);
        Assert.Equal(["Enter the date the evidence is due"], empty.Errors[nameof(RaiseEvidenceRequest.DueOn)]);
    }

    [DbFact]
    public async Task AnswerEvidenceRequest_WithAnotherOrganisationsItem_IsRefused_AndByAnotherOrganisation_IsNotFound()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var other = await App.Data.CreateOrganisationWithUsersAsync();
        var theirs = await App.Data.CreateEvidenceAsync(other.Id);
        var raised = await Service(s => s.RaiseEvidenceRequestAsync(a.Body.Id, a.Id, new RaiseEvidenceRequest
        {
            ElementNumber = "2.2.1", Text = "Please provide the training record.", DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7),
        }, As(a.Lead)));

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.AnswerEvidenceRequestAsync(a.Organisation.Id, a.Id, raised.Id,
            new AnswerEvidenceRequest { Comment = "Here", EvidenceItemIds = [theirs.Id] }, As(a.Organisation.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.AnswerEvidenceRequestAsync(a.Organisation.Id, a.Id, raised.Id,
            new AnswerEvidenceRequest { Comment = "Here" }, As(other.Admin))));

        Assert.Equal(["Select evidence from your organisation's library"], e.Errors[nameof(AnswerEvidenceRequest.EvidenceItemIds)]);
    }
}

public sealed class DesktopReviewTestsOnSqlite(SqliteApp app) : DesktopReviewTests(app), IClassFixture<SqliteApp>;

public sealed class DesktopReviewTestsOnPostgres(PostgresApp app) : DesktopReviewTests(app), IClassFixture<PostgresApp>;

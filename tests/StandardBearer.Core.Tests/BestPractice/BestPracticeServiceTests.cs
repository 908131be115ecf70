using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Tests.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.BestPractice;

/// <summary>
/// A case from draft to the public library: the organisation describes and consents (or declines, or withdraws),
/// the standard owner moderates. Nothing is published without both, and each side sees only what it should.
/// </summary>
public abstract class BestPracticeServiceTests(AppFixture app) : AssessmentTestBase(app)
{
    private Task<T> Cases<T>(Func<BestPracticeService, Task<T>> work) => App.WithServicesAsync(sp => work(sp.GetRequiredService<BestPracticeService>()));

    private Task<BestPracticeCase> CaseAsync(Guid id) => App.WithDbAsync(db => db.BestPracticeCases.AsNoTracking().SingleAsync(c => c.Id == id));

    private Task<BestPracticeCase> Describe(TestBestPracticeCase c, TestUser user, DescribeCaseRequest? request = null) =>
        Cases(s => s.DescribeAsync(c.Organisation.Id, c.Id, request ?? TestData.CaseDescription(), As(user)));

    private Task<BestPracticeCase> Consent(TestBestPracticeCase c, TestUser? user = null) =>
        Cases(s => s.ConsentAsync(c.Organisation.Id, c.Id, As(user ?? c.Organisation.Admin)));

    private Task<BestPracticeCase> Publish(TestBestPracticeCase c) => Cases(s => s.PublishAsync(c.Id, As(c.Owner)));

    private Task<IReadOnlyList<CaseRow>> ModerationListAsync(CaseStatus? status = null) =>
        App.WithDbAsync(db => BestPracticeQueries.ModerationListAsync(db, status, default));

    private Task<bool> EmailedAsync(string to, string subject) =>
        App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == to && m.Subject == subject));

    [DbFact]
    public async Task Describe_ConsentAndPublish_MakesItPublished_WithAuditRowsAndAnEmailToTheAdmins()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync();

        var described = await Describe(c, c.Organisation.Member);
        Assert.Equal(CaseStatus.Draft, described.Status);
        var consented = await Consent(c);
        Assert.Equal(CaseStatus.Submitted, consented.Status);
        Assert.NotNull(consented.ConsentedAt);
        Assert.Equal(c.Organisation.Admin.Id, consented.ConsentedByUserId);
        await Publish(c);

        var published = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        Assert.Equal(c.Owner.Id, published.ModeratedByUserId);
        Assert.Equal("Residents' panel reviews every complaint", published.Title);
        Assert.Equal(c.Organisation.Member.Id, (await App.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == "BestPracticeCaseDescribed" && e.Subject == $"BestPracticeCase/{c.Id}").Select(e => e.UserId).SingleAsync())));
        foreach (var action in new[] { "BestPracticeConsentGiven", "BestPracticeCasePublished" })
            Assert.True(await AuditedAsync(action, c.Organisation.Id), action);
        Assert.True(await EmailedAsync(c.Organisation.Admin.Email, "Your best-practice case has been published"));
        Assert.False(await EmailedAsync(c.Organisation.Member.Email, "Your best-practice case has been published"));
    }

    [DbFact]
    public async Task Describe_MissingTooLongOrBadEmail_GivesEveryErrorByField_AndSavesNothing()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Describe(c, c.Organisation.Admin, new DescribeCaseRequest
        {
            Title = " ", Description = null, ContactName = new string('x', 201), ContactEmail = "not an email", Results = new string('r', 4001),
        }));

        Assert.Equal(["Enter a title"], e.Errors[nameof(DescribeCaseRequest.Title)]);
        Assert.Equal(["Enter what you do"], e.Errors[nameof(DescribeCaseRequest.Description)]);
        Assert.Equal(["Contact name must be 200 characters or fewer"], e.Errors[nameof(DescribeCaseRequest.ContactName)]);
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], e.Errors[nameof(DescribeCaseRequest.ContactEmail)]);
        Assert.Equal(["Results must be 4,000 characters or fewer"], e.Errors[nameof(DescribeCaseRequest.Results)]);
        Assert.Null((await CaseAsync(c.Id)).Title);
    }

    [DbFact]
    public async Task Consent_WithoutADescription_NamesEachMissingPart_AndStaysADraft()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Consent(c));

        Assert.Equal(["Enter a title before you consent to publication"], e.Errors[nameof(DescribeCaseRequest.Title)]);
        Assert.Equal(["Enter what you do before you consent to publication"], e.Errors[nameof(DescribeCaseRequest.Description)]);
        Assert.Equal(["Enter a contact name before you consent to publication"], e.Errors[nameof(DescribeCaseRequest.ContactName)]);
        Assert.Equal(["Enter a contact email address before you consent to publication"], e.Errors[nameof(DescribeCaseRequest.ContactEmail)]);
        Assert.False(e.Errors.ContainsKey(nameof(DescribeCaseRequest.Results)));
        var draft = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Draft, draft.Status);
        Assert.Null(draft.ConsentedAt);
    }

    [DbFact]
    public async Task ConsentDeclineAndWithdraw_AsAMember_AreForbidden()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync();
        await Describe(c, c.Organisation.Member);
        var member = As(c.Organisation.Member);

        await Assert.ThrowsAsync<ForbiddenException>(() => Cases(s => s.ConsentAsync(c.Organisation.Id, c.Id, member)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Cases(s => s.DeclineAsync(c.Organisation.Id, c.Id, new DeclineCaseRequest(), member)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Cases(s => s.WithdrawConsentAsync(c.Organisation.Id, c.Id, member)));
        Assert.Equal(CaseStatus.Draft, (await CaseAsync(c.Id)).Status);
    }

    [DbFact]
    public async Task NothingIsPublished_WithoutConsentAndModeration()
    {
        var draft = await App.Data.CreateBestPracticeCaseAsync();
        var declined = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Declined);
        var sentBack = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.ChangesRequested);
        var submitted = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var organisationAdmin = As(submitted.Organisation.Admin);

        // The owner cannot see a case without consent, so cannot publish it.
        await Assert.ThrowsAsync<NotFoundException>(() => Publish(draft));
        await Assert.ThrowsAsync<NotFoundException>(() => Publish(declined));
        // Sent back for changes: its consent lapsed until the organisation consents again.
        Assert.Contains("consented to and submitted", (await Assert.ThrowsAsync<ConflictException>(() => Publish(sentBack))).Message);
        // Only the standard owner moderates, even the organisation's own admin cannot publish.
        await Assert.ThrowsAsync<ForbiddenException>(() => Cases(s => s.PublishAsync(submitted.Id, organisationAdmin)));

        foreach (var c in new[] { draft, declined, sentBack, submitted })
            Assert.NotEqual(CaseStatus.Published, (await CaseAsync(c.Id)).Status);
        Assert.Null((await CaseAsync(sentBack.Id)).ConsentedAt);
    }

    [DbFact]
    public async Task RequestChanges_NeedsANote_SendsItBack_AndConsentingAgainResubmits()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Cases(s => s.RequestChangesAsync(c.Id, new RequestCaseChangesRequest { Note = "  " }, As(c.Owner))));
        Assert.Equal(["Enter what the organisation should change"], e.Errors[nameof(RequestCaseChangesRequest.Note)]);
        await Cases(s => s.RequestChangesAsync(c.Id, new RequestCaseChangesRequest { Note = "Say how many residents took part." }, As(c.Owner)));

        var sentBack = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.ChangesRequested, sentBack.Status);
        Assert.Equal("Say how many residents took part.", sentBack.ModerationNote);
        Assert.True(await EmailedAsync(c.Organisation.Admin.Email, "Changes requested to your best-practice case"));

        await Describe(c, c.Organisation.Member, TestData.CaseDescription() with { Results = "120 residents took part; repeat complaints halved." });
        Assert.Equal(CaseStatus.ChangesRequested, (await CaseAsync(c.Id)).Status);
        await Consent(c);
        await Publish(c);
        var published = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Published, published.Status);
        Assert.Null(published.ModerationNote);
    }

    [DbFact]
    public async Task Reject_NeedsAReason_AndIsFinal()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Cases(s => s.RejectAsync(c.Id, new RejectCaseRequest(), As(c.Owner))));
        Assert.Equal(["Enter the reason for rejecting the case"], e.Errors[nameof(RejectCaseRequest.Reason)]);
        await Cases(s => s.RejectAsync(c.Id, new RejectCaseRequest { Reason = "This is good practice but not beyond the standard." }, As(c.Owner)));

        Assert.Equal(CaseStatus.Rejected, (await CaseAsync(c.Id)).Status);
        Assert.True(await EmailedAsync(c.Organisation.Admin.Email, "Your best-practice case will not be published"));
        await Assert.ThrowsAsync<ConflictException>(() => Publish(c));
        await Assert.ThrowsAsync<ConflictException>(() => Consent(c));
        await Assert.ThrowsAsync<ConflictException>(() => Describe(c, c.Organisation.Admin));
        await Assert.ThrowsAsync<ConflictException>(() => Cases(s => s.WithdrawConsentAsync(c.Organisation.Id, c.Id, As(c.Organisation.Admin))));
        Assert.Equal(CaseStatus.Rejected, (await CaseAsync(c.Id)).Status);
    }

    [DbFact]
    public async Task Decline_KeepsTheReason_AndTheOrganisationCanDescribeAndConsentLater()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync();

        await Cases(s => s.DeclineAsync(c.Organisation.Id, c.Id, new DeclineCaseRequest { Reason = "We are changing the scheme." }, As(c.Organisation.Admin)));
        var declined = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Declined, declined.Status);
        Assert.Equal("We are changing the scheme.", declined.DeclineReason);
        Assert.DoesNotContain(c.Id, (await ModerationListAsync()).Select(r => r.Id));

        await Describe(c, c.Organisation.Admin);
        Assert.Equal(CaseStatus.Declined, (await CaseAsync(c.Id)).Status);
        await Consent(c);
        var submitted = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Submitted, submitted.Status);
        Assert.Null(submitted.DeclineReason);
        Assert.True(await AuditedAsync("BestPracticeDeclined", c.Organisation.Id));
    }

    [DbFact]
    public async Task WithdrawConsent_FromPublished_TakesItOutOfTheLibrary_AndTheOwnerNoLongerSeesIt()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Published);

        await Cases(s => s.WithdrawConsentAsync(c.Organisation.Id, c.Id, As(c.Organisation.Admin)));

        var withdrawn = await CaseAsync(c.Id);
        Assert.Equal(CaseStatus.Declined, withdrawn.Status);
        Assert.Null(withdrawn.PublishedAt);
        Assert.Null(withdrawn.ConsentedAt);
        Assert.False(await App.WithDbAsync(db => db.BestPracticeCases.AnyAsync(x => x.Id == c.Id && x.Status == CaseStatus.Published)));
        Assert.Null(await App.WithDbAsync(db => BestPracticeQueries.ModerationDetailsAsync(db, c.Id, default)));
        Assert.True(await AuditedAsync("BestPracticeConsentWithdrawn", c.Organisation.Id));
    }

    [DbFact]
    public async Task WrongState_IsAConflict_WithAClearMessage()
    {
        var published = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Published);
        var submitted = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var draft = await App.Data.CreateBestPracticeCaseAsync();

        Assert.Equal("You cannot change the description while the case is 'Published'.",
            (await Assert.ThrowsAsync<ConflictException>(() => Describe(published, published.Organisation.Admin))).Message);
        Assert.Equal("You have already consented: the case is awaiting moderation.", (await Assert.ThrowsAsync<ConflictException>(() => Consent(submitted))).Message);
        Assert.Equal("You have consented to publication: withdraw your consent instead.",
            (await Assert.ThrowsAsync<ConflictException>(() => Cases(s => s.DeclineAsync(submitted.Organisation.Id, submitted.Id, new DeclineCaseRequest(), As(submitted.Organisation.Admin))))).Message);
        Assert.Equal("There is no consent to withdraw: the case is 'Draft'.",
            (await Assert.ThrowsAsync<ConflictException>(() => Cases(s => s.WithdrawConsentAsync(draft.Organisation.Id, draft.Id, As(draft.Organisation.Admin))))).Message);
        await Assert.ThrowsAsync<ConflictException>(() => Cases(s => s.RequestChangesAsync(published.Id, new RequestCaseChangesRequest { Note = "More." }, As(published.Owner))));

        // Editing a submitted case keeps it submitted.
        await Describe(submitted, submitted.Organisation.Member, TestData.CaseDescription("A better title"));
        var edited = await CaseAsync(submitted.Id);
        Assert.Equal(CaseStatus.Submitted, edited.Status);
        Assert.Equal("A better title", edited.Title);
    }

    [DbFact]
    public async Task TheOwner_SeesOnlyConsentedCases_SubmittedFirst()
    {
        var draft = await App.Data.CreateBestPracticeCaseAsync();
        var declined = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Declined);
        var published = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Published);
        var submitted = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var rejected = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Rejected);

        var all = await ModerationListAsync();
        var ids = all.Select(r => r.Id).ToList();

        Assert.DoesNotContain(draft.Id, ids);
        Assert.DoesNotContain(declined.Id, ids);
        Assert.Contains(published.Id, ids);
        Assert.Contains(rejected.Id, ids);
        // Every case awaiting moderation comes before every other (the fixture's database is shared by the class's tests).
        var awaiting = all.TakeWhile(r => r.Status == CaseStatus.Submitted).ToList();
        Assert.Contains(awaiting, r => r.Id == submitted.Id && r.OrganisationName == submitted.Organisation.Name);
        Assert.DoesNotContain(all.Skip(awaiting.Count), r => r.Status == CaseStatus.Submitted);
        var onlyPublished = await ModerationListAsync(CaseStatus.Published);
        Assert.Contains(onlyPublished, r => r.Id == published.Id);
        Assert.All(onlyPublished, r => Assert.Equal(CaseStatus.Published, r.Status));
        Assert.Empty(await ModerationListAsync(CaseStatus.Draft));
        Assert.Null(await App.WithDbAsync(db => BestPracticeQueries.ModerationDetailsAsync(db, draft.Id, default)));
        Assert.Equal(submitted.Organisation.Name, (await App.WithDbAsync(db => BestPracticeQueries.ModerationDetailsAsync(db, submitted.Id, default)))!.OrganisationName);
    }

    [DbFact]
    public async Task TheOrganisation_CannotSeeACase_BeforeItsReportIsReleased()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await Service(s => s.RateElementAsync(a.Body.Id, a.Id, "1.1.1", new RateElementRequest { RatingKey = "CompliancePlus", Comment = "Exemplary." }, As(a.Lead)));
        var id = await App.WithDbAsync(db => db.BestPracticeCases.Where(c => c.AssessmentId == a.Id).Select(c => c.Id).SingleAsync());
        var asOrganisation = () => AsTenantAsync(s => s.UseOrganisation(a.Organisation.Id), db => BestPracticeQueries.OrganisationListAsync(db, a.Organisation.Id, default));

        Assert.Empty(await asOrganisation());
        await Assert.ThrowsAsync<NotFoundException>(() => Cases(s => s.DescribeAsync(a.Organisation.Id, id, TestData.CaseDescription(), As(a.Organisation.Admin))));

        await App.Data.AdvanceAssessmentAsync(a, AssessmentStage.ReportReleased);
        Assert.Equal([id], (await asOrganisation()).Select(r => r.Id));
        Assert.True(await EmailedAsync(a.Organisation.Admin.Email, "Your draft assessment report is ready"));
        Assert.True(await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == a.Organisation.Admin.Email && m.Body.Contains("1 element was rated Compliance Plus: you are invited to describe it for the best-practice library"))));
    }

    [DbFact]
    public async Task ReleasingAReport_WithoutCompliancePlus_DoesNotMentionTheLibrary()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.ReportReleased);

        var body = await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == a.Organisation.Admin.Email && m.Subject == "Your draft assessment report is ready").Select(m => m.Body).SingleAsync());
        Assert.DoesNotContain("best-practice", body);
    }

    [DbFact]
    public async Task AnotherOrganisation_CannotSeeOrChangeTheCase()
    {
        var c = await App.Data.CreateBestPracticeCaseAsync(CaseStatus.Submitted);
        var other = await App.Data.CreateOrganisationWithUsersAsync();
        var outsider = As(other.Admin);

        Assert.Empty(await AsTenantAsync(s => s.UseOrganisation(other.Id), db => db.BestPracticeCases.ToListAsync()));
        Assert.Empty(await AsTenantAsync(s => s.UseOrganisation(other.Id), db => BestPracticeQueries.OrganisationListAsync(db, other.Id, default)));
        Assert.Null(await AsTenantAsync(s => s.UseOrganisation(other.Id), db => BestPracticeQueries.OrganisationDetailsAsync(db, other.Id, c.Id, default)));
        // Naming their own organisation, or the case's: not found either way.
        await Assert.ThrowsAsync<NotFoundException>(() => Cases(s => s.DescribeAsync(other.Id, c.Id, TestData.CaseDescription(), outsider)));
        await Assert.ThrowsAsync<NotFoundException>(() => Cases(s => s.DescribeAsync(c.Organisation.Id, c.Id, TestData.CaseDescription(), outsider)));
        await Assert.ThrowsAsync<NotFoundException>(() => Cases(s => s.WithdrawConsentAsync(c.Organisation.Id, c.Id, outsider)));
        Assert.Equal(CaseStatus.Submitted, (await CaseAsync(c.Id)).Status);
    }
}

public sealed class BestPracticeServiceTestsOnSqlite(SqliteApp app) : BestPracticeServiceTests(app), IClassFixture<SqliteApp>;

public sealed class BestPracticeServiceTestsOnPostgres(PostgresApp app) : BestPracticeServiceTests(app), IClassFixture<PostgresApp>;

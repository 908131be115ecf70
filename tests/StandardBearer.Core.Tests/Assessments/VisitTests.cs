using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Assessments;

public abstract class VisitTests(AppFixture app) : AssessmentTestBase(app)
{
    public static PlanSessionRequest Session() => new()
    {
        Date = new DateOnly(2027, 3, 9), StartsAt = new TimeOnly(10, 0), EndsAt = new TimeOnly(11, 0), Site = "Visitor centre",
        Kind = SessionKind.CustomerInterview, Participants = "Four residents who complained last year", ElementNumbers = ["4.3.2", "1.1.1", " 4.3.2 "],
    };

    [DbFact]
    public async Task PlanSession_Valid_IsSavedWithItsElementsOnceInTheStandardsOrder()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var session = await Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, Session(), As(a.Lead)));

        var saved = await App.WithDbAsync(db => db.Set<VisitSession>().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(["1.1.1", "4.3.2"], saved.ElementNumbers);
        Assert.Equal((SessionKind.CustomerInterview, "Visitor centre", new TimeOnly(10, 0)), (saved.Kind, saved.Site, saved.StartsAt));
        Assert.True(await AuditedAsync("VisitSessionPlanned", a.Organisation.Id));
    }

    [DbFact]
    public async Task PlanSession_EndsBeforeItStartsOrUnknownElements_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.PlanSessionAsync(a.Body.Id, a.Id,
            Session() with { EndsAt = new TimeOnly(9, 0), ElementNumbers = ["7.7.7"] }, As(a.Lead))));
        var empty = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, new PlanSessionRequest(), As(a.Lead))));

        Assert.Equal(["The end time must be after the start time"], e.Errors[nameof(PlanSessionRequest.EndsAt)]);
        Assert.Equal(["Select elements of this assessment"], e.Errors[nameof(PlanSessionRequest.ElementNumbers)]);
        Assert.Equal(["Enter the date of the session"], empty.Errors[nameof(PlanSessionRequest.Date)]);
        Assert.Equal(["Select the kind of session"], empty.Errors[nameof(PlanSessionRequest.Kind)]);
        Assert.Equal(["Enter where the session takes place"], empty.Errors[nameof(PlanSessionRequest.Site)]);
    }

    [DbFact]
    public async Task PlanSession_UnassignedAssessor_IsNotFound()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var unassigned = await App.Data.CreateUserAsync(Role.Assessor, a.Body.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, Session(), As(unassigned))));
    }

    [DbFact]
    public async Task UpdateSession_NewDetails_ReplaceTheOld()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, Session(), As(a.Lead)));

        await Service(s => s.UpdateSessionAsync(a.Body.Id, a.Id, session.Id, Session() with { Kind = SessionKind.FeedbackMeeting, Site = "Town hall", ElementNumbers = [] }, As(a.Lead)));

        var saved = await App.WithDbAsync(db => db.Set<VisitSession>().SingleAsync(s => s.Id == session.Id));
        Assert.Equal((SessionKind.FeedbackMeeting, "Town hall"), (saved.Kind, saved.Site));
        Assert.Empty(saved.ElementNumbers);
    }

    [DbFact]
    public async Task RecordSessionNote_First_MovesTheAssessmentOnSite_AndTheSessionCanNoLongerBeRemoved()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var kept = await Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, Session(), As(a.Lead)));
        var dropped = await Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, Session() with { StartsAt = new TimeOnly(14, 0), EndsAt = new TimeOnly(15, 0) }, As(a.Lead)));

        await Service(s => s.RecordSessionNoteAsync(a.Body.Id, a.Id, kept.Id, new RecordSessionNoteRequest { ElementNumber = "4.3.2", Text = "All four knew how to complain." }, As(a.Lead)));
        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.RemoveSessionAsync(a.Body.Id, a.Id, kept.Id, As(a.Lead))));
        await Service(s => s.RemoveSessionAsync(a.Body.Id, a.Id, dropped.Id, As(a.Lead)));

        Assert.Equal(AssessmentStatus.OnSite, (await LoadAsync(a.Id)).Status);
        Assert.Equal([kept.Id], await App.WithDbAsync(db => db.Set<VisitSession>().Where(s => s.AssessmentId == a.Id).Select(s => s.Id).ToListAsync()));
        Assert.True(await AuditedAsync("SessionNoteRecorded", a.Organisation.Id));
        Assert.True(await AuditedAsync("VisitSessionRemoved", a.Organisation.Id));
    }

    [DbFact]
    public async Task RecordSessionNote_UnknownElementOrNoText_IsRefused()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        var session = await Service(s => s.PlanSessionAsync(a.Body.Id, a.Id, Session(), As(a.Lead)));

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.RecordSessionNoteAsync(a.Body.Id, a.Id, session.Id,
            new RecordSessionNoteRequest { ElementNumber = "8.1.1" }, As(a.Lead))));

        Assert.Equal(["Select an element of this assessment"], e.Errors[nameof(RecordSessionNoteRequest.ElementNumber)]);
        Assert.Equal(["Enter the note"], e.Errors[nameof(RecordSessionNoteRequest.Text)]);
    }
}

public sealed class VisitTestsOnSqlite(SqliteApp app) : VisitTests(app), IClassFixture<SqliteApp>;

public sealed class VisitTestsOnPostgres(PostgresApp app) : VisitTests(app), IClassFixture<PostgresApp>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;
using StandardBearer.Core.Tests.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Certification;

/// <summary>
/// The daily job on chosen days. Each run builds the job afresh in a new scope, as a restarted process would, so
/// "no duplicates after a restart" is what these tests check each time they run it twice. The class's database is
/// shared, so assertions look only at the certificate each test made.
/// </summary>
public abstract class CertificateRemindersTests(AppFixture app) : AssessmentTestBase(app)
{
    private readonly ManualTime clock = new(DateTimeOffset.UtcNow);

    private Task<ReminderRun> RunOnAsync(DateOnly day)
    {
        clock.SetDay(day);
        return App.WithServicesAsync(sp => new CertificateReminders(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<IEmailSender>(),
            sp.GetRequiredService<CertificateService>(), clock).RunAsync());
    }

    private Task<Certificate> CertificateOfAsync(TestAssessment a) =>
        App.WithDbAsync(db => db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.OrganisationId == a.Organisation.Id));

    private Task<List<string>> MailAsync(string to) =>
        App.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == to).OrderBy(m => m.CreatedAt).Select(m => m.Subject).ToListAsync());

    private Task<List<(CertificateMilestoneKind, ReminderStage)>> RemindersAsync(Guid certificateId) =>
        App.WithDbAsync(async db => (await db.Set<CertificateReminder>().Where(r => r.CertificateId == certificateId).ToListAsync())
            .OrderBy(r => r.SentAt).Select(r => (r.Milestone, r.Stage)).ToList());

    private static List<string> Reminders(IEnumerable<string> subjects) =>
        subjects.Where(s => s.StartsWith("Reminder:", StringComparison.Ordinal) || s.StartsWith("Overdue:", StringComparison.Ordinal)).ToList();

    [DbFact]
    public async Task Run_90DaysBeforeTheFirstReview_RemindsTheOrganisationAndTheBodyOnce_EvenAfterARestart()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);
        var due = certificate.IssuedOn.AddYears(1);

        await RunOnAsync(due.AddDays(-91));
        var tooEarly = Reminders(await MailAsync(a.Organisation.Admin.Email));
        await RunOnAsync(due.AddDays(-90));
        await RunOnAsync(due.AddDays(-90)); // restarted the same day
        await RunOnAsync(due.AddDays(-60));

        Assert.Empty(tooEarly);
        var expected = $"Reminder: the first annual review of {a.Organisation.Name} is due on {Common.Dates.Day(due)}";
        Assert.Equal([expected], Reminders(await MailAsync(a.Organisation.Admin.Email)));
        Assert.Equal([expected], Reminders(await MailAsync(a.Body.Admin.Email)));
        Assert.Equal([(CertificateMilestoneKind.FirstAnnualReview, ReminderStage.Days90)], await RemindersAsync(certificate.Id));
    }

    [DbFact]
    public async Task Run_EachStageInTurn_SendsOnePerStage_AndAfterADowntimeOnlyTheLatest()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);
        var due = certificate.IssuedOn.AddYears(1);

        await RunOnAsync(due.AddDays(-90));
        await RunOnAsync(due.AddDays(-30));
        await RunOnAsync(due.AddDays(-29));
        // Down for the last week: the 7-day reminder is skipped, the overdue one goes.
        await RunOnAsync(due.AddDays(3));

        Assert.Equal(
        [
            (CertificateMilestoneKind.FirstAnnualReview, ReminderStage.Days90),
            (CertificateMilestoneKind.FirstAnnualReview, ReminderStage.Days30),
            (CertificateMilestoneKind.FirstAnnualReview, ReminderStage.Overdue),
        ], await RemindersAsync(certificate.Id));
        Assert.Equal(3, Reminders(await MailAsync(a.Organisation.Admin.Email)).Count);
    }

    [DbFact]
    public async Task Run_AnOverdueAnnualReview_IsFlaggedToTheBody_WhichCanSuspend()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);
        var due = certificate.IssuedOn.AddYears(1);

        await RunOnAsync(due.AddDays(1));

        var mail = await App.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == a.Body.Admin.Email && m.Subject.StartsWith("Overdue:")));
        Assert.Equal($"Overdue: the first annual review of {a.Organisation.Name}", mail.Subject);
        Assert.Contains("You can suspend the certificate", mail.Body);
        var details = await AsTenantAsync(t => t.UseCertificationBody(a.Body.Id), db => CertificateQueries.DetailsAsync(db, certificate.Id, due.AddDays(1)));
        Assert.Equal(CertificateMilestoneKind.FirstAnnualReview, Assert.Single(details!.OverdueOn(due.AddDays(1))).Kind);
    }

    [DbFact]
    public async Task Run_AReviewDecidedInTime_StopsItsReminders()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var review = await App.Data.CreateAnnualReviewAsync(a, ["1.1.1"]);
        await App.Data.AdvanceAssessmentAsync(review, AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);

        await RunOnAsync(certificate.IssuedOn.AddYears(1).AddDays(5));

        Assert.DoesNotContain(await RemindersAsync(certificate.Id), r => r.Item1 == CertificateMilestoneKind.FirstAnnualReview);
    }

    [DbFact]
    public async Task Run_PastTheExpiryDate_ExpiresTheCertificateByItself_OnceWithAHistoryLine()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        var certificate = await CertificateOfAsync(a);

        await RunOnAsync(certificate.ExpiresOn);
        var onTheDay = (await CertificateOfAsync(a)).Status;
        await RunOnAsync(certificate.ExpiresOn.AddDays(1));
        await RunOnAsync(certificate.ExpiresOn.AddDays(2));

        Assert.Equal(CertificateStatus.Active, onTheDay);
        var expired = await CertificateOfAsync(a);
        Assert.Equal(CertificateStatus.Expired, expired.Status);
        var history = await App.WithDbAsync(db => db.Set<CertificateEvent>().Where(e => e.CertificateId == certificate.Id && e.ToStatus == CertificateStatus.Expired).ToListAsync());
        Assert.Equal(CertificateReminders.Job.Name, Assert.Single(history).UserName);
        Assert.Single(await MailAsync(a.Organisation.Admin.Email), s => s == $"Certificate {certificate.Number} has expired");
        Assert.True(await AuditedAsync("CertificateExpired", a.Organisation.Id));
    }
}

public sealed class CertificateRemindersTestsOnSqlite(SqliteApp app) : CertificateRemindersTests(app), IClassFixture<SqliteApp>;

public sealed class CertificateRemindersTestsOnPostgres(PostgresApp app) : CertificateRemindersTests(app), IClassFixture<PostgresApp>;

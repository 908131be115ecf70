using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Tests.Infrastructure;

/// <summary>The hosted service runs the daily job at start; the job's own rules are tested in Core.</summary>
public abstract class CertificateReminderWorkerTests(AppFixture app)
{
    [DbFact]
    public async Task Start_ACertificatePastItsExpiryDate_IsExpiredWithoutAnyoneAsking()
    {
        var a = await app.Data.CreateAssessmentAsync(AssessmentStage.Decided);
        await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.OrganisationId == a.Organisation.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ExpiresOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1))));
        using var worker = new CertificateReminderWorker(app.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ReminderOptions { Enabled = true, IntervalMinutes = 60 }), TimeProvider.System, NullLogger<CertificateReminderWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        var status = CertificateStatus.Active;
        for (var i = 0; i < 100 && status != CertificateStatus.Expired; i++)
        {
            await Task.Delay(100);
            status = await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.OrganisationId == a.Organisation.Id).Select(c => c.Status).SingleAsync());
        }
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(CertificateStatus.Expired, status);
    }

    [DbFact]
    public void Host_InTests_HasTheWorkerSwitchedOff() =>
        Assert.False(app.Services.GetRequiredService<IOptions<ReminderOptions>>().Value.Enabled);
}

public sealed class CertificateReminderWorkerTestsOnSqlite(SqliteApp app) : CertificateReminderWorkerTests(app), IClassFixture<SqliteApp>;

public sealed class CertificateReminderWorkerTestsOnPostgres(PostgresApp app) : CertificateReminderWorkerTests(app), IClassFixture<PostgresApp>;

using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Web.Infrastructure;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off in tests, which run the job themselves on chosen days.</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 1440)]
    public int IntervalMinutes { get; set; } = 60;
}

/// <summary>
/// Runs the daily certificate check (<see cref="CertificateReminders"/>) at start-up and then every hour. The job is
/// idempotent, so running it hourly only means a reminder goes out within the hour its day begins, and a restart
/// sends nothing twice.
/// </summary>
public sealed class CertificateReminderWorker(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider time, ILogger<CertificateReminderWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().UseUnrestricted();
                var run = await scope.ServiceProvider.GetRequiredService<CertificateReminders>().RunAsync(stoppingToken);
                if (run.Expired + run.RemindersSent > 0 && log.IsEnabled(LogLevel.Information))
                    log.LogInformation("Certificate check: {Expired} expired, {Sent} reminders sent", run.Expired, run.RemindersSent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The certificate check failed; it will try again at the next interval");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

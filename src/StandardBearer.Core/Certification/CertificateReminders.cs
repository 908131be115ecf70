using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;

namespace StandardBearer.Core.Certification;

public sealed record ReminderRun(int Expired, int RemindersSent);

/// <summary>
/// The daily check behind the background service: expires certificates past their date, and reminds the organisation
/// and the body of each due date in the cycle (90, 30 and 7 days before, then overdue). A reminder is claimed by
/// saving its row, under a unique key, before the email goes, so a restart or a second instance never sends it twice.
/// Time comes from the injected <see cref="TimeProvider"/>, so tests can move the calendar.
/// </summary>
public sealed class CertificateReminders(AppDbContext db, IEmailSender email, CertificateService certificates, TimeProvider time)
{
    public static readonly Actor Job = Actor.System("Daily certificate check");

    public async Task<ReminderRun> RunAsync(CancellationToken ct = default)
    {
        var today = Dates.Today(time);
        var expired = await ExpireAsync(today, ct);
        var sent = await RemindAsync(today, ct);
        return new ReminderRun(expired, sent);
    }

    private async Task<int> ExpireAsync(DateOnly today, CancellationToken ct)
    {
        var due = await db.Set<Certificate>().IgnoreQueryFilters()
            .Where(c => (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended) && c.ExpiresOn < today)
            .ToListAsync(ct);
        foreach (var certificate in due)
        {
            certificates.SetStatus(certificate, CertificateStatus.Expired, $"Reached its expiry date, {Dates.Day(certificate.ExpiresOn)}, without a certifying reassessment", Job);
            await db.SaveChangesAsync(ct);
            var (organisation, body) = await NamesAsync(certificate, ct);
            await email.SendToAllAsync(await RecipientsAsync(certificate, ct), $"Certificate {certificate.Number} has expired",
                $"""
                The Customer Service Excellence certificate {certificate.Number} held by {organisation} and issued by {body} expired on {Dates.Day(certificate.ExpiresOn)}.

                The public register now shows it as expired. A certifying reassessment will issue a new certificate.
                """, ct);
        }
        return due.Count;
    }

    private async Task<int> RemindAsync(DateOnly today, CancellationToken ct)
    {
        var held = await db.Set<Certificate>().IgnoreQueryFilters()
            .Where(c => c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended)
            .ToListAsync(ct);
        if (held.Count == 0) return 0;
        var ids = held.Select(c => c.Id).ToList();
        var alreadySent = (await db.Set<CertificateReminder>().IgnoreQueryFilters().Where(r => ids.Contains(r.CertificateId))
                .Select(r => new { r.CertificateId, r.Milestone, r.DueOn, r.Stage }).ToListAsync(ct))
            .Select(r => (r.CertificateId, r.Milestone, r.DueOn, r.Stage)).ToHashSet();

        var reviews = await CertificateQueries.AnnualReviewsDoneAsync(db, held, ct);

        var sent = 0;
        foreach (var certificate in held)
        {
            foreach (var milestone in CertificateCycle.Milestones(certificate.IssuedOn, certificate.ExpiresOn, reviews[certificate.Id]).Where(m => !m.Done))
            {
                if (CertificateCycle.StageOn(milestone.DueOn, today) is not { } stage) continue;
                // Past the expiry date the certificate expires instead of nagging about the reassessment.
                if (milestone.Kind == CertificateMilestoneKind.Reassessment && stage == ReminderStage.Overdue) continue;
                if (alreadySent.Contains((certificate.Id, milestone.Kind, milestone.DueOn, stage))) continue;
                if (!await ClaimAsync(certificate, milestone, stage, ct)) continue;
                await SendAsync(certificate, milestone, stage, ct);
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> ClaimAsync(Certificate certificate, CertificateMilestone milestone, ReminderStage stage, CancellationToken ct)
    {
        var reminder = new CertificateReminder
        {
            Id = db.NewId(), CertificateId = certificate.Id, OrganisationId = certificate.OrganisationId, CertificationBodyId = certificate.CertificationBodyId,
            Milestone = milestone.Kind, DueOn = milestone.DueOn, Stage = stage, SentAt = time.GetUtcNow(),
        };
        db.Add(reminder);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance claimed it first.
            db.Entry(reminder).State = EntityState.Detached;
            return false;
        }
    }

    private async Task SendAsync(Certificate certificate, CertificateMilestone milestone, ReminderStage stage, CancellationToken ct)
    {
        var (organisation, body) = await NamesAsync(certificate, ct);
        var what = milestone.Name.ToLowerInvariant();
        var when = stage == ReminderStage.Overdue
            ? $"was due on {Dates.Day(milestone.DueOn)} and is overdue"
            : $"is due on {Dates.Day(milestone.DueOn)}";
        var subject = stage == ReminderStage.Overdue
            ? $"Overdue: the {what} of {organisation}"
            : $"Reminder: the {what} of {organisation} is due on {Dates.Day(milestone.DueOn)}";
        var forOrganisation = $"""
            The {what} of {organisation} for certificate {certificate.Number} {when}.

            Apply to {body} for the {what} in StandardBearer if you have not already.
            """;
        var forBody = stage == ReminderStage.Overdue && milestone.Kind != CertificateMilestoneKind.Reassessment
            ? $"""
              The {what} of {organisation} for certificate {certificate.Number} {when}.

              You can suspend the certificate from its page in StandardBearer until the review is done.
              """
            : $"""
              The {what} of {organisation} for certificate {certificate.Number} {when}.
              """;
        await email.SendToAllAsync(await db.OrganisationAdminsAsync(certificate.OrganisationId, ct), subject, forOrganisation, ct);
        await email.SendToAllAsync(await db.BodyAdminsAsync(certificate.CertificationBodyId, ct), subject, forBody, ct);
    }

    private async Task<IEnumerable<string>> RecipientsAsync(Certificate certificate, CancellationToken ct) =>
        (await db.OrganisationAdminsAsync(certificate.OrganisationId, ct)).Concat(await db.BodyAdminsAsync(certificate.CertificationBodyId, ct)).Distinct();

    private async Task<(string Organisation, string Body)> NamesAsync(Certificate certificate, CancellationToken ct) => (
        await db.Organisations.Where(o => o.Id == certificate.OrganisationId).Select(o => o.Name).SingleAsync(ct),
        await db.CertificationBodies.Where(b => b.Id == certificate.CertificationBodyId).Select(b => b.Name).SingleAsync(ct));
}

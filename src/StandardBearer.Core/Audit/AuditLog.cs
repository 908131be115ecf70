using System.Text.Json;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Audit;

/// <summary>
/// Services call this in the same unit of work as the change it records, so the change and its audit row are
/// saved together or not at all.
/// </summary>
public static class AuditLog
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static AuditEvent Record(
        this AppDbContext db,
        Actor actor,
        string action,
        string subject,
        Guid? organisationId = null,
        Guid? certificationBodyId = null,
        object? before = null,
        object? after = null)
    {
        var e = new AuditEvent
        {
            OccurredAt = db.Time.GetUtcNow(),
            UserId = actor.UserId,
            ActorName = actor.Name,
            Action = action,
            Subject = subject,
            OrganisationId = organisationId,
            CertificationBodyId = certificationBodyId,
            Before = Summarise(before),
            After = Summarise(after),
        };
        db.AuditEvents.Add(e);
        return e;
    }

    private static string? Summarise(object? value) => value switch
    {
        null => null,
        string s => Truncate(s),
        _ => Truncate(JsonSerializer.Serialize(value, Json)),
    };

    private static string Truncate(string s) => s.Length <= 4000 ? s : s[..3997] + "...";
}

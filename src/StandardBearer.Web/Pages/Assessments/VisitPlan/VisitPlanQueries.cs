using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

public sealed record VisitSessionView(
    Guid Id, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Site, SessionKind Kind, string? Participants,
    IReadOnlyList<string> ElementNumbers, IReadOnlyList<SessionNoteView> Notes)
{
    public string KindName => SessionKinds.DisplayName(Kind);
    public string Time => $"{StartsAt:HH\\:mm} to {EndsAt:HH\\:mm}";
    public string Elements => ElementNumbers.Count == 0 ? "None named" : string.Join(", ", ElementNumbers);

    /// <summary>"09:00 Interview with staff, Main office": how a session is named in links and headings.</summary>
    public string Label => $"{StartsAt:HH\\:mm} {KindName}, {Site}";
}

public sealed record VisitDay(DateOnly Date, IReadOnlyList<VisitSessionView> Sessions)
{
    public string Heading => VisitPlanQueries.Day(Date);
}

/// <summary>The visit plan as both sides see it, and as the agenda document prints it.</summary>
public sealed record VisitPlanView(KeyInformation Key, IReadOnlyList<VisitDay> Days)
{
    public IEnumerable<VisitSessionView> Sessions => Days.SelectMany(d => d.Sessions);

    /// <summary>The places sessions are held, in the order they first come up.</summary>
    public IReadOnlyList<string> SessionSites => Sessions.Select(s => s.Site).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>
/// One read of the visit plan for the body's pages, the organisation's page, the API and the DOCX agenda. Session
/// notes come from <see cref="AssessmentQueries.SessionNotesAsync"/>, so the organisation gets none until the
/// report is released.
/// </summary>
public static class VisitPlanQueries
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<VisitPlanView> ForAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct)
    {
        var key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        var sessions = await SessionsAsync(db, access, ct);
        return new VisitPlanView(key, sessions.GroupBy(s => s.Date).OrderBy(g => g.Key).Select(g => new VisitDay(g.Key, g.ToList())).ToList());
    }

    /// <summary>Every session in time order, each with its notes (none for the organisation before the report is released).</summary>
    public static async Task<IReadOnlyList<VisitSessionView>> SessionsAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct)
    {
        var notes = (await AssessmentQueries.SessionNotesAsync(db, access, ct)).ToLookup(n => n.SessionId);
        var rows = await db.Set<VisitSession>().AsNoTracking().Where(s => s.AssessmentId == access.AssessmentId).ToListAsync(ct);
        return rows.OrderBy(s => s.Date).ThenBy(s => s.StartsAt).ThenBy(s => s.EndsAt)
            .Select(s => new VisitSessionView(s.Id, s.Date, s.StartsAt, s.EndsAt, s.Site, s.Kind, s.Participants, s.ElementNumbers, notes[s.Id].ToList()))
            .ToList();
    }

    public static async Task<VisitSessionView?> SessionAsync(AppDbContext db, AssessmentAccess access, Guid sessionId, CancellationToken ct) =>
        (await SessionsAsync(db, access, ct)).FirstOrDefault(s => s.Id == sessionId);

    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);
}

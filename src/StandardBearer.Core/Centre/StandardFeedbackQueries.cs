using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Centre;

/// <summary>One piece of feedback as its sender and the standard owner see it.</summary>
public sealed record FeedbackItem(
    Guid Id, string VersionLabel, string ElementNumber, string ElementTitle, FeedbackKind Kind, string Text, Guid SenderUserId, string SenderName,
    DateTimeOffset SentAt, FeedbackStatus Status, string? StatusReason, DateTimeOffset? TriagedAt, string? TriagedByName);

/// <summary>The standard owner's filters; null means any.</summary>
public sealed record FeedbackFilter(FeedbackStatus? Status = null, string? ElementNumber = null, FeedbackKind? Kind = null);

/// <summary>The feedback matching a filter, newest first, and how many there are in each status whatever the filter.</summary>
public sealed record FeedbackList(IReadOnlyList<FeedbackItem> Items, IReadOnlyList<(FeedbackStatus Status, int Count)> CountsByStatus);

/// <summary>
/// The only reads of feedback. Feedback has no tenant, so no query filter guards it: a sender reads their own by
/// their user id, and everything else here is for the standard owner, whose pages and endpoints check the role.
/// </summary>
public static class StandardFeedbackQueries
{
    /// <summary>What the user has sent, newest first.</summary>
    public static async Task<IReadOnlyList<FeedbackItem>> SentByAsync(AppDbContext db, Guid userId, CancellationToken ct = default) =>
        Newest(await Project(db, db.Set<StandardFeedback>().Where(f => f.SenderUserId == userId)).ToListAsync(ct));

    /// <summary>The standard owner's list: everyone's feedback matching the filter.</summary>
    public static async Task<FeedbackList> ForOwnerAsync(AppDbContext db, FeedbackFilter filter, CancellationToken ct = default)
    {
        var feedback = db.Set<StandardFeedback>().AsQueryable();
        if (filter.Status is { } status) feedback = feedback.Where(f => f.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.ElementNumber)) feedback = feedback.Where(f => f.ElementNumber == filter.ElementNumber.Trim());
        if (filter.Kind is { } kind) feedback = feedback.Where(f => f.Kind == kind);
        var items = Newest(await Project(db, feedback).ToListAsync(ct));
        var counts = await db.Set<StandardFeedback>().GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new FeedbackList(items, Enum.GetValues<FeedbackStatus>().Select(s => (s, counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0)).ToList());
    }

    /// <summary>One piece of feedback, for the standard owner.</summary>
    public static Task<FeedbackItem?> FindAsync(AppDbContext db, Guid id, CancellationToken ct = default) =>
        Project(db, db.Set<StandardFeedback>().Where(f => f.Id == id)).SingleOrDefaultAsync(ct);

    /// <summary>The element numbers that have feedback, in the standard's order, for the owner's filter.</summary>
    public static async Task<IReadOnlyList<string>> ElementsAsync(AppDbContext db, CancellationToken ct = default) =>
        (await db.Set<StandardFeedback>().Select(f => f.ElementNumber).Distinct().ToListAsync(ct)).Order(Standards.ElementNumberComparer.Instance).ToList();

    private static IQueryable<FeedbackItem> Project(AppDbContext db, IQueryable<StandardFeedback> feedback) =>
        from f in feedback
        join v in db.StandardVersions on f.StandardVersionId equals v.Id
        select new FeedbackItem(f.Id, v.Label, f.ElementNumber,
            db.Elements.Where(e => e.StandardVersionId == f.StandardVersionId && e.Number == f.ElementNumber).Select(e => e.Title).FirstOrDefault() ?? "",
            f.Kind, f.Text, f.SenderUserId, f.SenderName, f.SentAt, f.Status, f.StatusReason, f.TriagedAt, f.TriagedByName);

    // SQLite cannot order by a DateTimeOffset in SQL, so lists are put in order here.
    private static List<FeedbackItem> Newest(List<FeedbackItem> items) => items.OrderByDescending(i => i.SentAt).ThenByDescending(i => i.Id).ToList();
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.BestPractice;

/// <summary>
/// Full-text search over best-practice cases, one method for both providers (docs/decisions/0008): SQLite's FTS5
/// table (kept in step by triggers) and PostgreSQL's text search over a GIN-indexed expression. Both stem English
/// words and match word prefixes, so "complain" finds "complaints". Any text is safe to search: it is reduced to
/// words before it reaches either engine's query syntax.
/// </summary>
public static class BestPracticeSearch
{
    /// <summary>The words a search uses: letters and digits only, at most 12, lower case.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch)) current.Append(char.ToLowerInvariant(ch));
            else Flush();
        }
        Flush();
        return words.Distinct().Take(12).ToList();

        void Flush()
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>
    /// The ids of every case (any status: callers filter by status) whose title, description, results or assessor
    /// comment contains all the words, best match first. Null when the text has no words, meaning "no search".
    /// </summary>
    public static async Task<IReadOnlyList<Guid>?> MatchingIdsAsync(AppDbContext db, string? text, CancellationToken ct = default)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        if (db.Database.IsSqlite())
        {
            // Each word quoted (so FTS5 operators in the input mean nothing) and matched as a prefix.
            var match = string.Join(" ", words.Select(w => $"\"{w}\"*"));
            return await db.Database
                .SqlQuery<Guid>($"SELECT CaseId AS \"Value\" FROM BestPracticeSearch WHERE BestPracticeSearch MATCH {match} ORDER BY rank")
                .ToListAsync(ct);
        }
        var query = string.Join(" & ", words.Select(w => $"{w}:*"));
        return await db.Database
            .SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM "BestPracticeCases"
                WHERE to_tsvector('english', coalesce("Title", '') || ' ' || coalesce("Description", '') || ' ' || coalesce("Results", '') || ' ' || "AssessorComment") @@ to_tsquery('english', {query})
                ORDER BY ts_rank(to_tsvector('english', coalesce("Title", '') || ' ' || coalesce("Description", '') || ' ' || coalesce("Results", '') || ' ' || "AssessorComment"), to_tsquery('english', {query})) DESC
                """)
            .ToListAsync(ct);
    }
}

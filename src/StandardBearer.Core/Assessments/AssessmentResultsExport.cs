using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Assessments;

/// <summary>One element's result as a spreadsheet row: the statement as worded in the version assessed, the final rating's label.</summary>
public sealed record AssessmentResultRow(string ElementNumber, string Statement, bool InScope, string? FinalRating, string? Comment, int EvidenceCount, int EvidenceRequestCount);

/// <summary>An assessment's results as an XLSX: one row per element, in the standard's order.</summary>
public static class AssessmentResultsExport
{
    public static readonly IReadOnlyList<string> Header = ["Element", "Statement", "In scope", "Final rating", "Assessor's comment", "Evidence items", "Evidence requests"];

    private static readonly IReadOnlyList<double> Widths = [10, 60, 10, 22, 60, 10, 10];

    public static IReadOnlyList<object?> Fields(AssessmentResultRow r) =>
        [r.ElementNumber, r.Statement, r.InScope ? "Yes" : "No", r.FinalRating ?? "Not rated", r.Comment ?? "", r.EvidenceCount, r.EvidenceRequestCount];

    public static byte[] ToXlsx(IEnumerable<AssessmentResultRow> rows) => Xlsx.Write("Assessment results", Header, rows.Select(Fields), Widths);

    public static string FileName(string organisationName, DateTimeOffset at) => ExportNames.Dated(organisationName, "assessment-results", at, "xlsx");

    /// <summary>
    /// The rows for someone who may see the assessor's work (else <see cref="NotFoundException"/>, as for the report).
    /// Evidence is the assessment's snapshot (linked when applying, or given in answer to a request); a fixed number of queries.
    /// </summary>
    public static async Task<IReadOnlyList<AssessmentResultRow>> RowsAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct = default)
    {
        if (!access.CanSeeAssessorWork) throw new NotFoundException("Assessment not found");
        var id = access.AssessmentId;
        var versionId = await db.Set<Assessment>().Where(a => a.Id == id).Select(a => a.StandardVersionId).SingleAsync(ct);
        var tree = await StandardCatalogue.TreeAsync(db, await StandardCatalogue.ByIdAsync(db, versionId, ct), ct);
        var scale = new RatingScale(tree.Ratings, tree.MinimumCompliantShare);
        var elements = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == id)
            .Select(e => new
            {
                e.ElementNumber, e.InScope, e.FinalRatingKey, e.FinalComment,
                Evidence = db.Set<AssessmentEvidence>().Count(x => x.AssessmentElementId == e.Id),
            })
            .ToDictionaryAsync(e => e.ElementNumber, StringComparer.Ordinal, ct);
        var requests = (await db.Set<EvidenceRequest>().Where(r => r.AssessmentId == id).Select(r => r.ElementNumber).ToListAsync(ct))
            .CountBy(n => n).ToDictionary(StringComparer.Ordinal);

        return tree.Criteria.SelectMany(c => c.SubCriteria.SelectMany(s => s.Elements))
            .Where(e => elements.ContainsKey(e.Number))
            .Select(e =>
            {
                var row = elements[e.Number];
                var rating = row.FinalRatingKey is { } key ? scale.Find(key)?.Name ?? key : null;
                return new AssessmentResultRow(e.Number, e.Statement, row.InScope, rating, row.FinalComment, row.Evidence, requests.GetValueOrDefault(e.Number));
            })
            .ToList();
    }
}

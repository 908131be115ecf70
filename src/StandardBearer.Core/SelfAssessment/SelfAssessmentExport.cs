using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.SelfAssessment;

/// <summary>One element of a self-assessment as a spreadsheet row. <see cref="SelfRating"/> is the label from the version's scale.</summary>
public sealed record SelfAssessmentExportRow(
    string ElementNumber, string Criterion, string SubCriterion, string Statement, string? LeadOwner, ElementProgress Progress,
    string? SelfRating, string? Narrative, int EvidenceCount, int OpenActionCount);

/// <summary>The open self-assessment as an XLSX: one row per element, in the standard's order.</summary>
public static class SelfAssessmentExport
{
    public static readonly IReadOnlyList<string> Header =
        ["Element", "Criterion", "Sub-criterion", "Statement", "Lead owner", "Progress", "Self-rating", "Narrative", "Evidence items", "Open actions"];

    private static readonly IReadOnlyList<double> Widths = [10, 30, 36, 60, 22, 14, 22, 60, 10, 10];

    public static IReadOnlyList<object?> Fields(SelfAssessmentExportRow r) =>
        [r.ElementNumber, r.Criterion, r.SubCriterion, r.Statement, r.LeadOwner ?? "", ProgressName(r.Progress), r.SelfRating ?? "Not yet rated", r.Narrative ?? "",
            r.EvidenceCount, r.OpenActionCount];

    public static byte[] ToXlsx(IEnumerable<SelfAssessmentExportRow> rows) => Xlsx.Write("Self-assessment", Header, rows.Select(Fields), Widths);

    public static string FileName(string organisationName, DateTimeOffset at) => ExportNames.Dated(organisationName, "self-assessment", at, "xlsx");

    public static string ProgressName(ElementProgress progress) => progress switch
    {
        ElementProgress.Completed => "Completed",
        ElementProgress.InProgress => "In progress",
        _ => "Not started",
    };

    /// <summary>
    /// The organisation's open self-assessment joined to its version's catalogue, or null when none is open. A fixed
    /// number of queries; runs under the request's tenant filter. Counts only live evidence and actions not done.
    /// </summary>
    public static async Task<IReadOnlyList<SelfAssessmentExportRow>?> RowsAsync(AppDbContext db, Guid organisationId, CancellationToken ct = default)
    {
        var open = await db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open)
            .Select(s => new { s.Id, s.StandardVersionId }).SingleOrDefaultAsync(ct);
        if (open is null) return null;
        var tree = await StandardCatalogue.TreeAsync(db, await StandardCatalogue.ByIdAsync(db, open.StandardVersionId, ct), ct);
        var elements = await db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == open.Id)
            .Select(e => new
            {
                e.ElementNumber, e.Progress, e.RatingKey, e.Narrative,
                Owner = db.Users.Where(u => u.Id == e.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Evidence = db.Set<EvidenceLink>().Count(l => l.ElementSelfAssessmentId == e.Id
                    && db.Set<EvidenceItem>().Any(i => i.Id == l.EvidenceItemId && i.DeletedAt == null)),
            })
            .ToDictionaryAsync(e => e.ElementNumber, StringComparer.Ordinal, ct);
        var openActions = (await db.Set<ImprovementAction>().Where(a => a.OrganisationId == organisationId && a.Status != ActionStatus.Done)
            .Select(a => a.ElementNumber).ToListAsync(ct)).CountBy(n => n).ToDictionary(StringComparer.Ordinal);
        var ratingNames = tree.Ratings.ToDictionary(r => r.Key, r => r.Name, StringComparer.Ordinal);

        return tree.Criteria.SelectMany(c => c.SubCriteria.SelectMany(s => s.Elements.Select(e =>
        {
            var row = elements.GetValueOrDefault(e.Number);
            return new SelfAssessmentExportRow(e.Number, $"{c.Number} {c.Title}", $"{s.Number} {s.Title}", e.Statement, row?.Owner,
                row?.Progress ?? ElementProgress.NotStarted, row?.RatingKey is { } key ? ratingNames.GetValueOrDefault(key, key) : null, row?.Narrative,
                row?.Evidence ?? 0, openActions.GetValueOrDefault(e.Number));
        }))).ToList();
    }
}

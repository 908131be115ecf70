using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Core.Reports;

/// <summary>Reads of board reports, shared by the pages, the API and the CLI.</summary>
public static class BoardReportQueries
{
    /// <summary>The report for (organisation, year) with each section's current text, or null if it has not been generated.</summary>
    public static async Task<BoardReportDocument?> GetAsync(AppDbContext db, Guid organisationId, int year, CancellationToken ct = default)
    {
        var report = await db.Set<BoardReport>().AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Year == year)
            .Include(r => r.Sections)
            .SingleOrDefaultAsync(ct);
        if (report is null) return null;
        var name = await db.Set<Organisation>().Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        return ToDocument(report, name);
    }

    /// <summary>
    /// Years in which the organisation has an assessment whose report is released or decided, newest first: the years
    /// a board report has an assessment to describe. An assessment's year is that of its visit (of the report's release
    /// when no visit dates were set), as <see cref="AssessmentYear"/> says.
    /// </summary>
    public static async Task<IReadOnlyList<int>> AssessmentYearsAsync(AppDbContext db, Guid organisationId, CancellationToken ct = default)
    {
        var dates = await db.Set<Assessment>()
            .Where(a => a.OrganisationId == organisationId && (a.Status == AssessmentStatus.ReportReleased || a.Status == AssessmentStatus.Decided))
            .Select(a => new { a.VisitStartsOn, a.ReportReleasedAt, a.DecidedAt })
            .ToListAsync(ct);
        return dates.Select(d => AssessmentYear(d.VisitStartsOn, d.ReportReleasedAt, d.DecidedAt)).Distinct().OrderDescending().ToList();
    }

    /// <summary>The calendar year an assessment belongs to: its visit's, else its report's release, else its decision's.</summary>
    public static int AssessmentYear(DateOnly? visitStartsOn, DateTimeOffset? reportReleasedAt, DateTimeOffset? decidedAt) =>
        visitStartsOn?.Year ?? reportReleasedAt?.UtcDateTime.Year ?? decidedAt?.UtcDateTime.Year ?? 0;

    public static BoardReportDocument ToDocument(BoardReport report, string organisationName) => new(
        report.Id,
        report.OrganisationId,
        organisationName,
        report.Year,
        Title(organisationName, report.Year),
        report.ContactName,
        report.ContactEmail,
        report.GeneratedAt,
        report.Sections.OrderBy(s => s.Number)
            .Select(s => new BoardReportSectionView(s.Number, s.Title, s.Edited ?? s.Generated, s.Edited is not null, s.Generated, s.EditedAt, s.EditedByName))
            .ToList());

    public static string Title(string organisationName, int year) => $"Customer Service Excellence: report to the board, {year} ({organisationName})";
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Reports;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Reports;

/// <summary>A year with a released assessment, or a board report, or both.</summary>
public sealed record BoardReportYear(int Year, bool HasAssessment, bool Exists, DateTimeOffset? GeneratedAt);

/// <summary>A board report as a file to download: its bytes, content type and name.</summary>
public sealed record BoardReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>What the board report pages and the API share: paths, who may change a report, which years, the downloads.</summary>
public static class BoardReportPages
{
    public const int FirstYear = 2000;

    /// <summary>The formats a report downloads as, by the name the API's <c>format</c> takes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["docx", "pdf", "html", "md"];

    public static string ListPath(Guid organisationId) => $"/organisations/{organisationId}/reports/board";

    public static string Path(Guid organisationId, int year) => $"{ListPath(organisationId)}/{year}";

    /// <summary>Members read and download; only the organisation's admins generate, regenerate, edit and refresh.</summary>
    public static async Task<bool> IsAdminAsync(CurrentUser user, Guid organisationId, CancellationToken ct) =>
        (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);

    /// <summary>Every year with a released assessment or a report, newest first. Runs under the request's tenant filter.</summary>
    public static async Task<IReadOnlyList<BoardReportYear>> YearsAsync(AppDbContext db, Guid organisationId, CancellationToken ct)
    {
        var assessed = await BoardReportQueries.AssessmentYearsAsync(db, organisationId, ct);
        var reports = await db.Set<BoardReport>().Where(r => r.OrganisationId == organisationId)
            .Select(r => new { r.Year, r.GeneratedAt }).ToDictionaryAsync(r => r.Year, r => r.GeneratedAt, ct);
        return assessed.Union(reports.Keys).OrderDescending()
            .Select(y => new BoardReportYear(y, assessed.Contains(y), reports.ContainsKey(y), reports.TryGetValue(y, out var at) ? at : null)).ToList();
    }

    /// <summary>The latest year a report may be generated for: next year, so a report can be drafted ahead of the visit.</summary>
    public static int LastYear(TimeProvider time) => Dates.Today(time).Year + 1;

    /// <summary>The GOV.UK error for a year outside 2000 to next year, or null when it is fine.</summary>
    public static string? YearError(int year, TimeProvider time) =>
        year >= FirstYear && year <= LastYear(time) ? null : $"Enter a year between {FirstYear} and {LastYear(time)}";

    /// <summary>The file in <paramref name="format"/> (docx, pdf, html, md or markdown, any case), or null for a format we do not write.</summary>
    public static BoardReportFile? File(BoardReportDocument document, string? format) => format?.Trim().ToLowerInvariant() switch
    {
        "docx" => new(BoardReportExport.ToDocx(document), BoardReportExport.DocxContentType, BoardReportExport.FileName(document, "docx")),
        "pdf" => new(BoardReportExport.ToPdf(document), BoardReportExport.PdfContentType, BoardReportExport.FileName(document, "pdf")),
        "html" => new(Encoding.UTF8.GetBytes(BoardReportExport.ToHtml(document)), BoardReportExport.HtmlContentType, BoardReportExport.FileName(document, "html")),
        "md" or "markdown" => new(Encoding.UTF8.GetBytes(BoardReportExport.ToMarkdown(document)), BoardReportExport.MarkdownContentType, BoardReportExport.FileName(document, "md")),
        _ => null,
    };
}

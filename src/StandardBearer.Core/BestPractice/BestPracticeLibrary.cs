using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.BestPractice;

/// <summary>What the public asks the library for. Paging values out of range are brought into range, not refused.</summary>
public sealed record LibraryQuery
{
    /// <summary>Words to find in the title, description, results or the assessor's comment.</summary>
    public string? Text { get; init; }
    public string? Criterion { get; init; }
    public string? Element { get; init; }
    public Sector? Sector { get; init; }
    public int? Year { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = BestPracticeLibrary.DefaultPageSize;
}

/// <summary>One published case as a list shows it.</summary>
public sealed record LibraryCase(
    Guid Id, string ElementNumber, string ElementTitle, string OrganisationName, Sector Sector, int Year, string Title, string Summary, DateTimeOffset PublishedAt);

public sealed record LibraryResults(IReadOnlyList<LibraryCase> Items, int Page, int PageSize, int Total, IReadOnlyList<int> Years)
{
    public int TotalPages => Total == 0 ? 1 : (int)((Total + (long)PageSize - 1) / PageSize);
}

/// <summary>A published case in a list to pick from or link to: whose, which year, which element.</summary>
public sealed record PublishedCaseRow(Guid Id, string ElementNumber, string OrganisationName, int Year, string Title);

/// <summary>One published case in full, as its public page shows it.</summary>
public sealed record PublishedCase(
    Guid Id,
    string ElementNumber,
    string ElementTitle,
    string OrganisationName,
    Sector Sector,
    Region Region,
    string BodyName,
    int Year,
    string Title,
    string Description,
    string? Results,
    string AssessorComment,
    string? ContactName,
    string? ContactEmail,
    DateTimeOffset PublishedAt);

/// <summary>
/// The public best-practice library: published cases only, whoever asks. A case is published only after the
/// organisation consented and the standard owner moderated it, so these named methods read across every
/// organisation on purpose (IgnoreQueryFilters) and never return anything else.
/// </summary>
public static class BestPracticeLibrary
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    private const int SummaryLength = 240;

    private static IQueryable<BestPracticeCase> Published(AppDbContext db) =>
        db.BestPracticeCases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.Published && c.PublishedAt != null);

    /// <summary>
    /// Published cases matching the filters, a page at a time: best match first when there are words to find,
    /// otherwise newest first. <see cref="LibraryResults.Years"/> lists the years that have published cases.
    /// </summary>
    public static async Task<LibraryResults> SearchAsync(AppDbContext db, LibraryQuery query, CancellationToken ct = default)
    {
        var pageSize = query.PageSize < 1 ? DefaultPageSize : Math.Min(query.PageSize, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var cases = Published(db);
        if (query.Element is { Length: > 0 } element) cases = cases.Where(c => c.ElementNumber == element);
        if (query.Criterion is { Length: > 0 } criterion)
        {
            var prefix = criterion + ".";
            cases = cases.Where(c => c.ElementNumber.StartsWith(prefix));
        }
        if (query.Year is { } year) cases = cases.Where(c => c.Year == year);
        if (query.Sector is { } sector)
            cases = cases.Where(c => db.Organisations.Any(o => o.Id == c.OrganisationId && o.Sector == sector));

        var matching = await BestPracticeSearch.MatchingIdsAsync(db, query.Text, ct);
        List<Guid> pageIds;
        int total;
        var skip = (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);
        if (matching is null)
        {
            total = await cases.CountAsync(ct);
            pageIds = await cases.OrderByDescending(c => c.PublishedAt).ThenBy(c => c.Id).Skip(skip).Take(pageSize).Select(c => c.Id).ToListAsync(ct);
        }
        else
        {
            // The search ranks every case; the filters decide which of them count. Keep the search's order.
            var allowed = (await cases.Select(c => c.Id).ToListAsync(ct)).ToHashSet();
            var ranked = matching.Where(allowed.Contains).ToList();
            total = ranked.Count;
            pageIds = ranked.Skip(skip).Take(pageSize).ToList();
        }

        var rows = await ListRowsAsync(db, pageIds, ct);
        var years = await Published(db).Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        return new LibraryResults(pageIds.Select(id => rows[id]).ToList(), page, pageSize, total, years);
    }

    /// <summary>The published cases for one element, newest first, at most <paramref name="take"/>, and how many there are.</summary>
    public static async Task<(IReadOnlyList<LibraryCase> Cases, int Total)> ForElementAsync(AppDbContext db, string elementNumber, int take = 5, CancellationToken ct = default)
    {
        var cases = Published(db).Where(c => c.ElementNumber == elementNumber);
        var total = await cases.CountAsync(ct);
        var ids = await cases.OrderByDescending(c => c.PublishedAt).ThenBy(c => c.Id).Take(take).Select(c => c.Id).ToListAsync(ct);
        var rows = await ListRowsAsync(db, ids, ct);
        return (ids.Select(id => rows[id]).ToList(), total);
    }

    /// <summary>
    /// Published cases to pick from or link to (the learning log, learning examples, My elements): on the given
    /// elements and with the given ids when these are given, newest year first, then in the standard's order.
    /// </summary>
    public static async Task<IReadOnlyList<PublishedCaseRow>> ListAsync(
        AppDbContext db, IReadOnlyCollection<string>? elementNumbers = null, IReadOnlyCollection<Guid>? ids = null, CancellationToken ct = default)
    {
        if (elementNumbers is { Count: 0 } || ids is { Count: 0 }) return [];
        var cases = Published(db);
        if (elementNumbers is not null) cases = cases.Where(c => elementNumbers.Contains(c.ElementNumber));
        if (ids is not null) cases = cases.Where(c => ids.Contains(c.Id));
        var rows = await cases
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { c.Id, c.ElementNumber, Organisation = o.Name, c.Year, c.Title })
            .ToListAsync(ct);
        return rows.Select(r => new PublishedCaseRow(r.Id, r.ElementNumber, r.Organisation, r.Year, TitleOf(r.Title, r.ElementNumber)))
            .OrderByDescending(r => r.Year).ThenBy(r => r.ElementNumber, ElementNumberComparer.Instance).ThenBy(r => r.OrganisationName, StringComparer.Ordinal).ToList();
    }

    /// <summary>A published case in full, or null when there is no such case or it is not published.</summary>
    public static async Task<PublishedCase?> CaseAsync(AppDbContext db, Guid id, CancellationToken ct = default)
    {
        var row = await (
            from c in Published(db).Where(c => c.Id == id)
            join o in db.Organisations on c.OrganisationId equals o.Id
            join b in db.CertificationBodies on c.CertificationBodyId equals b.Id
            select new { Case = c, o.Name, o.Sector, o.Region, BodyName = b.Name }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var found = row.Case;
        var title = await ElementTitleAsync(db, found.StandardVersionId, found.ElementNumber, ct);
        return new PublishedCase(found.Id, found.ElementNumber, title, row.Name, row.Sector, row.Region, row.BodyName, found.Year,
            TitleOf(found.Title, found.ElementNumber), found.Description ?? "", found.Results, found.AssessorComment,
            found.ContactName, found.ContactEmail, found.PublishedAt!.Value);
    }

    private static async Task<Dictionary<Guid, LibraryCase>> ListRowsAsync(AppDbContext db, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await (
            from c in Published(db).Where(c => ids.Contains(c.Id))
            join o in db.Organisations on c.OrganisationId equals o.Id
            join e in db.Elements on new { c.StandardVersionId, Number = c.ElementNumber } equals new { e.StandardVersionId, e.Number } into elements
            from e in elements.DefaultIfEmpty()
            select new { c.Id, c.ElementNumber, ElementTitle = e == null ? null : e.Title, o.Name, o.Sector, c.Year, c.Title, c.Description, c.PublishedAt })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new LibraryCase(
            r.Id, r.ElementNumber, r.ElementTitle ?? "", r.Name, r.Sector, r.Year, TitleOf(r.Title, r.ElementNumber), Summary(r.Description), r.PublishedAt!.Value));
    }

    private static async Task<string> ElementTitleAsync(AppDbContext db, Guid versionId, string number, CancellationToken ct) =>
        await db.Elements.Where(e => e.StandardVersionId == versionId && e.Number == number).Select(e => e.Title).SingleOrDefaultAsync(ct) ?? "";

    private static string TitleOf(string? title, string elementNumber) => string.IsNullOrWhiteSpace(title) ? $"Practice on element {elementNumber}" : title;

    /// <summary>The description's opening, cut at a word near <see cref="SummaryLength"/> characters.</summary>
    public static string Summary(string? description)
    {
        var text = (description ?? "").ReplaceLineEndings(" ").Trim();
        if (text.Length <= SummaryLength) return text;
        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > SummaryLength / 2 ? cut : SummaryLength)].TrimEnd(',', ';', ':', '.') + "…";
    }
}

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Skills;

/// <summary>A published best-practice case as anyone may see it: whose, which year, which element.</summary>
public sealed record PublishedCaseRow(Guid Id, string ElementNumber, string OrganisationName, int Year, string Title);

/// <summary>
/// The one cross-organisation read of the skills pages: published cases belong to other organisations, so the tenant
/// filter is lifted here, and only here, for cases whose status is Published. Nothing else about a case is read.
/// </summary>
public static class PublishedCases
{
    /// <summary>Published cases, on the given elements when <paramref name="elementNumbers"/> is given, newest year first.</summary>
    public static async Task<IReadOnlyList<PublishedCaseRow>> ListAsync(AppDbContext db, IReadOnlyCollection<string>? elementNumbers, CancellationToken ct)
    {
        var cases = db.BestPracticeCases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.Published);
        if (elementNumbers is not null) cases = cases.Where(c => elementNumbers.Contains(c.ElementNumber));
        var rows = await cases
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { c.Id, c.ElementNumber, Organisation = o.Name, c.Year, c.Title })
            .ToListAsync(ct);
        return rows.Select(r => new PublishedCaseRow(r.Id, r.ElementNumber, r.Organisation, r.Year, string.IsNullOrWhiteSpace(r.Title) ? $"Practice on element {r.ElementNumber}" : r.Title))
            .OrderByDescending(r => r.Year).ThenBy(r => r.ElementNumber, ElementNumbers.Comparer).ThenBy(r => r.OrganisationName, StringComparer.Ordinal).ToList();
    }
}

/// <summary>Element numbers ("1.2.10") in the standard's order, not the alphabet's.</summary>
public static class ElementNumbers
{
    public static readonly IComparer<string> Comparer = Comparer<string>.Create((a, b) =>
    {
        var x = a.Split('.');
        var y = b.Split('.');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = int.TryParse(x[i], out var m) && int.TryParse(y[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(x[i], y[i]);
            if (order != 0) return order;
        }
        return x.Length.CompareTo(y.Length);
    });

    /// <summary>"1.2.3" belongs to criterion "1".</summary>
    public static string CriterionOf(string elementNumber) => elementNumber.Split('.')[0];
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// The organisation's position in its certification body's table, as a board would quote it, with an anonymised
/// spread of points. Filters are a GET form; a value the page cannot read is shown in the error summary (status 400)
/// and the page falls back to today and all organisations.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurPositionModel(AppDbContext db, CurrentUser user, TimeProvider time) : PageModel
{
    public OrganisationBenchmark Benchmark { get; private set; } = null!;
    public BenchmarkFilters Filters { get; private set; } = new(null, null, null, null);
    public DateOnly Today { get; private set; }
    public bool IsAdmin { get; private set; }
    public string? Saved { get; private set; }

    public IReadOnlyList<SelectListItem> YearItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SectorItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RegionItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SizeItems { get; private set; } = [];

    public string BasePath => $"/organisations/{Benchmark.Organisation.Id}/benchmarks";

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string? year, string? sector, string? region, string? size, string? saved, CancellationToken ct)
    {
        Today = Dates.Today(time);
        Filters = new BenchmarkFilters(year, sector, region, size);
        var request = Filters.ToRequest(Today, out var errors);
        foreach (var (key, messages) in errors)
            foreach (var message in messages) ModelState.AddModelError(key, message);
        // Unreadable filters: show the position for today and all organisations rather than a guess at what was meant.
        if (errors.Count > 0) request = new BenchmarkRequest(null, Today, PeerGroup.All);

        if (await OrganisationBenchmark.LoadAsync(db, organisationId, request, Today, ct) is not { } benchmark) return NotFound();
        Benchmark = benchmark;
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
        Saved = saved;

        // "Today" stands for this year; past years run back to the organisation's first result.
        var from = Math.Min(benchmark.FirstYear, request.Year ?? Today.Year);
        YearItems = Enumerable.Range(from, Today.Year - from).Reverse()
            .Select(y => new SelectListItem($"End of {y.ToString(CultureInfo.InvariantCulture)}", y.ToString(CultureInfo.InvariantCulture), y == request.Year))
            .Prepend(new SelectListItem($"Today ({Dates.Day(Today)})", "", request.Year is null || request.Year == Today.Year))
            .ToList();
        SectorItems = Choices(Enum.GetValues<Sector>().Select(s => (OrganisationNames.Display(s), s.ToString(), s == request.Group.Sector)), "Any sector");
        RegionItems = Choices(Enum.GetValues<Region>().Select(r => (OrganisationNames.Display(r), r.ToString(), r == request.Group.Region)), "Any region");
        SizeItems = Choices(Enum.GetValues<SizeBand>().Select(b => (OrganisationNames.Display(b), b.ToString(), b == request.Group.SizeBand)), "Any size");
        return Page();
    }

    /// <summary>A filter's first error, for the message above its field.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private static List<SelectListItem> Choices(IEnumerable<(string Text, string Value, bool Selected)> items, string any)
    {
        var list = items.Select(i => new SelectListItem(i.Text, i.Value, i.Selected)).ToList();
        return list.Prepend(new SelectListItem(any, "", !list.Any(i => i.Selected))).ToList();
    }
}

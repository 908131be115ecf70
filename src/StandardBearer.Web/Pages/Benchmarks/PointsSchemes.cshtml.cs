using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// A scheme as typed: the names of <see cref="SavePointsSchemeRequest"/>, so the service's errors land on the right
/// fields. Points arrive as text, one per rating key (<c>Input.Points[CompliancePlus]</c>), and are read here so
/// "ten" gets a message of its own rather than the framework's.
/// </summary>
public sealed class PointsSchemeInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter a name for the scheme")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Display(Name = "Date the scheme takes effect")]
    [Required(ErrorMessage = "Enter the date the scheme takes effect")]
    public DateOnly? EffectiveFrom { get; set; }

    public Dictionary<string, string?> Points { get; set; } = new(StringComparer.Ordinal);
}

public enum SchemeState
{
    Future,
    InForce,
    Replaced,
}

/// <summary>The body's own points per rating, from a date: the schemes in force, to come and replaced; add one, remove one.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class PointsSchemesModel(AppDbContext db, PointsSchemeService schemes, CurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public PointsSchemeInput Input { get; set; } = new();

    public string BodyName { get; private set; } = "";
    public RatingScale Scale { get; private set; } = null!;
    public IReadOnlyList<(PointsSchemeSummary Scheme, SchemeState State)> Schemes { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync(Guid bodyId, string? done, CancellationToken ct)
    {
        await LoadAsync(bodyId, ct);
        Done = done is "added" or "removed" ? done : null;
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, CancellationToken ct)
    {
        await LoadAsync(bodyId, ct);
        var points = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var rating in Scale.Ratings)
        {
            var typed = Input.Points.GetValueOrDefault(rating.Key)?.Trim();
            var key = $"{nameof(Input)}.{nameof(PointsSchemeInput.Points)}[{rating.Key}]";
            if (string.IsNullOrEmpty(typed))
                ModelState.AddModelError(key, $"Enter the points for {rating.Name}");
            else if (!int.TryParse(typed.Replace('−', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                ModelState.AddModelError(key, $"Points for {rating.Name} must be a whole number from {PointsSchemeService.MinPoints} to {PointsSchemeService.MaxPoints}");
            else points[rating.Key] = value;
        }
        if (!ModelState.IsValid) return Page();
        try
        {
            await schemes.AddAsync(bodyId, new SavePointsSchemeRequest { Name = Input.Name ?? "", EffectiveFrom = Input.EffectiveFrom, Points = points },
                user.Actor, BenchmarkQueries.DefaultStandard, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{PagePath(bodyId)}?done=added");
    }

    public static string PagePath(Guid bodyId) => $"/bodies/{bodyId}/benchmarks/points";

    private async Task LoadAsync(Guid bodyId, CancellationToken ct)
    {
        BodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        (_, Scale) = await PointsSchemeService.ScaleAsync(db, BenchmarkQueries.DefaultStandard, ct);
        // Every rating has an entry, so each input has a value to show (empty at first).
        foreach (var rating in Scale.Ratings) Input.Points.TryAdd(rating.Key, null);
        var today = Dates.Today(time);
        var list = await PointsSchemeService.ListAsync(db, bodyId, ct);
        var inForce = list.Where(s => s.EffectiveFrom <= today).MaxBy(s => s.EffectiveFrom)?.Id;
        Schemes = list.Select(s => (s, s.EffectiveFrom > today ? SchemeState.Future : s.Id == inForce ? SchemeState.InForce : SchemeState.Replaced)).ToList();
    }
}

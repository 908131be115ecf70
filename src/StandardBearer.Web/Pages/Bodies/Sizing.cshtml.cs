using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Bodies;

/// <summary>One band as typed: text, so that "abc" gets a GOV.UK message rather than the model binder's.</summary>
public sealed class SizingBandInput
{
    public string? UpToStaff { get; set; }
    public string? DeskDays { get; set; }
    public string? OnSiteDays { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(UpToStaff) && string.IsNullOrWhiteSpace(DeskDays) && string.IsNullOrWhiteSpace(OnSiteDays);
}

/// <summary>Named as <see cref="ReplaceSizingRequest"/> names it, so the service's errors (<c>Bands[1].DeskDays</c>) land on the right input.</summary>
public sealed class SizingInput
{
    public List<SizingBandInput> Bands { get; set; } = [];
}

/// <summary>
/// The body's sizing table: staff numbers to desk and on-site days, which suggests the days for each assessment.
/// Admins change it; assessors may read it. Until a body sets its own, the CSE scheme's default applies.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin, Role.Assessor)]
public class SizingModel(AppDbContext db, CertificationBodyService bodies, CurrentUser user) : PageModel
{
    /// <summary>Empty rows offered under the table, so an admin can add bands without JavaScript.</summary>
    public const int SpareRows = 2;

    [BindProperty]
    public SizingInput Input { get; set; } = new();

    public string BodyName { get; private set; } = "";
    public bool IsAdmin { get; private set; }
    public bool IsDefault { get; private set; }
    public IReadOnlyList<SizingRow> Table { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync(Guid bodyId, bool saved, CancellationToken ct)
    {
        await LoadAsync(bodyId, ct);
        Saved = saved;
        Input = new SizingInput
        {
            Bands = Table.Select(r => new SizingBandInput { UpToStaff = r.UpToStaff?.ToString(CultureInfo.InvariantCulture), DeskDays = Days(r.DeskDays), OnSiteDays = Days(r.OnSiteDays) })
                .Concat(Enumerable.Range(0, SpareRows).Select(_ => new SizingBandInput())).ToList(),
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, CancellationToken ct)
    {
        await LoadAsync(bodyId, ct);
        if (!IsAdmin) return StatusCode(StatusCodes.Status403Forbidden);
        // Spare rows left empty at the end are not bands; an empty row in the middle is, and is reported.
        var typed = Input.Bands;
        var count = typed.Count;
        while (count > 0 && typed[count - 1].IsBlank) count--;
        if (count == 0)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(SizingInput.Bands)}[0].{nameof(SizingBandInput.UpToStaff)}", "Enter at least one band");
        var bands = typed.Take(count).Select((band, i) => Parse(band, i)).ToList();
        if (!ModelState.IsValid) return Page();
        try
        {
            await bodies.ReplaceSizingAsync(bodyId, new ReplaceSizingRequest { Bands = bands }, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"/bodies/{bodyId}/sizing?saved=true");
    }

    public static string Days(decimal days) => days.ToString("0.#", CultureInfo.InvariantCulture);

    private SizingBandRequest Parse(SizingBandInput band, int index)
    {
        var key = $"{nameof(Input)}.{nameof(SizingInput.Bands)}[{index}]";
        var n = index + 1;
        int? upTo = null;
        if (!string.IsNullOrWhiteSpace(band.UpToStaff))
        {
            if (int.TryParse(band.UpToStaff.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var staff)) upTo = staff;
            else ModelState.AddModelError($"{key}.{nameof(SizingBandInput.UpToStaff)}", $"Enter the number of staff for band {n} as a whole number, like 250");
        }
        return new SizingBandRequest
        {
            UpToStaff = upTo,
            DeskDays = ParseDays(band.DeskDays, $"{key}.{nameof(SizingBandInput.DeskDays)}", $"desk days for band {n}"),
            OnSiteDays = ParseDays(band.OnSiteDays, $"{key}.{nameof(SizingBandInput.OnSiteDays)}", $"days on site for band {n}"),
        };
    }

    private decimal? ParseDays(string? text, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var days)) return days;
        ModelState.AddModelError(key, $"Enter the {what} as a number, like 1 or 1.5");
        return null;
    }

    private async Task LoadAsync(Guid bodyId, CancellationToken ct)
    {
        BodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.CertificationBodyId == bodyId && m.Role == Role.CertificationBodyAdmin);
        IsDefault = !await db.Set<SizingBand>().AnyAsync(b => b.CertificationBodyId == bodyId, ct);
        Table = await CertificationBodyService.SizingTableAsync(db, bodyId, ct);
    }
}

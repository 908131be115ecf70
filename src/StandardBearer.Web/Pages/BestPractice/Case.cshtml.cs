using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>One published case in full. Anything not published is "not found", whoever asks.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public class CaseModel(AppDbContext db) : PageModel
{
    public PublishedCase Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await BestPracticeLibrary.CaseAsync(db, id, ct);
        if (found is null) return NotFound();
        Case = found;
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;

namespace StandardBearer.Web.Pages.Dev;

/// <summary>
/// The local outbox, so a developer can follow an invitation link without a mail server.
/// It exists only in Development: anywhere else it is a 404, whoever asks.
/// </summary>
public class OutboxModel(AppDbContext db, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!environment.IsDevelopment()) return NotFound();
        Messages = await db.OutboxMessages.OrderByDescending(m => m.CreatedAt).Take(50).AsNoTracking().ToListAsync(ct);
        return Page();
    }
}

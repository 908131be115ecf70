using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>One item: its details, every revision with its files, and the elements it supports now.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class ItemModel(AppDbContext db) : PageModel
{
    public EvidenceItem Item { get; private set; } = null!;
    public string? Owner { get; private set; }
    public string? DeletedBy { get; private set; }
    public IReadOnlyList<EvidenceRevision> Revisions { get; private set; } = [];
    public IReadOnlyList<ElementRef> Elements { get; private set; } = [];
    public bool Updated { get; private set; }
    public bool Revised { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid itemId, bool updated, bool revised, CancellationToken ct)
    {
        if (await EvidenceQueries.ItemAsync(db, organisationId, itemId, ct) is not { } item) return NotFound();
        Item = item;
        Revisions = item.Revisions.OrderByDescending(r => r.Number).ToList();
        var people = new[] { item.OwnerUserId, item.DeletedByUserId }.OfType<Guid>().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Owner = item.OwnerUserId is { } owner ? names.GetValueOrDefault(owner) : null;
        DeletedBy = item.DeletedByUserId is { } by ? names.GetValueOrDefault(by) : null;
        Elements = item.DeletedAt is null ? await EvidenceQueries.OpenElementsUsingAsync(db, organisationId, itemId, ct) : [];
        Updated = updated;
        Revised = revised;
        return Page();
    }
}

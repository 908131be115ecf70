using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Evidence;

public sealed record LibraryRow(
    Guid Id, string Title, EvidenceKind Kind, string? Owner, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<string> Tags,
    int CurrentRevision, DateTimeOffset UpdatedAt);

/// <summary>The organisation's evidence library: every live item, searchable by title or tag and filterable by kind.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<LibraryRow> Rows { get; private set; } = [];
    public string Query { get; private set; } = "";
    public EvidenceKind? Kind { get; private set; }
    public bool Filtered => Query.Length > 0 || Kind is not null;
    public (Guid Id, string Title)? Added { get; private set; }
    public bool Deleted { get; private set; }

    public IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<EvidenceKind>().Select(k => new SelectListItem(EvidenceKinds.DisplayName(k), k.ToString(), k == Kind))
            .Prepend(new SelectListItem("All kinds", "", Kind is null));

    // The filters arrive as plain strings so that a mistyped address shows everything rather than an error.
    public async Task OnGetAsync(Guid organisationId, string? q, string? kind, Guid? added, bool deleted, CancellationToken ct)
    {
        Query = (q ?? "").Trim();
        Kind = Enum.TryParse<EvidenceKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;
        Deleted = deleted;
        if (added is { } id && await EvidenceQueries.LiveTitleAsync(db, organisationId, id, ct) is { } title)
            Added = (id, title);

        var items = EvidenceQueries.Search(db, organisationId, Query, Kind);
        Rows = await items.OrderByDescending(i => i.UpdatedAt)
            .Select(i => new LibraryRow(i.Id, i.Title, i.Kind, db.Users.Where(u => u.Id == i.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                i.EffectiveFrom, i.EffectiveTo, i.Tags, i.CurrentRevision, i.UpdatedAt))
            .ToListAsync(ct);
    }
}

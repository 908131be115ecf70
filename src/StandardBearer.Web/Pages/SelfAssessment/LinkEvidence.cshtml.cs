using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Evidence;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.SelfAssessment;

public sealed record LinkEvidenceForm
{
    public List<Guid> ItemIds { get; init; } = [];
}

/// <summary>Links items already in the library to one element of the open self-assessment.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class LinkEvidenceModel(AppDbContext db, EvidenceService evidence, CurrentUser user) : PageModel
{
    [BindProperty]
    public LinkEvidenceForm Input { get; set; } = new();

    public string ElementTitle { get; private set; } = "";
    public string Query { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string number, string? q, CancellationToken ct) =>
        await LoadAsync(organisationId, number, q, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid organisationId, string number, string? q, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, number, q, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await evidence.LinkAsync(organisationId, number, Input.ItemIds, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"/organisations/{organisationId}/self-assessment/elements/{number}?evidence=linked");
    }

    private async Task<bool> LoadAsync(Guid organisationId, string number, string? q, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null) return false;
        var element = await db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == open.Id && e.ElementNumber == number).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(ct);
        var title = await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId && e.Number == number).Select(e => e.Title).SingleOrDefaultAsync(ct);
        if (element is null || title is null) return false;
        ElementTitle = $"{number} {title}";
        Query = (q ?? "").Trim();

        var items = EvidenceQueries.Search(db, organisationId, Query)
            .Where(i => !db.Set<EvidenceLink>().Any(l => l.ElementSelfAssessmentId == element && l.EvidenceItemId == i.Id));
        var rows = await items.OrderByDescending(i => i.UpdatedAt).Select(i => new { i.Id, i.Title, i.Kind, i.Tags }).ToListAsync(ct);
        Choices = rows.Select(r => new GovukChoiceItem
        {
            Text = r.Title, Value = r.Id.ToString(),
            Hint = EvidenceKinds.DisplayName(r.Kind) + (r.Tags.Count == 0 ? "" : $". Tags: {string.Join(", ", r.Tags)}"),
        }).ToList();
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Evidence;
using StandardBearer.Web.Pages.Skills;

namespace StandardBearer.Web.Pages.SelfAssessment;

/// <summary>What the other person saved, shown beside the user's own unsaved text after a conflict.</summary>
public sealed record TheirVersion(string? RatingName, string? Narrative, string? By, DateTimeOffset? At);

[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class ElementModel(AppDbContext db, SelfAssessmentService service, EvidenceService library, CurrentUser user) : PageModel
{
    [BindProperty]
    public UpdateElementRequest Input { get; set; } = new();

    public ElementNode Element { get; private set; } = null!;
    public VersionSummary Version { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> RatingItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ProgressItems { get; } =
    [
        new("Not started", nameof(ElementProgress.NotStarted)),
        new("In progress", nameof(ElementProgress.InProgress)),
        new("Completed", nameof(ElementProgress.Completed)),
    ];
    public TheirVersion? Theirs { get; private set; }
    public bool Saved { get; private set; }
    public bool ActionAdded { get; private set; }
    public IReadOnlyList<ImprovementAction> Actions { get; private set; } = [];
    public IReadOnlyList<LinkedEvidenceItem> Evidence { get; private set; } = [];
    public ElementChampionsPanel Champions { get; private set; } = null!;

    /// <summary>What just happened to the element's evidence, for the success banner: added, linked or unlinked.</summary>
    public string? EvidenceChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, string number, bool saved, bool actionAdded, string? evidence, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null || !await LoadAsync(organisationId, open, number, ct)) return NotFound();
        var row = await db.Set<ElementSelfAssessment>().SingleAsync(e => e.SelfAssessmentId == open.Id && e.ElementNumber == number, ct);
        Input = new UpdateElementRequest
        {
            Progress = row.Progress, RatingKey = row.RatingKey, Narrative = row.Narrative, OwnerUserId = row.OwnerUserId, ExpectedVersion = row.Version,
        };
        Saved = saved;
        ActionAdded = actionAdded;
        EvidenceChange = evidence is "added" or "linked" or "unlinked" ? evidence : null;
        return Page();
    }

    /// <summary>Takes one item off this element; the item stays in the library.</summary>
    public async Task<IActionResult> OnPostUnlinkAsync(Guid organisationId, string number, Guid itemId, CancellationToken ct)
    {
        await library.UnlinkAsync(organisationId, number, itemId, user.Actor, ct);
        return Redirect($"/organisations/{organisationId}/self-assessment/elements/{number}?evidence=unlinked");
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, string number, CancellationToken ct)
    {
        var open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (open is null || !await LoadAsync(organisationId, open, number, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await service.UpdateElementAsync(organisationId, open.Id, number, Input, user.Actor, ct);
            return Redirect($"/organisations/{organisationId}/self-assessment/elements/{number}?saved=true");
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        catch (ElementEditConflictException e)
        {
            // Keep everything the user typed; show what the other person saved; let them save again on top of it.
            var c = e.Current;
            Theirs = new TheirVersion(RatingItems.FirstOrDefault(r => r.Value == c.RatingKey)?.Text, c.Narrative, c.UpdatedByName, c.UpdatedAt);
            ModelState.Remove($"{nameof(Input)}.{nameof(UpdateElementRequest.ExpectedVersion)}");
            Input = Input with { ExpectedVersion = c.Version };
            ModelState.AddModelError("", $"{c.UpdatedByName ?? "Someone else"} saved this element while you were editing it. Your changes have not been saved yet: they are still below. Compare them with what was saved, then save again.");
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid organisationId, OpenSelfAssessment open, string number, CancellationToken ct)
    {
        var version = await StandardCatalogue.ByIdAsync(db, open.StandardVersionId, ct);
        var element = await db.Elements.Where(e => e.StandardVersionId == open.StandardVersionId && e.Number == number)
            .Select(e => new ElementNode(e.Number, e.Title, e.Statement, e.Guidance, e.ShowMe, e.TellMe)).SingleOrDefaultAsync(ct);
        if (element is null) return false;
        Version = version;
        Element = element;
        Actions = await db.Set<ImprovementAction>().AsNoTracking().Where(a => a.OrganisationId == organisationId && a.ElementNumber == number)
            .OrderBy(a => a.DueDate).ToListAsync(ct);
        var elementRowId = await db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == open.Id && e.ElementNumber == number).Select(e => e.Id).SingleAsync(ct);
        Evidence = (await LinkedEvidence.ForElementsAsync(db, [elementRowId], liveOnly: true, ct))[elementRowId].ToList();
        Champions = await ElementChampionsPanel.LoadAsync(db, organisationId, elementRowId, user.UserId, ct);
        var scale = await StandardCatalogue.ScaleAsync(db, open.StandardVersionId, ct);
        RatingItems = scale.Ratings.Select(r => new SelectListItem(r.Name, r.Key)).Append(new SelectListItem("Not yet rated", "")).ToList();
        OwnerItems = await db.Memberships.Where(m => m.OrganisationId == organisationId).OrderBy(m => m.User!.DisplayName)
            .Select(m => new SelectListItem(m.User!.DisplayName, m.UserId.ToString())).ToListAsync(ct);
        OwnerItems = OwnerItems.DistinctBy(o => o.Value).Prepend(new SelectListItem("No owner yet", "")).ToList();
        return true;
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>
/// The award as typed: the same names as <see cref="AddPredecessorAwardRequest"/>, so the service's errors land on the
/// right fields, with display names the date inputs' own messages use ("Date first held must be a real date").
/// </summary>
public sealed class PredecessorAwardInput
{
    [Display(Name = "Name of the award")]
    [Required(ErrorMessage = "Enter the name of the award, like Charter Mark")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Display(Name = "Date first held")]
    [Required(ErrorMessage = "Enter the date the organisation first held the award")]
    public DateOnly? HeldFrom { get; set; }

    [Display(Name = "Date it ended")]
    public DateOnly? HeldUntil { get; set; }
}

public sealed record PredecessorAwardRow(Guid Id, string Name, DateOnly HeldFrom, DateOnly? HeldUntil);

/// <summary>
/// Awards a client held before its first certificate (Charter Mark, say), entered by this body, so that how long the
/// organisation has held the standard counts them. The route names the organisation <c>clientId</c>: the page belongs
/// to the body's tenant, and an <c>organisationId</c> would make the tenant check read it as the organisation's.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class PredecessorAwardsModel(AppDbContext db, CertificateService certificates, CurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public PredecessorAwardInput Input { get; set; } = new();

    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<PredecessorAwardRow> Awards { get; private set; } = [];
    public Holding? Holding { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid clientId, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, clientId, ct)) return NotFound();
        Done = done is "added" or "removed" ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid clientId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, clientId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await certificates.AddPredecessorAwardAsync(bodyId, clientId,
                new AddPredecessorAwardRequest { Name = Input.Name ?? "", HeldFrom = Input.HeldFrom, HeldUntil = Input.HeldUntil }, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{PagePath(bodyId, clientId)}?done=added");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid bodyId, Guid clientId, Guid awardId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, clientId, ct)) return NotFound();
        // Only an award of this client: the service checks the body, the list checks the organisation.
        if (!Awards.Any(a => a.Id == awardId)) return NotFound();
        await certificates.RemovePredecessorAwardAsync(bodyId, awardId, user.Actor, ct);
        return Redirect($"{PagePath(bodyId, clientId)}?done=removed");
    }

    public static string PagePath(Guid bodyId, Guid clientId) => $"/bodies/{bodyId}/clients/{clientId}/predecessor-awards";

    private async Task<bool> LoadAsync(Guid bodyId, Guid clientId, CancellationToken ct)
    {
        if (!await CertificateQueries.IsClientAsync(db, bodyId, clientId, ct)) return false;
        OrganisationName = await db.Organisations.Where(o => o.Id == clientId).Select(o => o.Name).SingleAsync(ct);
        Awards = await db.Set<PredecessorAward>().Where(a => a.CertificationBodyId == bodyId && a.OrganisationId == clientId)
            .OrderBy(a => a.HeldFrom).Select(a => new PredecessorAwardRow(a.Id, a.Name, a.HeldFrom, a.HeldUntil)).ToListAsync(ct);
        Holding = (await CertificateQueries.HoldingsAsync(db, [clientId], Dates.Today(time), ct)).GetValueOrDefault(clientId);
        return true;
    }
}

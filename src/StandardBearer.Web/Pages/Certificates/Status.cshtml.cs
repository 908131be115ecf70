using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>
/// Suspend, reinstate, withdraw or cancel, with a reason. Only the changes <see cref="CertificateTransitions"/> allows
/// from the status as of today are offered, and the service refuses any other that is posted.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class StatusModel(AppDbContext db, CertificateService certificates, CurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public ChangeCertificateStatusRequest Input { get; set; } = new();

    public CertificateDetails Details { get; private set; } = null!;
    public IReadOnlyList<GovukChoiceItem> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid certificateId, CancellationToken ct) =>
        await LoadAsync(bodyId, certificateId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, certificateId, ct)) return NotFound();
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.Status)}", "Select the new status");
        if (!ModelState.IsValid) return Page();
        try
        {
            await certificates.ChangeStatusAsync(bodyId, certificateId, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{CertificatePages.BodyPath(bodyId, certificateId)}?saved=status");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (await CertificatePages.AtBodyAsync(db, bodyId, certificateId, Dates.Today(time), ct) is not { } details) return false;
        Details = details;
        Choices = CertificateTransitions.AllowedFrom(details.Status)
            .Select(to => new GovukChoiceItem { Text = CertificateTransitions.Describe(details.Status, to), Value = to.ToString(), Hint = Hint(to) })
            .ToList();
        return true;
    }

    private static string Hint(CertificateStatus to) => to switch
    {
        CertificateStatus.Active => "The certificate is valid again",
        CertificateStatus.Suspended => "The certificate is not valid until you reinstate it, for example while an overdue annual review is arranged",
        CertificateStatus.Withdrawn => "Your certification body has ended certification. This cannot be undone",
        CertificateStatus.Cancelled => "Ended for another reason, such as the organisation giving it up. This cannot be undone",
        _ => "",
    };
}

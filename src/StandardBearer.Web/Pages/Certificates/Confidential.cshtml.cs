using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Certificates;

/// <summary>Whether the certificate is listed on the public register. A confidential one is not listed, but its number still verifies.</summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class ConfidentialModel(AppDbContext db, CertificateService certificates, CurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public SetConfidentialRequest Input { get; set; } = new();

    public CertificateDetails Details { get; private set; } = null!;

    public static IReadOnlyList<GovukChoiceItem> Choices { get; } =
    [
        new() { Value = "false", Text = "Listed", Hint = "Anyone can find the organisation on the public register" },
        new() { Value = "true", Text = "Not listed (confidential)", Hint = "The organisation is left off the register, but anyone with the certificate number can still check it" },
    ];

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, certificateId, ct)) return NotFound();
        Input = new SetConfidentialRequest { Confidential = Details.Confidential };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, certificateId, ct)) return NotFound();
        ModelState.ReplaceBindingError($"{nameof(Input)}.{nameof(Input.Confidential)}", "Select whether the certificate is listed on the public register");
        if (!ModelState.IsValid) return Page();
        try
        {
            await certificates.SetConfidentialAsync(bodyId, certificateId, Input, user.Actor, ct);
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
        return Redirect($"{CertificatePages.BodyPath(bodyId, certificateId)}?saved=register");
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid certificateId, CancellationToken ct)
    {
        if (await CertificatePages.AtBodyAsync(db, bodyId, certificateId, Dates.Today(time), ct) is not { } details) return false;
        Details = details;
        return true;
    }
}

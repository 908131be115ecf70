using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Admin.Standards;

[AllowRoles(Role.StandardOwner)]
public class ImportModel(StandardService standards, CurrentUser user) : PageModel
{
    public const long MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    [Required(ErrorMessage = "Select a standard pack file")]
    [Display(Name = "Standard pack")]
    public IFormFile? Pack { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        if (Pack!.Length == 0) ModelState.AddModelError(nameof(Pack), "The selected file is empty");
        else if (Pack.Length > MaxBytes) ModelState.AddModelError(nameof(Pack), "The selected file must be smaller than 5 MB");
        if (!ModelState.IsValid) return Page();

        string json;
        using (var reader = new StreamReader(Pack.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            json = await reader.ReadToEndAsync(ct);
        var result = await standards.ImportAsync(json, user.Actor, ct);
        if (!result.Succeeded)
        {
            // Every problem goes in the error summary, each with where in the file it is.
            foreach (var problem in result.Problems) ModelState.AddModelError(nameof(Pack), $"{problem.Path}: {problem.Message}");
            return Page();
        }
        return Redirect($"/admin/standards/{result.Version!.Standard!.Code}/{result.Version.Label}?imported=true");
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

public sealed record BenchmarkConsentInput
{
    public const string Required = "Select yes if you want to publish your results";

    // Checked in the handler, not with [Required]: with nothing posted under "Input.", MVC binds the empty prefix
    // and the error would be keyed "Publish", which the error summary cannot link to the radios.
    public bool? Publish { get; init; }
}

/// <summary>The organisation's admins choose whether its results appear in the public benchmark table.</summary>
[AllowRoles(Role.OrganisationAdmin)]
public class OurConsentModel(AppDbContext db, OrganisationService organisations, CurrentUser user) : PageModel
{
    [BindProperty]
    public BenchmarkConsentInput Input { get; set; } = new();

    public string OrganisationName { get; private set; } = "";

    public IReadOnlyList<SelectListItem> Choices { get; } = [new("Yes", "true"), new("No", "false")];

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        var o = await db.Organisations.Where(x => x.Id == organisationId).Select(x => new { x.Name, x.PublishBenchmark }).SingleAsync(ct);
        OrganisationName = o.Name;
        Input = new BenchmarkConsentInput { Publish = o.PublishBenchmark };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken ct)
    {
        var key = $"{nameof(Input)}.{nameof(Input.Publish)}";
        ModelState.ReplaceBindingError(key, BenchmarkConsentInput.Required);
        if (Input.Publish is null && ModelState.IsValid) ModelState.AddModelError(key, BenchmarkConsentInput.Required);
        if (!ModelState.IsValid)
        {
            OrganisationName = await db.Organisations.Where(x => x.Id == organisationId).Select(x => x.Name).SingleAsync(ct);
            return Page();
        }
        await organisations.SetBenchmarkConsentAsync(organisationId, Input.Publish!.Value, user.Actor, ct);
        return Redirect($"/organisations/{organisationId}/benchmarks?saved=consent");
    }
}

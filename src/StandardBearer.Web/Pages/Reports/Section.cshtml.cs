using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Reports;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Reports;

/// <summary>
/// Change one section of a board report (organisation admins): the current text in a textarea, the generated draft
/// beside it for comparison. The saved text is kept when the report is regenerated, until the section is refreshed.
/// </summary>
[AllowRoles(Role.OrganisationAdmin)]
public class SectionModel(AppDbContext db, BoardReportService service, CurrentUser user) : PageModel
{
    [BindProperty]
    public EditBoardReportSectionRequest Input { get; set; } = new();

    public BoardReportDocument Report { get; private set; } = null!;
    public BoardReportSectionView Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, int year, int number, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, year, number, ct)) return NotFound();
        Input = new EditBoardReportSectionRequest { Text = Section.Text };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, int year, int number, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, year, number, ct)) return NotFound();
        try
        {
            await service.EditSectionAsync(organisationId, year, number, Input, user.Actor, ct);
            return Redirect($"{BoardReportPages.Path(organisationId, year)}?saved={number}#section-{number}");
        }
        catch (DomainValidationException e)
        {
            ModelState.AddDomainErrors(e, nameof(Input));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid organisationId, int year, int number, CancellationToken ct)
    {
        if (await BoardReportQueries.GetAsync(db, organisationId, year, ct) is not { } document
            || document.Sections.SingleOrDefault(s => s.Number == number) is not { } section) return false;
        (Report, Section) = (document, section);
        return true;
    }
}

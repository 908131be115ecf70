using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.BestPractice;

/// <summary>
/// One of the organisation's cases: why the assessor rated it Compliance Plus, the form to describe the practice
/// (members and admins), and the admins' consent, decline and withdrawal. The service refuses what the status or
/// the role does not allow; the page only offers what it allows.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class OurCaseModel(AppDbContext db, BestPracticeService cases, CurrentUser user) : PageModel
{
    [BindProperty]
    public DescribeCaseRequest Input { get; set; } = new();

    [BindProperty]
    public DeclineCaseRequest Decline { get; set; } = new();

    public CaseDetails Case { get; private set; } = null!;
    public bool IsAdmin { get; private set; }
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid caseId, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(organisationId, caseId, ct)) return NotFound();
        Saved = saved;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid organisationId, Guid caseId, CancellationToken ct) =>
        ChangeAsync(organisationId, caseId, nameof(Input), "described", keepPosted: true,
            () => cases.DescribeAsync(organisationId, caseId, Input, user.Actor, ct), ct);

    public Task<IActionResult> OnPostConsentAsync(Guid organisationId, Guid caseId, CancellationToken ct) =>
        ChangeAsync(organisationId, caseId, nameof(Input), "consented", keepPosted: false,
            () => cases.ConsentAsync(organisationId, caseId, user.Actor, ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid organisationId, Guid caseId, CancellationToken ct) =>
        ChangeAsync(organisationId, caseId, nameof(Decline), "declined", keepPosted: false,
            () => cases.DeclineAsync(organisationId, caseId, Decline, user.Actor, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid organisationId, Guid caseId, CancellationToken ct) =>
        ChangeAsync(organisationId, caseId, "", "withdrawn", keepPosted: false,
            () => cases.WithdrawConsentAsync(organisationId, caseId, user.Actor, ct), ct);

    /// <summary>
    /// Runs one change and goes back to the case with a success banner; a refusal shows the page again with the
    /// message. <paramref name="keepPosted"/>: show the description as posted (the describe form) or as saved.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Guid organisationId, Guid caseId, string prefix, string saved, bool keepPosted, Func<Task> change, CancellationToken ct)
    {
        var posted = Input;
        if (!await LoadAsync(organisationId, caseId, ct)) return NotFound();
        if (keepPosted) Input = posted;
        // The service checks what was posted, so each message is said once.
        ModelState.Clear();
        return await this.WriteAsync(prefix, change,
            () => Redirect($"{CasePages.OrganisationPath(organisationId, caseId)}?saved={saved}"));
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid caseId, CancellationToken ct)
    {
        if (await BestPracticeQueries.OrganisationDetailsAsync(db, organisationId, caseId, ct) is not { } details) return false;
        Case = details;
        IsAdmin = (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);
        Input = new DescribeCaseRequest
        {
            Title = details.Title, Description = details.Description, Results = details.Results, ContactName = details.ContactName, ContactEmail = details.ContactEmail,
        };
        return true;
    }
}

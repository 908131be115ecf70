using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.SelfAssessment;

public sealed record ActionRow(Guid Id, string Element, string Description, string? Owner, DateOnly DueDate, ActionStatus Status, bool Overdue);

/// <summary>The organisation's action plan: every improvement action, overdue ones first and highlighted.</summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class ActionsModel(AppDbContext db, ImprovementActionService actions, CurrentUser user, TimeProvider time) : PageModel
{
    public IReadOnlyList<ActionRow> Rows { get; private set; } = [];
    public int OverdueCount => Rows.Count(r => r.Overdue);

    public async Task OnGetAsync(Guid organisationId, CancellationToken ct) => Rows = await LoadAsync(organisationId, ct);

    public async Task<IActionResult> OnGetCsvAsync(Guid organisationId, CancellationToken ct)
    {
        var rows = await LoadAsync(organisationId, ct);
        var csv = Csv.Write(["element", "action", "owner", "due_date", "status", "overdue"],
            rows.Select(r => (IReadOnlyList<string>)[r.Element, r.Description, r.Owner ?? "", r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Status.ToString(), r.Overdue ? "yes" : "no"]));
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", "action-plan.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid organisationId, CancellationToken ct)
    {
        var rows = await ActionPlanExport.RowsAsync(db, organisationId, ct);
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        return File(ActionPlanExport.ToXlsx(rows), Xlsx.ContentType, ActionPlanExport.FileName(name, time.GetUtcNow()));
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid organisationId, Guid actionId, CancellationToken ct)
    {
        await actions.SetStatusAsync(organisationId, actionId, ActionStatus.Done, user.Actor, ct);
        return Redirect($"/organisations/{organisationId}/actions");
    }

    private async Task<IReadOnlyList<ActionRow>> LoadAsync(Guid organisationId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = await db.Set<ImprovementAction>().Where(a => a.OrganisationId == organisationId)
            .Select(a => new { a.Id, a.ElementNumber, a.Description, Owner = db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(), a.DueDate, a.Status })
            .ToListAsync(ct);
        return rows.Select(a => new ActionRow(a.Id, a.ElementNumber, a.Description, a.Owner, a.DueDate, a.Status, a.Status != ActionStatus.Done && a.DueDate < today))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.Status == ActionStatus.Done).ThenBy(r => r.DueDate).ToList();
    }
}

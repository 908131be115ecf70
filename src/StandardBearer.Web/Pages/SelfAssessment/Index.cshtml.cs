using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Assessments;

namespace StandardBearer.Web.Pages.SelfAssessment;

public sealed record PastSelfAssessment(Guid Id, string VersionLabel, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt);

[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class IndexModel(AppDbContext db, SelfAssessmentService service, CurrentUser user) : PageModel
{
    public OpenSelfAssessment? Open { get; private set; }
    public IReadOnlyList<TaskCriterion> Tasks { get; private set; } = [];
    public IReadOnlyList<PastSelfAssessment> Past { get; private set; } = [];
    public bool IsAdmin { get; private set; }
    public int Completed { get; private set; }
    public int Total { get; private set; }
    public string? Problem { get; private set; }
    public bool Started { get; private set; }
    public OpenRequestList Requests { get; private set; } = null!;

    public async Task OnGetAsync(Guid organisationId, bool started, CancellationToken ct)
    {
        Started = started;
        await LoadAsync(organisationId, ct);
    }

    /// <summary>The open self-assessment as a spreadsheet, one row per element; 404 when none is open.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(Guid organisationId, CancellationToken ct)
    {
        if (await SelfAssessmentExport.RowsAsync(db, organisationId, ct) is not { } rows) return NotFound();
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        return File(SelfAssessmentExport.ToXlsx(rows), Xlsx.ContentType, SelfAssessmentExport.FileName(name, db.Time.GetUtcNow()));
    }

    public async Task<IActionResult> OnPostStartAsync(Guid organisationId, CancellationToken ct)
    {
        if (!await IsAdminAsync(organisationId, ct)) return StatusCode(StatusCodes.Status403Forbidden);
        try
        {
            await service.StartAsync(organisationId, null, user.Actor, ct);
            return Redirect($"/organisations/{organisationId}/self-assessment?started=true");
        }
        catch (Exception e) when (e is ConflictException or DomainValidationException)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(organisationId, ct);
            return Page();
        }
    }

    private async Task<bool> IsAdminAsync(Guid organisationId, CancellationToken ct) =>
        (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);

    private async Task LoadAsync(Guid organisationId, CancellationToken ct)
    {
        IsAdmin = await IsAdminAsync(organisationId, ct);
        Open = await SelfAssessmentQueries.OpenAsync(db, organisationId, ct);
        if (Open is not null)
        {
            (_, Tasks, _) = await SelfAssessmentQueries.TaskListAsync(db, Open, ct);
            var rows = Tasks.SelectMany(c => c.SubCriteria).SelectMany(s => s.Rows).ToList();
            Total = rows.Count;
            Completed = rows.Count(r => r.Progress == ElementProgress.Completed);
        }
        Requests = new OpenRequestList(organisationId, await OrganisationAssessmentQueries.RequestsAsync(db, organisationId, null, ct),
            DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime));
        Past = await db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Closed)
            .OrderByDescending(s => s.StartedAt)
            .Select(s => new PastSelfAssessment(s.Id, db.StandardVersions.Where(v => v.Id == s.StandardVersionId).Select(v => v.Label).First(), s.StartedAt, s.ClosedAt))
            .ToListAsync(ct);
    }
}

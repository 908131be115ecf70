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
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>Named as <see cref="AssignAssessorsRequest"/> names them, so the service's errors land on these fields.</summary>
public sealed record AssignInput
{
    [Required(ErrorMessage = "Select a lead assessor")]
    public Guid? LeadAssessorUserId { get; init; }

    public List<Guid> TeamUserIds { get; init; } = [];
}

/// <summary>
/// A body admin picks the lead assessor and any team. Assessors who declared a conflict with this organisation
/// are listed, marked, and refused by the service, so the admin sees why rather than wondering where they went.
/// </summary>
[AllowRoles(Role.CertificationBodyAdmin)]
public class AssignModel(AppDbContext db, AssessmentService assessments, CurrentUser user) : PageModel
{
    [BindProperty]
    public AssignInput Input { get; set; } = new();

    public KeyInformation Info { get; private set; } = null!;
    public IReadOnlyList<GovukChoiceItem> LeadItems { get; private set; } = [];
    public IReadOnlyList<GovukChoiceItem> TeamItems { get; private set; } = [];
    public SuggestedDays Suggestion { get; private set; } = null!;

    public bool CanAssign => Info.Status is AssessmentStatus.Accepted or AssessmentStatus.DesktopReview or AssessmentStatus.OnSite;

    public async Task<IActionResult> OnGetAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, ct)) return NotFound();
        var team = await db.Set<AssessmentTeamMember>().Where(t => t.AssessmentId == assessmentId).Select(t => t.UserId).ToListAsync(ct);
        Input = new AssignInput { LeadAssessorUserId = Info.LeadAssessorUserId, TeamUserIds = team };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(bodyId, assessmentId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return await this.WriteAsync(nameof(Input), async () =>
        {
            await assessments.AssignAsync(bodyId, assessmentId,
                new AssignAssessorsRequest { LeadAssessorUserId = Input.LeadAssessorUserId, TeamUserIds = Input.TeamUserIds }, user.Actor, ct);
        }, () => Redirect($"{AssessmentPages.BodyPath(bodyId, assessmentId)}?done=assigned"));
    }

    private async Task<bool> LoadAsync(Guid bodyId, Guid assessmentId, CancellationToken ct)
    {
        if (await AssessmentPages.AtBodyAsync(db, user, bodyId, assessmentId, ct) is not { } access) return false;
        Info = await AssessmentKeyInformation.ForAsync(db, access, ct);
        var conflicted = await db.Set<AssessorConflict>()
            .Where(c => c.CertificationBodyId == bodyId && c.OrganisationId == access.OrganisationId && c.WithdrawnAt == null)
            .Select(c => c.AssessorUserId).ToListAsync(ct);
        var assessors = await db.Memberships
            .Where(m => m.CertificationBodyId == bodyId && m.Role == Role.Assessor && m.DeactivatedAt == null)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new { m.UserId, m.User!.DisplayName, m.User.Email }).ToListAsync(ct);
        GovukChoiceItem Item(Guid id, string name, string? email) => new()
        {
            Text = name, Value = id.ToString(),
            Hint = conflicted.Contains(id) ? $"{email} – Conflict of interest declared" : email,
        };
        LeadItems = assessors.Select(a => Item(a.UserId, a.DisplayName, a.Email)).ToList();
        TeamItems = assessors.Select(a => Item(a.UserId, a.DisplayName, a.Email)).ToList();
        Suggestion = Sizing.Suggest(await CertificationBodyService.SizingTableAsync(db, bodyId, ct), Info.StaffNumbers);
        return true;
    }
}

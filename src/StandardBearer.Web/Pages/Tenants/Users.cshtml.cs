using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Tenants;

public sealed record MemberRow(Guid Id, string Name, string Email, Role Role, DateTimeOffset Since);
public sealed record InvitationRow(Guid Id, string Email, Role Role, DateTimeOffset ExpiresAt);

[AllowRoles(Role.OrganisationAdmin, Role.CertificationBodyAdmin)]
public class UsersModel(AppDbContext db, AccountService accounts, CurrentUser user) : TenantPageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];
    public string? Success { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Success = done switch
        {
            "invited" => "Invitation sent",
            "removed" => "User removed",
            "revoked" => "Invitation withdrawn",
            _ => null,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId, CancellationToken ct) =>
        await RunAsync(() => accounts.RemoveMemberAsync(Tenant, membershipId, user.Actor, ct), "removed", ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken ct) =>
        await RunAsync(() => accounts.RevokeInvitationAsync(Tenant, invitationId, user.Actor, ct), "revoked", ct);

    private async Task<IActionResult> RunAsync(Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect($"{TenantPath}/users?done={done}");
        }
        catch (ConflictException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadTenantNameAsync(db, ct);
        var tenant = Tenant;
        // The global query filter already limits these to the tenant in the route; the explicit match says so to a reader too.
        Members = await db.Memberships
            .Where(m => m.OrganisationId == tenant.OrganisationId && m.CertificationBodyId == tenant.CertificationBodyId)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new MemberRow(m.Id, m.User!.DisplayName, m.User.Email!, m.Role, m.CreatedAt))
            .ToListAsync(ct);
        var now = db.Time.GetUtcNow();
        Invitations = await db.Invitations
            .Where(i => i.OrganisationId == tenant.OrganisationId && i.CertificationBodyId == tenant.CertificationBodyId
                && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.Email)
            .Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.ExpiresAt))
            .ToListAsync(ct);
    }
}

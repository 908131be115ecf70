using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;

namespace StandardBearer.Core.Accounts;

/// <summary>Users, memberships and invitations. Password checks and hashing are ASP.NET Core Identity's.</summary>
public sealed class AccountService(AppDbContext db, UserManager<AppUser> users, IEmailSender email)
{
    public const int MinimumPasswordLength = 10;
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task<Invitation> InviteAsync(TenantRef tenant, InviteUserRequest request, Actor actor, Func<string, string> acceptUrl, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var role = request.Role!.Value;
        if (Roles.KindOf(role) != tenant.Kind)
            throw new DomainValidationException(nameof(InviteUserRequest.Role), "Select a role");
        var tenantName = await TenantNameAsync(tenant, ct) ?? throw new NotFoundException("Tenant not found");
        var emailAddress = request.Email.Trim();
        var normalised = users.NormalizeEmail(emailAddress);

        var alreadyMember = await db.Memberships.IgnoreQueryFilters().AnyAsync(m =>
            m.User!.NormalizedEmail == normalised && m.OrganisationId == tenant.OrganisationId && m.CertificationBodyId == tenant.CertificationBodyId, ct);
        if (alreadyMember)
            throw new DomainValidationException(nameof(InviteUserRequest.Email), $"{emailAddress} is already a member of {tenantName}");

        var now = db.Time.GetUtcNow();
        // Inviting again replaces any earlier pending invitation, so only the newest link works.
        var earlier = await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.Email.ToLower() == emailAddress.ToLower() && i.OrganisationId == tenant.OrganisationId
                && i.CertificationBodyId == tenant.CertificationBodyId && i.AcceptedAt == null && i.RevokedAt == null)
            .ToListAsync(ct);
        foreach (var old in earlier) old.RevokedAt = now;

        var token = NewToken();
        var invitation = new Invitation
        {
            Id = db.NewId(),
            Email = emailAddress,
            Role = role,
            OrganisationId = tenant.OrganisationId,
            CertificationBodyId = tenant.CertificationBodyId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + InvitationLifetime,
            InvitedByUserId = actor.UserId,
        };
        db.Invitations.Add(invitation);
        db.Record(actor, "UserInvited", $"Invitation/{invitation.Id}", tenant.OrganisationId, tenant.CertificationBodyId,
            after: new { invitation.Email, Role = role.ToString(), ExpiresAt = invitation.ExpiresAt.ToString("O") });
        await db.SaveChangesAsync(ct);

        await email.SendAsync(new EmailMessage(
            emailAddress,
            $"You have been invited to join {tenantName} on StandardBearer",
            $"""
            {actor.Name} has invited you to join {tenantName} on StandardBearer as {Roles.DisplayName(role).ToLowerInvariant()}.

            Use this link to accept the invitation. It works once and expires on {invitation.ExpiresAt:d MMMM yyyy}:
            {acceptUrl(token)}

            If you were not expecting this email, you can ignore it.
            """), ct);
        return invitation;
    }

    public async Task<InvitationView> GetInvitationAsync(string? token, CancellationToken ct = default)
    {
        var invitation = await FindInvitationAsync(token, ct);
        if (invitation is null) return new InvitationView(InvitationStatus.NotFound, null, null, null, false);
        var status = StatusOf(invitation);
        var tenantName = await TenantNameAsync(TenantOf(invitation), ct);
        var hasAccount = await users.FindByEmailAsync(invitation.Email) is not null;
        return new InvitationView(status, invitation.Email, invitation.Role, tenantName, hasAccount);
    }

    /// <summary>Accepting as someone new: creates the account with the chosen password and joins the tenant.</summary>
    public async Task<AppUser> AcceptAsNewUserAsync(string? token, AcceptInvitationRequest request, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var invitation = await RequirePendingAsync(token, ct);
        if (await users.FindByEmailAsync(invitation.Email) is not null)
            throw new ConflictException("An account with this email address already exists. Sign in to accept the invitation.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser
        {
            Id = db.NewId(),
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true, // following the emailed link proves the address
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = db.Time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
            throw new DomainValidationException(nameof(AcceptInvitationRequest.Password), string.Join(" ", created.Errors.Select(e => e.Description)));
        Join(invitation, user);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return user;
    }

    /// <summary>Accepting as a signed-in user whose email matches the invitation.</summary>
    public async Task AcceptAsExistingUserAsync(string? token, Guid userId, CancellationToken ct = default)
    {
        var invitation = await RequirePendingAsync(token, ct);
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User not found");
        if (!string.Equals(user.NormalizedEmail, users.NormalizeEmail(invitation.Email), StringComparison.Ordinal))
            throw new ForbiddenException($"This invitation is for {invitation.Email}. Sign out and sign in with that account to accept it.");
        Join(invitation, user);
        await db.SaveChangesAsync(ct);
    }

    public async Task RevokeInvitationAsync(TenantRef tenant, Guid invitationId, Actor actor, CancellationToken ct = default)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId
            && i.OrganisationId == tenant.OrganisationId && i.CertificationBodyId == tenant.CertificationBodyId, ct)
            ?? throw new NotFoundException("Invitation not found");
        if (invitation.AcceptedAt is not null)
            throw new ConflictException("This invitation has already been accepted");
        invitation.RevokedAt ??= db.Time.GetUtcNow();
        db.Record(actor, "InvitationRevoked", $"Invitation/{invitation.Id}", tenant.OrganisationId, tenant.CertificationBodyId,
            before: new { invitation.Email });
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveMemberAsync(TenantRef tenant, Guid membershipId, Actor actor, CancellationToken ct = default)
    {
        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == membershipId
            && m.OrganisationId == tenant.OrganisationId && m.CertificationBodyId == tenant.CertificationBodyId, ct)
            ?? throw new NotFoundException("Member not found");
        if (Roles.IsAdmin(membership.Role))
        {
            var admins = await db.Memberships.CountAsync(m => m.Role == membership.Role
                && m.OrganisationId == tenant.OrganisationId && m.CertificationBodyId == tenant.CertificationBodyId, ct);
            if (admins <= 1)
                throw new ConflictException("You cannot remove the only admin. Invite another admin first.");
        }
        db.Memberships.Remove(membership);
        db.Record(actor, "MemberRemoved", $"Membership/{membership.Id}", tenant.OrganisationId, tenant.CertificationBodyId,
            before: new { membership.User!.Email, Role = membership.Role.ToString() });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Creates a user (or adds a membership to an existing one) directly: the CLI's and the demo's path.</summary>
    public async Task<AppUser> CreateUserAsync(CreateUserRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var role = request.Role!.Value;
        var tenant = await ResolveTenantAsync(role, request.TenantName, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            user = new AppUser
            {
                Id = db.NewId(),
                UserName = request.Email.Trim(),
                Email = request.Email.Trim(),
                EmailConfirmed = true,
                DisplayName = request.DisplayName.Trim(),
                CreatedAt = db.Time.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, request.Password);
            if (!created.Succeeded)
                throw new DomainValidationException(nameof(CreateUserRequest.Password), string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        var exists = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.Role == role
            && m.OrganisationId == tenant.OrganisationId && m.CertificationBodyId == tenant.CertificationBodyId, ct);
        if (!exists)
        {
            var membership = new Membership
            {
                Id = db.NewId(), UserId = user.Id, Role = role, OrganisationId = tenant.OrganisationId,
                CertificationBodyId = tenant.CertificationBodyId, CreatedAt = db.Time.GetUtcNow(),
            };
            db.Memberships.Add(membership);
            db.Record(actor, "MemberAdded", $"Membership/{membership.Id}", tenant.OrganisationId, tenant.CertificationBodyId,
                after: new { user.Email, Role = role.ToString() });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return user;
    }

    public async Task ChangePasswordAsync(Guid userId, ChangePasswordRequest request, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User not found");
        if (!await users.CheckPasswordAsync(user, request.CurrentPassword))
            throw new DomainValidationException(nameof(ChangePasswordRequest.CurrentPassword), "Your current password is incorrect");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!changed.Succeeded)
            throw new DomainValidationException(nameof(ChangePasswordRequest.NewPassword), string.Join(" ", changed.Errors.Select(e => e.Description)));
        db.Record(new Actor(user.Id, user.DisplayName), "PasswordChanged", $"User/{user.Id}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Sign-ins, lock-outs and sign-outs go into the platform's audit trail (no tenant: only the standard owner
    /// sees them), so that who could have made a change is answerable too.
    /// </summary>
    public async Task RecordSessionEventAsync(AppUser user, string action, CancellationToken ct = default)
    {
        db.Record(new Actor(user.Id, user.DisplayName), action, $"User/{user.Id}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Cross-tenant by design: a user's own memberships, whichever tenants they are in.</summary>
    public static Task<List<MembershipInfo>> MembershipsOfAsync(AppDbContext db, Guid userId, CancellationToken ct = default) =>
        db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.Role)
            .Select(m => new MembershipInfo(
                m.Role,
                m.OrganisationId,
                m.CertificationBodyId,
                m.OrganisationId != null
                    ? db.Organisations.Where(o => o.Id == m.OrganisationId).Select(o => o.Name).First()
                    : m.CertificationBodyId != null
                        ? db.CertificationBodies.Where(b => b.Id == m.CertificationBodyId).Select(b => b.Name).First()
                        : "StandardBearer"))
            .ToListAsync(ct);

    private void Join(Invitation invitation, AppUser user)
    {
        var now = db.Time.GetUtcNow();
        invitation.AcceptedAt = now;
        var membership = new Membership
        {
            Id = db.NewId(), UserId = user.Id, Role = invitation.Role, OrganisationId = invitation.OrganisationId,
            CertificationBodyId = invitation.CertificationBodyId, CreatedAt = now,
        };
        db.Memberships.Add(membership);
        db.Record(new Actor(user.Id, user.DisplayName), "InvitationAccepted", $"Invitation/{invitation.Id}",
            invitation.OrganisationId, invitation.CertificationBodyId, after: new { user.Email, Role = invitation.Role.ToString() });
    }

    private async Task<Invitation> RequirePendingAsync(string? token, CancellationToken ct)
    {
        var invitation = await FindInvitationAsync(token, ct) ?? throw new NotFoundException("This invitation link is not valid.");
        return StatusOf(invitation) switch
        {
            InvitationStatus.Valid => invitation,
            InvitationStatus.Expired => throw new ConflictException("This invitation has expired. Ask for a new one."),
            InvitationStatus.Accepted => throw new ConflictException("This invitation has already been used. Sign in instead."),
            _ => throw new ConflictException("This invitation has been withdrawn. Ask for a new one."),
        };
    }

    private InvitationStatus StatusOf(Invitation i) =>
        i.AcceptedAt is not null ? InvitationStatus.Accepted
        : i.RevokedAt is not null ? InvitationStatus.Revoked
        : i.ExpiresAt <= db.Time.GetUtcNow() ? InvitationStatus.Expired
        : InvitationStatus.Valid;

    private Task<Invitation?> FindInvitationAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return Task.FromResult<Invitation?>(null);
        var hash = Hash(token);
        return db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
    }

    private static TenantRef TenantOf(Invitation i) =>
        i.OrganisationId is { } o ? TenantRef.Organisation(o) : TenantRef.CertificationBody(i.CertificationBodyId!.Value);

    private async Task<string?> TenantNameAsync(TenantRef tenant, CancellationToken ct) => tenant.Kind switch
    {
        TenantKind.Organisation => await db.Organisations.Where(o => o.Id == tenant.Id).Select(o => o.Name).SingleOrDefaultAsync(ct),
        TenantKind.CertificationBody => await db.CertificationBodies.Where(b => b.Id == tenant.Id).Select(b => b.Name).SingleOrDefaultAsync(ct),
        _ => "StandardBearer",
    };

    private async Task<TenantRef> ResolveTenantAsync(Role role, string? tenantName, CancellationToken ct)
    {
        var kind = Roles.KindOf(role);
        if (kind == TenantKind.Platform) return new TenantRef(TenantKind.Platform, Guid.Empty);
        if (string.IsNullOrWhiteSpace(tenantName))
            throw new DomainValidationException(nameof(CreateUserRequest.TenantName), $"Enter the name of the {(kind == TenantKind.Organisation ? "organisation" : "certification body")} for the {Roles.DisplayName(role).ToLowerInvariant()} role");
        var lowered = tenantName.Trim().ToLowerInvariant();
        Guid? id = kind == TenantKind.Organisation
            ? await db.Organisations.Where(o => o.Name.ToLower() == lowered).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct)
            : await db.CertificationBodies.Where(b => b.Name.ToLower() == lowered).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        return id is { } found
            ? new TenantRef(kind, found)
            : throw new DomainValidationException(nameof(CreateUserRequest.TenantName), $"There is no {(kind == TenantKind.Organisation ? "organisation" : "certification body")} called {tenantName}");
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

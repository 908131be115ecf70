using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Accounts;

public abstract class AccountServiceTests(AppFixture app)
{
    private static readonly Actor Admin = Actor.System("test admin");

    private Task<T> Accounts<T>(Func<AccountService, Task<T>> work) =>
        app.WithServicesAsync(sp => work(sp.GetRequiredService<AccountService>()));

    private async Task<string> InviteAsync(TenantRef tenant, string email, Role role)
    {
        string? token = null;
        await Accounts(s => s.InviteAsync(tenant, new InviteUserRequest { Email = email, Role = role }, Admin, t => token = $"https://x/accept?token={t}"));
        return token![(token!.IndexOf('=') + 1)..];
    }

    [DbFact]
    public async Task Invite_NewEmail_StoresOnlyAHashAndEmailsTheLink()
    {
        var organisation = await app.Data.CreateOrganisationAsync();
        var email = $"new-{Guid.NewGuid():N}@test.example";

        var token = await InviteAsync(TenantRef.Organisation(organisation.Id), email, Role.OrganisationMember);

        var (invitation, message) = await app.WithDbAsync(async db => (
            await db.Invitations.SingleAsync(i => i.Email == email),
            await db.OutboxMessages.SingleAsync(m => m.To == email)));
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(64, invitation.TokenHash.Length);
        Assert.Contains(token, message.Body);
        Assert.Contains(organisation.Name, message.Subject);
    }

    [DbFact]
    public async Task AcceptAsNewUser_ValidToken_CreatesAccountMembershipAndAudit()
    {
        var organisation = await app.Data.CreateOrganisationAsync();
        var email = $"new-{Guid.NewGuid():N}@test.example";
        var token = await InviteAsync(TenantRef.Organisation(organisation.Id), email, Role.OrganisationAdmin);

        var user = await Accounts(s => s.AcceptAsNewUserAsync(token, new AcceptInvitationRequest
        {
            DisplayName = "New Person", Password = "a long enough password", ConfirmPassword = "a long enough password",
        }));

        var (membership, audited) = await app.WithDbAsync(async db => (
            await db.Memberships.SingleAsync(m => m.UserId == user.Id),
            await db.AuditEvents.AnyAsync(e => e.Action == "InvitationAccepted" && e.UserId == user.Id && e.OrganisationId == organisation.Id)));
        Assert.Equal(Role.OrganisationAdmin, membership.Role);
        Assert.Equal(organisation.Id, membership.OrganisationId);
        Assert.True(audited);
    }

    [DbFact]
    public async Task AcceptAsNewUser_TokenUsedTwice_SecondIsRefused()
    {
        var organisation = await app.Data.CreateOrganisationAsync();
        var token = await InviteAsync(TenantRef.Organisation(organisation.Id), $"once-{Guid.NewGuid():N}@test.example", Role.OrganisationMember);
        var request = new AcceptInvitationRequest { DisplayName = "Once", Password = "a long enough password", ConfirmPassword = "a long enough password" };
        await Accounts(s => s.AcceptAsNewUserAsync(token, request));

        var e = await Assert.ThrowsAsync<ConflictException>(() => Accounts(s => s.AcceptAsNewUserAsync(token, request)));

        Assert.Contains("already been used", e.Message);
    }

    [DbFact]
    public async Task AcceptAsNewUser_ExpiredToken_IsRefusedAndNoAccountMade()
    {
        var organisation = await app.Data.CreateOrganisationAsync();
        var email = $"late-{Guid.NewGuid():N}@test.example";
        var token = await InviteAsync(TenantRef.Organisation(organisation.Id), email, Role.OrganisationMember);
        await app.WithDbAsync(db => db.Invitations.Where(i => i.Email == email)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        await Assert.ThrowsAsync<ConflictException>(() => Accounts(s => s.AcceptAsNewUserAsync(token, new AcceptInvitationRequest
        {
            DisplayName = "Late", Password = "a long enough password", ConfirmPassword = "a long enough password",
        })));

        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [DbFact]
    public async Task Invite_SameEmailAgain_OnlyTheNewestLinkWorks()
    {
        var organisation = await app.Data.CreateOrganisationAsync();
        var email = $"twice-{Guid.NewGuid():N}@test.example";
        var first = await InviteAsync(TenantRef.Organisation(organisation.Id), email, Role.OrganisationMember);
        var second = await InviteAsync(TenantRef.Organisation(organisation.Id), email, Role.OrganisationMember);

        var (firstView, secondView) = (await Accounts(s => s.GetInvitationAsync(first)), await Accounts(s => s.GetInvitationAsync(second)));

        Assert.Equal(InvitationStatus.Revoked, firstView.Status);
        Assert.Equal(InvitationStatus.Valid, secondView.Status);
    }

    [DbFact]
    public async Task Invite_RoleOfTheOtherTenantKind_IsRejected()
    {
        var organisation = await app.Data.CreateOrganisationAsync();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Accounts(s => s.InviteAsync(TenantRef.Organisation(organisation.Id),
            new InviteUserRequest { Email = "x@test.example", Role = Role.Assessor }, Admin, t => t)));

        Assert.Contains(nameof(InviteUserRequest.Role), e.Errors.Keys);
    }

    [DbFact]
    public async Task Invite_ExistingMember_IsRejected()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Accounts(s => s.InviteAsync(TenantRef.Organisation(tenant.Id),
            new InviteUserRequest { Email = tenant.Member.Email.ToUpperInvariant(), Role = Role.OrganisationMember }, Admin, t => t)));

        Assert.Contains("already a member", e.Errors[nameof(InviteUserRequest.Email)][0]);
    }

    [DbFact]
    public async Task AcceptAsExistingUser_DifferentEmail_IsForbidden()
    {
        var organisation = await app.Data.CreateOrganisationAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var token = await InviteAsync(TenantRef.Organisation(organisation.Id), $"someone-{Guid.NewGuid():N}@test.example", Role.OrganisationMember);

        await Assert.ThrowsAsync<ForbiddenException>(() => Accounts(async s =>
        {
            await s.AcceptAsExistingUserAsync(token, other.Member.Id);
            return 0;
        }));
    }

    [DbFact]
    public async Task RemoveMember_OnlyAdmin_IsRefused()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var adminMembership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.UserId == tenant.Admin.Id));

        await Assert.ThrowsAsync<ConflictException>(() => Accounts(async s =>
        {
            await s.RemoveMemberAsync(TenantRef.Organisation(tenant.Id), adminMembership.Id, Admin);
            return 0;
        }));
    }

    [DbFact]
    public async Task RemoveMember_FromAnotherTenantsRoute_IsNotFound()
    {
        var a = await app.Data.CreateOrganisationWithUsersAsync();
        var b = await app.Data.CreateOrganisationWithUsersAsync();
        var membershipInB = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.UserId == b.Member.Id));

        await Assert.ThrowsAsync<NotFoundException>(() => Accounts(async s =>
        {
            await s.RemoveMemberAsync(TenantRef.Organisation(a.Id), membershipInB.Id, Admin);
            return 0;
        }));
    }

    [DbFact]
    public async Task CreateUser_UnknownTenant_IsRejectedAndNothingWritten()
    {
        var email = $"nobody-{Guid.NewGuid():N}@test.example";

        await Assert.ThrowsAsync<DomainValidationException>(() => Accounts(s => s.CreateUserAsync(new CreateUserRequest
        {
            Email = email, DisplayName = "Nobody", Password = "a long enough password", Role = Role.OrganisationAdmin, TenantName = "No such place",
        }, Admin)));

        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}

public sealed class AccountServiceTestsOnSqlite(SqliteApp app) : AccountServiceTests(app), IClassFixture<SqliteApp>;

public sealed class AccountServiceTestsOnPostgres(PostgresApp app) : AccountServiceTests(app), IClassFixture<PostgresApp>;

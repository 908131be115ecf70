using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Tenants;

public abstract class UsersAndInvitationsTests(AppFixture app)
{
    [DbFact]
    public async Task Users_Get_ListsOnlyThisTenantsPeople()
    {
        var mine = await app.Data.CreateOrganisationWithUsersAsync();
        var theirs = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(mine.Admin.Email);

        var (_, page) = await client.GetPageAsync($"/organisations/{mine.Id}/users");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(mine.Member.Email, text);
        Assert.DoesNotContain(theirs.Member.Email, text);
    }

    [DbFact]
    public async Task Invite_Invalid_ShowsErrors()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.SubmitFormAsync($"/organisations/{tenant.Id}/users/invite", new() { ["Input.Email"] = "not-an-email" });

        await PageAssert.InvalidAsync(response, "Enter an email address in the correct format, like name@example.com", "Select a role");
    }

    [DbFact]
    public async Task Invite_BodyRoleIntoAnOrganisation_IsRejected()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.SubmitFormAsync($"/organisations/{tenant.Id}/users/invite", new() { ["Input.Email"] = "x@test.example", ["Input.Role"] = "Assessor" });

        await PageAssert.InvalidAsync(response, "Select a role");
    }

    [DbFact]
    public async Task Invite_Valid_CreatesInvitationEmailAndAuditAndListsItAsPending()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var client = await app.ClientFor(body.Admin.Email);
        var email = $"assessor-{Guid.NewGuid():N}@test.example";

        var response = await client.SubmitFormAsync($"/bodies/{body.Id}/users/invite", new() { ["Input.Email"] = email, ["Input.Role"] = "Assessor" });

        PageAssert.RedirectsTo(response, $"/bodies/{body.Id}/users?done=invited");
        Assert.True(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == email && i.CertificationBodyId == body.Id && i.Role == Role.Assessor)));
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "UserInvited" && e.CertificationBodyId == body.Id)));
        var (_, list) = await client.GetPageAsync($"/bodies/{body.Id}/users");
        Assert.Contains(email, list.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Revoke_PendingInvitation_WithdrawsIt()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);
        var email = $"revoke-{Guid.NewGuid():N}@test.example";
        await client.SubmitFormAsync($"/organisations/{tenant.Id}/users/invite", new() { ["Input.Email"] = email, ["Input.Role"] = "OrganisationMember" });
        var invitationId = await app.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());

        var response = await client.SubmitFormAsync($"/organisations/{tenant.Id}/users", new() { ["invitationId"] = invitationId.ToString() }, "form[action*='handler=Revoke']");

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/users?done=revoked");
        Assert.NotNull(await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.RevokedAt).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "InvitationRevoked" && e.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Remove_Member_RemovesTheirAccess()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(tenant.Admin.Email);
        var member = await app.ClientFor(tenant.Member.Email);
        var membershipId = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == tenant.Member.Id).Select(m => m.Id).SingleAsync());

        var response = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/users", new() { ["membershipId"] = membershipId.ToString() },
            $"form:has(input[value='{membershipId}'])");

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/users?done=removed");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/organisations/{tenant.Id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "MemberRemoved" && e.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Remove_OnlyAdmin_IsRefusedWithAMessage()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(tenant.Admin.Email);
        var membershipId = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == tenant.Admin.Id).Select(m => m.Id).SingleAsync());

        var response = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/users", new() { ["membershipId"] = membershipId.ToString() },
            $"form:has(input[value='{membershipId}'])");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("only admin", (await HttpClientForms.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.Id == membershipId)));
    }

    [DbFact]
    public async Task Remove_MembershipOfAnotherTenant_Is404()
    {
        var mine = await app.Data.CreateOrganisationWithUsersAsync();
        var theirs = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(mine.Admin.Email);
        var theirMembership = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == theirs.Member.Id).Select(m => m.Id).SingleAsync());

        var response = await admin.SubmitFormAsync($"/organisations/{mine.Id}/users", new() { ["membershipId"] = theirMembership.ToString() },
            "form[action*='handler=Remove']");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.Id == theirMembership)));
    }

    [DbFact]
    public async Task Audit_Get_ShowsThisTenantsEventsOnly()
    {
        var mine = await app.Data.CreateOrganisationWithUsersAsync();
        var theirs = await app.Data.CreateOrganisationWithUsersAsync();
        var admin = await app.ClientFor(mine.Admin.Email);

        var (_, page) = await admin.GetPageAsync($"/organisations/{mine.Id}/audit");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("OrganisationCreated", text);
        Assert.Contains(mine.Name, text);
        Assert.DoesNotContain(theirs.Name, text);
    }
}

public sealed class UsersAndInvitationsTestsOnSqlite(SqliteApp app) : UsersAndInvitationsTests(app), IClassFixture<SqliteApp>;

public sealed class UsersAndInvitationsTestsOnPostgres(PostgresApp app) : UsersAndInvitationsTests(app), IClassFixture<PostgresApp>;

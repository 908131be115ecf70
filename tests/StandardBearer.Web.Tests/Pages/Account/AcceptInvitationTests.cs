using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Account;

public abstract partial class AcceptInvitationTests(AppFixture app)
{
    [GeneratedRegex(@"/account/accept-invitation\?token=[A-Za-z0-9_%\-]+")]
    private static partial Regex InvitationLink();

    /// <summary>Invites through the admin's page, then reads the link from the outbox as the invitee would from email.</summary>
    private async Task<(TestTenant Tenant, string Email, string Link)> InviteAsync(Role role = Role.OrganisationMember, string? email = null)
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        email ??= $"invitee-{Guid.NewGuid():N}@test.example";
        var admin = await app.ClientFor(tenant.Admin.Email);
        var response = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/users/invite", new() { ["Input.Email"] = email, ["Input.Role"] = role.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).OrderByDescending(m => m.CreatedAt).Select(m => m.Body).FirstAsync());
        return (tenant, email, InvitationLink().Match(body).Value);
    }

    private static Dictionary<string, string> NewAccount(string name, string password, string confirm) => new()
    {
        ["Input.DisplayName"] = name, ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm,
    };

    [DbFact]
    public async Task Get_ValidLink_ShowsTheOrganisationAndTheAccountForm()
    {
        var (tenant, email, link) = await InviteAsync();

        var (response, page) = await app.Anonymous().GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(tenant.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(email, page.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Get_UnknownToken_SaysTheLinkIsNotValid()
    {
        var (_, page) = await app.Anonymous().GetPageAsync("/account/accept-invitation?token=made-up");

        Assert.Contains("cannot be used", page.QuerySelector("h1")!.TextContent);
    }

    [DbFact]
    public async Task Post_InvalidAccount_ShowsErrorsAndCreatesNothing()
    {
        var (_, email, link) = await InviteAsync();

        var response = await app.Anonymous().SubmitFormAsync(link, NewAccount("", "short", "different"));

        await PageAssert.InvalidAsync(response, "Enter your full name", "Password must be at least 10 characters", "Passwords do not match");
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [DbFact]
    public async Task Post_ValidAccount_CreatesTheUserSignsThemInAndTheLinkStopsWorking()
    {
        var (tenant, email, link) = await InviteAsync(Role.OrganisationAdmin);
        var client = app.Anonymous();

        var response = await client.SubmitFormAsync(link, NewAccount("Nia Newcomer", "correct horse battery", "correct horse battery"));

        PageAssert.RedirectsTo(response, "/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organisations/{tenant.Id}/users")).StatusCode);
        var role = await app.WithDbAsync(db => db.Memberships.Where(m => m.User!.Email == email).Select(m => m.Role).SingleAsync());
        Assert.Equal(Role.OrganisationAdmin, role);
        var (_, again) = await app.Anonymous().GetPageAsync(link);
        Assert.Contains("already been used", again.QuerySelector("main")!.TextContent);
    }

    [DbFact]
    public async Task Post_ExistingAccountSignedIn_AddsTheMembership()
    {
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var (tenant, _, link) = await InviteAsync(email: other.Member.Email);
        var client = await app.ClientFor(other.Member.Email);

        var response = await client.SubmitFormAsync(link, [], "form[action*='handler=Accept']");

        PageAssert.RedirectsTo(response, "/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organisations/{tenant.Id}")).StatusCode);
    }

    [DbFact]
    public async Task Post_ExistingAccountSignedInAsSomeoneElse_IsRefusedWithAMessage()
    {
        var invitee = await app.Data.CreateOrganisationWithUsersAsync();
        var (tenant, _, link) = await InviteAsync(email: invitee.Member.Email);
        var intruder = await app.ClientFor(invitee.Admin.Email);

        var response = await intruder.SubmitFormAsync(link, [], "form[action*='handler=Accept']");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This invitation is for", (await HttpClientForms.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/organisations/{tenant.Id}")).StatusCode);
    }
}

public sealed class AcceptInvitationTestsOnSqlite(SqliteApp app) : AcceptInvitationTests(app), IClassFixture<SqliteApp>;

public sealed class AcceptInvitationTestsOnPostgres(PostgresApp app) : AcceptInvitationTests(app), IClassFixture<PostgresApp>;

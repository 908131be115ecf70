using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Account;

public abstract class ChangePasswordTests(AppFixture app)
{
    private static Dictionary<string, string> Form(string current, string next, string confirm) => new()
    {
        ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = confirm,
    };

    [DbFact]
    public async Task Post_MismatchAndShort_ShowsErrors()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Member.Email);

        var response = await client.SubmitFormAsync("/account/change-password", Form("", "short", "other"));

        await PageAssert.InvalidAsync(response, "Enter your current password", "New password must be at least 10 characters", "Passwords do not match");
    }

    [DbFact]
    public async Task Post_WrongCurrentPassword_ShowsError()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Member.Email);

        var response = await client.SubmitFormAsync("/account/change-password", Form("not it at all", "a brand new password", "a brand new password"));

        await PageAssert.InvalidAsync(response, "Your current password is incorrect");
    }

    [DbFact]
    public async Task Post_Valid_ChangesThePasswordKeepsTheSessionAndAudits()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.SubmitFormAsync("/account/change-password", Form(TestData.Password, "a brand new password", "a brand new password"));

        PageAssert.RedirectsTo(response, "/account?passwordChanged=true");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "PasswordChanged" && e.UserId == tenant.Admin.Id)));
        var fresh = app.Anonymous();
        var signIn = await fresh.SubmitFormAsync("/account/sign-in", new() { ["Input.Email"] = tenant.Admin.Email, ["Input.Password"] = "a brand new password" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
    }
}

public sealed class ChangePasswordTestsOnSqlite(SqliteApp app) : ChangePasswordTests(app), IClassFixture<SqliteApp>;

public sealed class ChangePasswordTestsOnPostgres(PostgresApp app) : ChangePasswordTests(app), IClassFixture<PostgresApp>;

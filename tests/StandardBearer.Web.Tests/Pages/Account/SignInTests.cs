using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Account;

public abstract class SignInTests(AppFixture app)
{
    private static Dictionary<string, string> Form(string email, string password) => new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [DbFact]
    public async Task Post_Empty_ShowsBothErrors()
    {
        var response = await app.Anonymous().SubmitFormAsync("/account/sign-in", Form("", ""));

        await PageAssert.InvalidAsync(response, "Enter your email address", "Enter your password");
    }

    [DbFact]
    public async Task Post_WrongPassword_ShowsOneMessageThatDoesNotSayWhichWasWrong()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var wrongPassword = await app.Anonymous().SubmitFormAsync("/account/sign-in", Form(tenant.Member.Email, "not the password"));
        var unknownUser = await app.Anonymous().SubmitFormAsync("/account/sign-in", Form("nobody@test.example", "not the password"));

        await PageAssert.InvalidAsync(wrongPassword, "Enter a correct email address and password");
        await PageAssert.InvalidAsync(unknownUser, "Enter a correct email address and password");
    }

    [DbFact]
    public async Task Post_Valid_SignsInWithASecureHttpOnlyCookieAndGoesToTheReturnUrl()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = app.Anonymous();

        var response = await client.SubmitFormAsync("/account/sign-in?returnUrl=%2Faccount", Form(tenant.Member.Email, TestData.Password));

        PageAssert.RedirectsTo(response, "/account");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sb-auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "UserSignedIn" && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task Post_ExternalReturnUrl_IsIgnored()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await app.Anonymous().SubmitFormAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", Form(tenant.Member.Email, TestData.Password));

        PageAssert.RedirectsTo(response, "/");
    }

    [DbFact]
    public async Task Post_FiveWrongPasswords_LocksTheAccountEvenAgainstTheRightPassword()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        for (var i = 0; i < 5; i++)
            await app.Anonymous().SubmitFormAsync("/account/sign-in", Form(tenant.Member.Email, $"wrong {i}"));

        var response = await app.Anonymous().SubmitFormAsync("/account/sign-in", Form(tenant.Member.Email, TestData.Password));

        await PageAssert.InvalidAsync(response, "Your account is locked because of too many failed sign-in attempts. Try again in 15 minutes");
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "UserLockedOut" && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await app.Anonymous().PostAsync("/account/sign-in", new FormUrlEncodedContent(Form("a@test.example", "x")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [DbFact]
    public async Task SignOut_Post_EndsTheSession()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = app.Anonymous();
        await client.SubmitFormAsync("/account/sign-in", Form(tenant.Admin.Email, TestData.Password));

        var response = await client.SubmitFormAsync("/account/sign-out", []);

        PageAssert.RedirectsTo(response, "/account/signed-out");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "UserSignedOut" && e.UserId == tenant.Admin.Id)));
    }
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;

/// <summary>A fixture with a tight limit, to see the per-address sign-in rate limit work.</summary>
public sealed class TightRateLimitApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "3" };
}

public sealed class SignInRateLimitTests(TightRateLimitApp app) : IClassFixture<TightRateLimitApp>
{
    [Fact]
    public async Task Post_OverTheLimit_Gets429WithRetryAfter()
    {
        var client = app.Anonymous();
        var (_, page) = await client.GetPageAsync("/account/sign-in");
        var token = page.AntiforgeryToken();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Email"] = "someone@test.example", ["Input.Password"] = "guess",
            }));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Infrastructure;

public abstract class HostTests(AppFixture app)
{
    [DbFact]
    public async Task Health_DatabaseUp_IsHealthy()
    {
        var response = await app.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task OpenApi_Document_IsServedAndListsTheApi()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/me", paths);
        Assert.Contains("/api/v1/organisations/{organisationId}", paths);
    }

    [DbFact]
    public async Task AnyPage_HasSecurityHeaders()
    {
        var response = await app.Anonymous().GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [DbFact]
    public async Task Pages_HaveNoInlineScriptOrStyle()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        foreach (var url in new[] { "/", $"/organisations/{tenant.Id}", $"/organisations/{tenant.Id}/users", "/account/sign-in" })
        {
            var (_, page) = await client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script on {url}"));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
        }
    }

    [DbFact]
    public async Task AllForms_CarryAnAntiforgeryToken()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        foreach (var url in new[] { $"/organisations/{tenant.Id}/edit", $"/organisations/{tenant.Id}/users", $"/organisations/{tenant.Id}/users/invite", "/account/change-password" })
        {
            var (_, page) = await client.GetPageAsync(url);
            var forms = page.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        }
    }

    [DbFact]
    public async Task UnknownPage_ShowsTheGovukNotFoundPage()
    {
        var (response, page) = await app.Anonymous().GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [DbFact]
    public async Task UnknownApiResource_IsProblemDetails()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(tenant.Admin.Email);

        var response = await client.GetAsync($"/api/v1/organisations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [DbFact]
    public async Task FrontEnd_GovukCssIsServedButNotTheGovukFont()
    {
        var client = app.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/govuk/govuk-frontend.min.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/js/init.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/fonts/light-94a07e06a1-v2.woff2")).StatusCode);
    }

    [DbFact]
    public async Task DevOutbox_OutsideDevelopment_Is404()
    {
        var response = await app.Anonymous().GetAsync("/dev/outbox");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [DbFact]
    public async Task Layout_HasSkipLinkPhaseBannerFooterLinksAndNoCrown()
    {
        var (_, page) = await app.Anonymous().GetPageAsync("/");

        Assert.NotNull(page.QuerySelector("a.govuk-skip-link[href='#main-content']"));
        Assert.Equal("Beta", page.QuerySelector(".govuk-phase-banner__content__tag")!.TextContent.Trim());
        var footerLinks = page.QuerySelectorAll(".govuk-footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility", footerLinks);
        Assert.Contains("/privacy", footerLinks);
        Assert.Contains("/cookies", footerLinks);
        Assert.Null(page.QuerySelector(".govuk-header__logotype"));
        Assert.DoesNotContain("GOV.UK</", page.DocumentElement.OuterHtml);
    }
}

public sealed class HostTestsOnSqlite(SqliteApp app) : HostTests(app), IClassFixture<SqliteApp>;

public sealed class HostTestsOnPostgres(PostgresApp app) : HostTests(app), IClassFixture<PostgresApp>;

using Microsoft.Playwright;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Demo;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>
/// Signs in as each demo role and visits the home page and every page that role can reach by following links,
/// scanning each with axe (WCAG 2.2 A and AA): zero violations allowed.
/// </summary>
public sealed partial class RolePagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int MaxPages = 60;

    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+(\.\d+)*")]
    private static partial System.Text.RegularExpressions.Regex Shape();

    [BrowserFact]
    public async Task Anonymous_PublicPages_HaveNoAccessibilityViolations()
    {
        var page = await app.NewPageAsync();
        var visited = await CrawlAsync(page, "/");

        Assert.Contains("/accessibility", visited);
        Assert.Contains("/account/sign-in", visited);
    }

    [BrowserFact]
    public async Task Owner_ReachablePages_HaveNoAccessibilityViolations() =>
        await SignInAndCrawlAsync(DemoSeeder.Users.First(u => u.Role == Role.StandardOwner).Email, "/admin", "/admin/audit");

    [BrowserFact]
    public async Task BodyAdmin_ReachablePages_HaveNoAccessibilityViolations() =>
        await SignInAndCrawlAsync(DemoSeeder.Users.First(u => u.Role == Role.CertificationBodyAdmin).Email, "/users", "/audit", "/assessments/");

    [BrowserFact]
    public async Task Assessor_ReachablePages_HaveNoAccessibilityViolations() =>
        await SignInAndCrawlAsync(DemoSeeder.Users.First(u => u.Role == Role.Assessor).Email, "/account", "/assessments/");

    [BrowserFact]
    public async Task OrganisationAdmin_ReachablePages_HaveNoAccessibilityViolations() =>
        await SignInAndCrawlAsync(DemoSeeder.Users.First(u => u.Role == Role.OrganisationAdmin).Email, "/users/invite", "/edit", "/audit", "/assessments");

    [BrowserFact]
    public async Task OrganisationMember_ReachablePages_HaveNoAccessibilityViolations() =>
        await SignInAndCrawlAsync(DemoSeeder.Users.First(u => u.Role == Role.OrganisationMember).Email, "/account/change-password");

    [BrowserFact]
    public async Task FormWithErrors_ErrorSummaryAndFields_HaveNoAccessibilityViolations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        // GOV.UK Frontend's JavaScript moves focus to the summary, so the CSP must have let it run.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private async Task SignInAndCrawlAsync(string email, params string[] mustReach)
    {
        var page = await app.NewPageAsync();
        await Journeys.SignInAsync(page, email, DemoSeeder.Password);
        var visited = await CrawlAsync(page, "/");
        foreach (var part in mustReach)
            Assert.True(visited.Any(v => v.Contains(part, StringComparison.Ordinal)), $"{email} did not reach a page like {part}: {string.Join(", ", visited)}");
    }

    /// <summary>Breadth-first over same-site links in the navigation and main content, scanning each page once.</summary>
    private static async Task<IReadOnlyList<string>> CrawlAsync(IPage page, string start)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var violations = new List<string>();
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) cspErrors.Add($"{page.Url}: {message.Text}");
        };
        while (queue.Count > 0 && seen.Count <= MaxPages)
        {
            var url = queue.Dequeue();
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok, $"{url} answered {response?.Status}");
            violations.AddRange(await Accessibility.ViolationsAsync(page));
            var hrefs = await page.Locator("nav a[href], main a[href], footer a[href]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
            foreach (var href in hrefs)
            {
                if (string.IsNullOrEmpty(href) || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) continue;
                var path = href.Split('#')[0];
                // Downloads (handler=Export, evidence files, the evidence pack, documents, the register's export) are not pages.
                if (href.Contains("handler=", StringComparison.Ordinal) || href.Contains("/files/", StringComparison.Ordinal)
                    || href.EndsWith("/evidence-pack", StringComparison.Ordinal) || href.EndsWith(".docx", StringComparison.Ordinal)
                    || href.EndsWith(".pdf", StringComparison.Ordinal) || path.StartsWith("/register/export", StringComparison.Ordinal)) continue;
                if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal) || path == "/health") continue;
                if (path.Length == 0 || seen.Contains(path)) continue;
                // The same page with other data (57 element pages, one page per organisation) is scanned twice at most.
                var shape = Shape().Replace(path, "{id}");
                shapes.TryGetValue(shape, out var count);
                if (count >= 2) continue;
                shapes[shape] = count + 1;
                seen.Add(path);
                queue.Enqueue(path);
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(cspErrors.Count == 0, string.Join("\n", cspErrors));
        return seen.ToList();
    }
}

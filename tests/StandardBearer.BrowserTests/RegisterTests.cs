using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;

namespace StandardBearer.BrowserTests;

/// <summary>The public searches the register of holders and checks an active, a suspended and a confidential holder's certificate.</summary>
public sealed class RegisterTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task Public_SearchesTheRegisterAndVerifiesActiveSuspendedAndConfidentialHolders()
    {
        var token = $"reg{Guid.NewGuid():N}"[..11];
        var active = await app.Data.CreateHolderAsync($"Brightwater Council {token}", compliancePlus: ["1.2.4"]);
        var suspended = await app.Data.CreateHolderAsync($"Stillwater Council {token}");
        var confidential = await app.Data.CreateHolderAsync($"Quietwater Council {token}");
        await app.WithServicesAsync(async sp =>
        {
            var certificates = sp.GetRequiredService<CertificateService>();
            await certificates.ChangeStatusAsync(suspended.Body.Id, suspended.CertificateId,
                new ChangeCertificateStatusRequest { Status = CertificateStatus.Suspended, Reason = "The annual review is overdue" }, TestData.ActorFor(suspended.Body.Admin));
            await certificates.SetConfidentialAsync(confidential.Body.Id, confidential.CertificateId,
                new SetConfidentialRequest { Confidential = true }, TestData.ActorFor(confidential.Body.Admin));
            return true;
        });

        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Register of holders" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Register of holders");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Organisation name").FillAsync(token);
        await page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Local government" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("Showing 1 to 2 of 2 holders");
        await Assertions.Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("main table tbody tr").Nth(1).Locator(".govuk-tag")).ToHaveTextAsync("Suspended");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Quietwater");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"certificate {suspended.Number}" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync("This certificate is suspended");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The annual review is overdue");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Certificate {suspended.Number}");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"certificate {active.Number}" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel--confirmation h1")).ToHaveTextAsync($"Certificate {active.Number} is valid");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page);

        // Not listed, but anyone holding its number can still check it.
        await page.GotoAsync($"/register/certificates/{confidential.Number}");
        await Assertions.Expect(page.Locator(".govuk-panel--confirmation h1")).ToHaveTextAsync($"Certificate {confidential.Number} is valid");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(confidential.Organisation.Name);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task Public_UnknownCertificateNumber_GetsAPageBackToTheRegister()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/register/certificates/CSE-XX-2026-9999");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Certificate not found");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "register of holders" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Register of holders");
    }
}

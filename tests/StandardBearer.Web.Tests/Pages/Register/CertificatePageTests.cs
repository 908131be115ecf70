using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Register;

/// <summary>The public verification page of one certificate, for every status and for a confidential holder.</summary>
public abstract class CertificatePageTests(AppFixture app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private Task<bool> Certificates(TestHolder holder, Func<CertificateService, Actor, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<CertificateService>(), TestData.ActorFor(holder.Body.Admin));
        return true;
    });

    private static Dictionary<string, string> Facts(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(
            r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(), r => r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());

    [DbFact]
    public async Task Certificate_Active_SaysItIsValidAndShowsTheFacts()
    {
        var holder = await app.Data.CreateHolderAsync();

        var (response, page) = await app.Anonymous().GetPageAsync($"/register/certificates/{holder.Number}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Certificate {holder.Number} is valid", page.QuerySelector(".govuk-panel--confirmation h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".govuk-notification-banner"));
        var facts = Facts(page);
        Assert.Equal(holder.Number, facts["Certificate number"]);
        Assert.Equal("Active", facts["Status"]);
        Assert.Equal(holder.Organisation.Name, facts["Organisation"]);
        Assert.Equal(holder.Body.Name, facts["Certification body"]);
        Assert.Equal("Whole organisation", facts["Scope"]);
        Assert.StartsWith("Customer Service Excellence (version ", facts["Standard"], StringComparison.Ordinal);
        Assert.Equal(Dates.Day(Today), facts["First issued"]);
        Assert.Equal(Dates.Day(Today), facts["Issued"]);
        Assert.Equal(Dates.Day(Today.AddYears(3)), facts["Expires"]);
    }

    [DbFact]
    public async Task Certificate_Suspended_ShowsABannerBeforeAnythingElse()
    {
        var holder = await app.Data.CreateHolderAsync();
        await Certificates(holder, (s, actor) => s.ChangeStatusAsync(holder.Body.Id, holder.CertificateId,
            new ChangeCertificateStatusRequest { Status = CertificateStatus.Suspended, Reason = "The annual review is overdue." }, actor));

        var (response, page) = await app.Anonymous().GetPageAsync($"/register/certificates/{holder.Number}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var banner = page.QuerySelector("main")!.FirstElementChild!.QuerySelector(".govuk-notification-banner");
        Assert.NotNull(banner);
        Assert.Same(banner, page.QuerySelector("main .govuk-grid-column-two-thirds")!.FirstElementChild);
        Assert.Equal("This certificate is suspended", banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.Contains($"Suspended since {Dates.Day(Today)}: The annual review is overdue.", banner.TextContent);
        Assert.Null(page.QuerySelector(".govuk-panel"));
        Assert.Equal($"Certificate {holder.Number}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Suspended", Facts(page)["Status"]);
        Assert.Equal("govuk-tag govuk-tag--orange", page.QuerySelector(".govuk-summary-list .govuk-tag")!.ClassName);
    }

    [DbFact]
    public async Task Certificate_WithdrawnOrExpired_SaysSoAtOnce()
    {
        var withdrawn = await app.Data.CreateHolderAsync();
        var expired = await app.Data.CreateHolderAsync();
        await Certificates(withdrawn, (s, actor) => s.ChangeStatusAsync(withdrawn.Body.Id, withdrawn.CertificateId,
            new ChangeCertificateStatusRequest { Status = CertificateStatus.Withdrawn, Reason = "Misuse of the mark." }, actor));
        await app.WithDbAsync(async db =>
        {
            var c = await db.Set<Certificate>().SingleAsync(x => x.Id == expired.CertificateId);
            c.ExpiresOn = Today.AddDays(-2);
            return await db.SaveChangesAsync();
        });

        var (_, w) = await app.Anonymous().GetPageAsync($"/register/certificates/{withdrawn.Number}");
        var (_, e) = await app.Anonymous().GetPageAsync($"/register/certificates/{expired.Number}");

        Assert.Equal("This certificate has been withdrawn", w.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.Contains($"Withdrawn on {Dates.Day(Today)}: Misuse of the mark.", w.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal("govuk-tag govuk-tag--red", w.QuerySelector(".govuk-summary-list .govuk-tag")!.ClassName);
        Assert.Equal("This certificate has expired", e.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.Contains($"Expired on {Dates.Day(Today.AddDays(-2))}", e.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal(Dates.Day(Today.AddDays(-2)), Facts(e)["Expired"]);
    }

    [DbFact]
    public async Task Certificate_Confidential_StillVerifiesInAnyCase()
    {
        var holder = await app.Data.CreateHolderAsync();
        await Certificates(holder, (s, actor) => s.SetConfidentialAsync(holder.Body.Id, holder.CertificateId, new SetConfidentialRequest { Confidential = true }, actor));

        var (response, page) = await app.Anonymous().GetPageAsync($"/register/certificates/{holder.Number.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Certificate {holder.Number} is valid", page.QuerySelector(".govuk-panel h1")!.TextContent.Trim());
        Assert.Equal(holder.Organisation.Name, Facts(page)["Organisation"]);
    }

    [DbTheory]
    [InlineData("CSE-XX-2026-9999")]
    [InlineData("%20")]
    [InlineData("a-very-long-number-that-is-longer-than-any-certificate-number-could-ever-be")]
    [InlineData("%3Cscript%3E")]
    public async Task Certificate_Unknown_Is404WithAWayBackToTheRegister(string number)
    {
        var (response, page) = await app.Anonymous().GetPageAsync($"/register/certificates/{number}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Certificate not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/register']"));
    }
}

public sealed class CertificatePageTestsOnSqlite(SqliteApp app) : CertificatePageTests(app), IClassFixture<SqliteApp>;

public sealed class CertificatePageTestsOnPostgres(PostgresApp app) : CertificatePageTests(app), IClassFixture<PostgresApp>;

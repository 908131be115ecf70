using System.Net;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Certificates;

/// <summary>The organisation's view of its certificate: read only, with the PDF.</summary>
public abstract class OrganisationCertificateTests(AppFixture app)
{
    private static string CertificatePath(TestAssessment a, Guid certificateId) => $"/organisations/{a.Organisation.Id}/certificates/{certificateId}";

    [DbFact]
    public async Task Pages_AsOrganisationAdminAndMember_Show_WithNoBodyActions()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync();

        foreach (var user in new[] { a.Organisation.Admin, a.Organisation.Member })
        {
            var client = await app.ClientFor(user.Email);
            var (response, page) = await client.GetPageAsync(CertificatePath(a, id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(number, page.QuerySelector("h1")!.TextContent);
            Assert.Null(page.QuerySelector("#certificate-actions"));
            Assert.Null(page.QuerySelector("#not-valid"));
            Assert.NotNull(page.QuerySelector("#review-plan"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{CertificatePath(a, id)}/certificate.pdf")).StatusCode);
        }
    }

    [DbFact]
    public async Task Pages_BodyUsersAndOtherOrganisations_Get404()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.ClientFor(other.Admin.Email);

        foreach (var url in new[] { CertificatePath(a, id), $"{CertificatePath(a, id)}/certificate.pdf" })
        {
            // The body's users are not members of the organisation, so the organisation's pages do not exist for them.
            Assert.True((await (await app.ClientFor(a.Body.Admin.Email)).GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
            Assert.True((await (await app.ClientFor(a.Lead.Email)).GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
            Assert.True((await outsider.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }
        // Another organisation's admin on their own organisation's address: still not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{other.Id}/certificates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{other.Id}/certificates/{id}/certificate.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(a.Organisation.Admin.Email)).GetAsync($"/organisations/{a.Organisation.Id}/certificates/{Guid.NewGuid()}")).StatusCode);
    }

    [DbFact]
    public async Task Suspended_ShowsOnTheOrganisationsCertificateAndList()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync();
        await app.Data.ChangeCertificateStatusAsync(a, id, CertificateStatus.Suspended, "The first annual review is overdue.");
        var member = await app.ClientFor(a.Organisation.Member.Email);

        var (_, page) = await member.GetPageAsync(CertificatePath(a, id));
        var (_, list) = await member.GetPageAsync($"/organisations/{a.Organisation.Id}/assessments");

        Assert.Contains("Suspended", page.QuerySelector("#certificate-status")!.TextContent);
        Assert.Contains("The first annual review is overdue.", page.QuerySelector("#certificate-status")!.TextContent);
        Assert.Contains("suspended", page.QuerySelector("#not-valid")!.TextContent);
        Assert.Contains("Suspended", page.QuerySelector("#history tbody tr")!.TextContent);
        var row = list.QuerySelector("main table")!.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(number));
        Assert.Contains("Suspended", row.TextContent);
        Assert.Equal(CertificatePath(a, id), row.QuerySelector("a")!.GetAttribute("href"));
    }

    [DbFact]
    public async Task HeldSince_ShowsOnTheListAndOverview()
    {
        var (a, _, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Organisation.Admin.Email);
        var year = DateTime.UtcNow.Year.ToString(Dates.English);

        var (_, list) = await admin.GetPageAsync($"/organisations/{a.Organisation.Id}/assessments");
        var (_, overview) = await admin.GetPageAsync($"/organisations/{a.Organisation.Id}");
        Assert.Contains($"Held since {year}", list.QuerySelector("#held-since")!.TextContent);
        Assert.Contains($"Held since {year}", overview.QuerySelector("#held-since")!.TextContent);
    }

    [DbFact]
    public async Task Pdf_Downloads_WithTheOrganisationNumberExpiryAndVerificationUrl()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync();
        var expires = Dates.Day(Dates.ToDate(DateTimeOffset.UtcNow).AddYears(Certificate.ValidYears));

        var response = await (await app.ClientFor(a.Organisation.Member.Email)).GetAsync($"{CertificatePath(a, id)}/certificate.pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{number}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = await PdfText.ExtractAsync(bytes);
        Assert.Contains(a.Organisation.Name, text);
        Assert.Contains(number, text);
        Assert.Contains(expires, text);
        Assert.Contains($"https://localhost/register/certificates/{number}", text);
    }
}

public sealed class OrganisationCertificateTestsOnSqlite(SqliteApp app) : OrganisationCertificateTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationCertificateTestsOnPostgres(PostgresApp app) : OrganisationCertificateTests(app), IClassFixture<PostgresApp>;

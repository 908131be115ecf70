using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.SelfAssessment;

public abstract class EvidencePackTests(AppFixture app)
{
    private static string PackUrl(Guid organisationId) => $"/organisations/{organisationId}/self-assessment/evidence-pack";

    [DbFact]
    public async Task Pack_AsMember_IsAZipAttachmentWithBothIndexesAndEachLinkedFileOnce()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var minutesBytes = TestData.Pdf(Guid.NewGuid().ToString());
        var minutes = await app.Data.CreateEvidenceAsync(tenant.Id, "Panel minutes", linkToElement: "1.1.1", content: minutesBytes);
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<EvidenceService>().LinkAsync(tenant.Id, "2.1.1", [minutes.Id], Actor.System("test"));
            return true;
        });
        var deleted = await app.Data.CreateEvidenceAsync(tenant.Id, "Withdrawn leaflet", linkToElement: "1.1.2");
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<EvidenceService>().DeleteAsync(tenant.Id, deleted.Id, Actor.System("test"));
            return true;
        });

        var response = await (await app.ClientFor(tenant.Member.Email)).GetAsync(PackUrl(tenant.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches(@"^organisation-\d+-[0-9a-f]{6}-self-assessment-\d{4}-\d{2}-\d{2}\.zip$", disposition.FileNameStar);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var file = Assert.Single(zip.Entries, e => e.FullName.StartsWith("files/", StringComparison.Ordinal));
        Assert.Equal($"files/{minutes.Id.ToString("N")[^8..]}-evidence.pdf", file.FullName);
        using (var content = new MemoryStream())
        {
            await using (var entry = await file.OpenAsync()) await entry.CopyToAsync(content);
            Assert.Equal(minutesBytes, content.ToArray());
        }
        using var html = new StreamReader(zip.GetEntry("index.html")!.Open());
        var index = await html.ReadToEndAsync();
        Assert.Contains("Panel minutes", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdrawn leaflet", index, StringComparison.Ordinal);
        using var csv = new StreamReader(zip.GetEntry("index.csv")!.Open());
        var rows = (await csv.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 57, rows.Length); // header, then each element once: two of them carry the same file
        Assert.Equal(2, rows.Count(r => r.Contains(file.FullName, StringComparison.Ordinal)));
    }

    [DbFact]
    public async Task Pack_AsAdmin_IsAllowed()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);

        var response = await (await app.ClientFor(tenant.Admin.Email)).GetAsync(PackUrl(tenant.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
    }

    [DbFact]
    public async Task Pack_OutsideTheOrganisation_Is404_AndAnonymousIsSentToSignIn()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        await app.Data.CreateEvidenceAsync(tenant.Id, linkToElement: "1.1.1");
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var owner = await app.Data.CreateStandardOwnerAsync();

        foreach (var user in new[] { other.Admin, other.Member, body.Member, body.Admin, owner })
        {
            var response = await (await app.ClientFor(user.Email)).GetAsync(PackUrl(tenant.Id));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user.Role}: {(int)response.StatusCode}");
            Assert.NotEqual("application/zip", response.Content.Headers.ContentType?.MediaType);
        }
        var anonymous = await app.Anonymous().GetAsync(PackUrl(tenant.Id));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Pack_NoSelfAssessmentYet_Is404()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var response = await (await app.ClientFor(tenant.Admin.Email)).GetAsync(PackUrl(tenant.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [DbFact]
    public async Task TaskList_OffersTheEvidencePack()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);

        var (_, page) = await (await app.ClientFor(tenant.Member.Email)).GetPageAsync($"/organisations/{tenant.Id}/self-assessment");

        var button = page.QuerySelector($"a.govuk-button[href='{PackUrl(tenant.Id)}']");
        Assert.NotNull(button);
        Assert.Equal("Download evidence pack", button.TextContent.Trim());
    }
}

public sealed class EvidencePackTestsOnSqlite(SqliteApp app) : EvidencePackTests(app), IClassFixture<SqliteApp>;

public sealed class EvidencePackTestsOnPostgres(PostgresApp app) : EvidencePackTests(app), IClassFixture<PostgresApp>;

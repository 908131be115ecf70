using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Certificates;

/// <summary>The body's certificate pages: the list, one certificate, its status, review plan, listing and PDF.</summary>
public abstract class BodyCertificatesTests(AppFixture app)
{
    private static string CertificatePath(TestAssessment a, Guid certificateId) => $"/bodies/{a.Body.Id}/certificates/{certificateId}";

    private static IEnumerable<string> Pages(TestAssessment a, Guid certificateId) =>
    [
        $"/bodies/{a.Body.Id}/certificates",
        CertificatePath(a, certificateId),
        $"{CertificatePath(a, certificateId)}/status",
        $"{CertificatePath(a, certificateId)}/plan",
        $"{CertificatePath(a, certificateId)}/confidential",
        $"{CertificatePath(a, certificateId)}/certificate.pdf",
    ];

    private Task<CertificateStatus> StatusAsync(Guid certificateId) =>
        app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.Id == certificateId).Select(c => c.Status).SingleAsync());

    /// <summary>Posts the plan form as a browser would: every checked radio, with <paramref name="change"/> applied.</summary>
    private static async Task<HttpResponseMessage> PostPlanAsync(HttpClient client, string url, Action<Dictionary<string, string>> change)
    {
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("main form[method=post]")!;
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Where(i => i.IsChecked).ToDictionary(i => i.Name!, i => i.Value);
        change(fields);
        return await client.PostFormAsync(form, fields, url);
    }

    [DbFact]
    public async Task Pages_AsBodyAdmin_Show()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        foreach (var url in Pages(a, id))
            Assert.True((await admin.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
    }

    [DbFact]
    public async Task Pages_BodyAssessorGets403_OtherBodyAndOtherOrganisationGet404()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var assessor = await app.ClientFor(a.Lead.Email);
        var outsider = await app.ClientFor(other.Admin.Email);
        var organisation = await app.ClientFor(a.Organisation.Admin.Email);

        foreach (var url in Pages(a, id))
        {
            Assert.True((await assessor.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, url);
            Assert.True((await outsider.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
            Assert.True((await organisation.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }
        // The other body's admin, on their own body's address, still cannot reach this certificate.
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/bodies/{other.Id}/certificates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/bodies/{other.Id}/certificates/{id}/certificate.pdf")).StatusCode);
    }

    [DbFact]
    public async Task List_OverdueAnnualReviewFirst_AndFiltersByStatus()
    {
        var (a, onTime, onTimeNumber) = await app.Data.CreateCertificateAsync();
        var late = await app.Data.CreateAssessmentAtAsync(a.Body, AssessmentStage.Decided);
        var (lateId, lateNumber) = await app.WithDbAsync(async db =>
        {
            var c = await db.Set<Certificate>().SingleAsync(x => x.AssessmentId == late.Id);
            // Issued 400 days ago: the first annual review was due 35 days ago and has not happened.
            c.IssuedOn = c.IssuedOn.AddDays(-400);
            c.OriginalIssuedOn = c.IssuedOn;
            c.ExpiresOn = c.IssuedOn.AddYears(3);
            await db.SaveChangesAsync();
            return (c.Id, c.Number);
        });
        await app.Data.ChangeCertificateStatusAsync(a, onTime, CertificateStatus.Suspended);
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var (_, all) = await admin.GetPageAsync($"/bodies/{a.Body.Id}/certificates");
        var (_, suspended) = await admin.GetPageAsync($"/bodies/{a.Body.Id}/certificates?status=Suspended");
        var (unknown, _) = await admin.GetPageAsync($"/bodies/{a.Body.Id}/certificates?status=Nonsense");

        var rows = all.QuerySelectorAll("#certificates tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(lateNumber, rows[0].TextContent);
        Assert.Contains("Overdue", rows[0].TextContent);
        Assert.Contains("First annual review", rows[0].TextContent);
        Assert.Equal(CertificatePath(a, lateId), rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Suspended", rows[1].TextContent);
        Assert.DoesNotContain("Overdue", rows[1].TextContent);
        var only = Assert.Single(suspended.QuerySelectorAll("#certificates tbody tr"));
        Assert.Contains(onTimeNumber, only.TextContent);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
    }

    [DbFact]
    public async Task Certificate_ShowsItsDetailsCycleReviewPlanAndHistory()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync(partial: ["1.1.2"]);
        var today = Dates.ToDate(DateTimeOffset.UtcNow);

        var (_, page) = await (await app.ClientFor(a.Body.Admin.Email)).GetPageAsync(CertificatePath(a, id));

        Assert.Contains(number, page.QuerySelector("h1")!.TextContent);
        var summary = page.QuerySelector("#certificate")!.TextContent;
        Assert.Contains(a.Organisation.Name, summary);
        Assert.Contains(Dates.Day(today.AddYears(3)), summary);
        Assert.Contains("Active", page.QuerySelector("#certificate-status")!.TextContent);
        Assert.Contains($"Held since {today.Year}", page.QuerySelector("#held-since")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#milestones tbody tr").Length);
        Assert.Contains(Dates.Day(today.AddYears(1)), page.QuerySelector("#milestones")!.TextContent);
        var partial = page.QuerySelectorAll("#visit-1 li").Single(li => li.TextContent.Contains("Partial Compliance at the last visit"));
        Assert.Contains("1.1.2", partial.TextContent);
        var issued = Assert.Single(page.QuerySelectorAll("#history tbody tr"));
        Assert.Contains("Issued", issued.TextContent);
        foreach (var action in new[] { "status", "plan", "confidential", "certificate.pdf" })
            Assert.NotNull(page.QuerySelector($"#certificate-actions a[href='{CertificatePath(a, id)}/{action}']"));
    }

    [DbFact]
    public async Task Status_NoChoiceOrNoReason_ShowsTheErrors()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync($"{CertificatePath(a, id)}/status", new() { ["Input.Reason"] = " " });

        await PageAssert.InvalidAsync(response, "Select the new status", "Enter the reason for the change");
        Assert.Equal(CertificateStatus.Active, await StatusAsync(id));
    }

    [DbFact]
    public async Task Status_ReinstatingAnActiveCertificateByACraftedPost_ShowsTheErrorAndChangesNothing()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);
        var (_, page) = await admin.GetPageAsync($"{CertificatePath(a, id)}/status");

        Assert.Equal(["Suspended", "Withdrawn", "Cancelled"], page.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Status']").Select(i => i.Value));
        var response = await admin.SubmitFormAsync($"{CertificatePath(a, id)}/status", new() { ["Input.Status"] = "Active", ["Input.Reason"] = "Try it" });
        var bogus = await admin.SubmitFormAsync($"{CertificatePath(a, id)}/status", new() { ["Input.Status"] = "Revoked", ["Input.Reason"] = "Try it" });

        await PageAssert.InvalidAsync(response, "A certificate that is active can only be suspended, withdrawn or cancelled");
        await PageAssert.InvalidAsync(bogus, "Select the new status");
        Assert.Equal(CertificateStatus.Active, await StatusAsync(id));
    }

    [DbFact]
    public async Task Status_Suspend_ChangesTheStatusAndAddsAHistoryLine_ThenReinstate()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var suspend = await admin.SubmitFormAsync($"{CertificatePath(a, id)}/status",
            new() { ["Input.Status"] = "Suspended", ["Input.Reason"] = "The first annual review is three months overdue." });

        PageAssert.RedirectsTo(suspend, $"{CertificatePath(a, id)}?saved=status");
        Assert.Equal(CertificateStatus.Suspended, await StatusAsync(id));
        var line = await app.WithDbAsync(db => db.Set<CertificateEvent>().SingleAsync(e => e.CertificateId == id && e.Kind == CertificateEventKind.StatusChanged));
        Assert.Equal("The first annual review is three months overdue.", line.Reason);
        Assert.Equal(a.Body.Admin.Id, line.UserId);
        var (_, page) = await admin.GetPageAsync(suspend.Headers.Location!.OriginalString);
        Assert.Contains("Certificate status changed to suspended", page.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        Assert.Contains("Suspended", page.QuerySelector("#history tbody tr")!.TextContent);
        Assert.Contains("three months overdue", page.QuerySelector("#history tbody tr")!.TextContent);

        var (_, status) = await admin.GetPageAsync($"{CertificatePath(a, id)}/status");
        Assert.Contains("Reinstate", status.QuerySelector("main form")!.TextContent);
        var reinstate = await admin.SubmitFormAsync($"{CertificatePath(a, id)}/status", new() { ["Input.Status"] = "Active", ["Input.Reason"] = "The review took place." });
        PageAssert.RedirectsTo(reinstate, $"{CertificatePath(a, id)}?saved=status");
        Assert.Equal(CertificateStatus.Active, await StatusAsync(id));
    }

    [DbFact]
    public async Task Status_Withdrawn_OffersNoChangeAndNoPlan()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        await app.Data.ChangeCertificateStatusAsync(a, id, CertificateStatus.Withdrawn, "Misuse of the mark.");
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var (_, status) = await admin.GetPageAsync($"{CertificatePath(a, id)}/status");
        var (_, plan) = await admin.GetPageAsync($"{CertificatePath(a, id)}/plan");
        var (_, certificate) = await admin.GetPageAsync(CertificatePath(a, id));

        Assert.NotNull(status.QuerySelector("#no-change"));
        Assert.Null(status.QuerySelector("main form"));
        Assert.NotNull(plan.QuerySelector("#not-held"));
        Assert.Null(plan.QuerySelector("main form"));
        Assert.Null(certificate.QuerySelector($"a[href='{CertificatePath(a, id)}/plan']"));
    }

    [DbFact]
    public async Task Plan_MoveAnElement_SavesAndKeepsThePartials()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync(partial: ["1.1.2"]);
        var admin = await app.ClientFor(a.Body.Admin.Email);
        var before = await app.WithDbAsync(db => db.Set<ReviewPlanItem>().SingleAsync(p => p.CertificateId == id && p.ElementNumber == "2.1.1" && p.Reason == ReviewPlanReason.Rotation));
        var moveTo = before.Visit == 3 ? 1 : before.Visit + 1;
        var (_, form) = await admin.GetPageAsync($"{CertificatePath(a, id)}/plan");
        Assert.Equal("Also at the first annual review: Partial Compliance at the last visit", form.QuerySelector("#visit-1-1-2-hint")!.TextContent.Trim());

        var response = await PostPlanAsync(admin, $"{CertificatePath(a, id)}/plan", f => f["Visit[2.1.1]"] = moveTo.ToString(Dates.English));

        PageAssert.RedirectsTo(response, $"{CertificatePath(a, id)}?saved=plan");
        var items = await app.WithDbAsync(db => db.Set<ReviewPlanItem>().Where(p => p.CertificateId == id).ToListAsync());
        Assert.Equal(moveTo, items.Single(p => p.ElementNumber == "2.1.1" && p.Reason == ReviewPlanReason.Rotation).Visit);
        Assert.Equal(1, items.Single(p => p.ElementNumber == "1.1.2" && p.Reason == ReviewPlanReason.PartialAtLastVisit).Visit);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ReviewPlanAdjusted" && e.UserId == a.Body.Admin.Id)));
    }

    [DbFact]
    public async Task Plan_MissingOrBadOrUnknownElements_ShowTheErrorAndChangeNothing()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);
        var url = $"{CertificatePath(a, id)}/plan";
        var before = await app.WithDbAsync(db => db.Set<ReviewPlanItem>().CountAsync(p => p.CertificateId == id));

        var missing = await PostPlanAsync(admin, url, f => f.Remove("Visit[1.1.1]"));
        var bad = await PostPlanAsync(admin, url, f => f["Visit[1.1.1]"] = "x");
        var unknown = await PostPlanAsync(admin, url, f => f["Visit[9.9.9]"] = "1");

        await PageAssert.InvalidAsync(missing, "Select a visit for 1.1.1");
        await PageAssert.InvalidAsync(bad, "Select the first annual review, the second annual review or the reassessment for 1.1.1");
        await PageAssert.InvalidAsync(unknown, "9.9.9 is not an element of this standard version");
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<ReviewPlanItem>().CountAsync(p => p.CertificateId == id)));
    }

    [DbFact]
    public async Task Confidential_NothingChosen_ShowsTheError_ThenYesSavesAndAddsHistory()
    {
        var (a, id, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);
        var url = $"{CertificatePath(a, id)}/confidential";

        var (_, form) = await admin.GetPageAsync(url);
        var nothing = await admin.PostFormAsync(form.QuerySelector<IHtmlFormElement>("main form")!, [], url);
        var bogus = await admin.SubmitFormAsync(url, new() { ["Input.Confidential"] = "perhaps" });
        var yes = await admin.SubmitFormAsync(url, new() { ["Input.Confidential"] = "true" });

        await PageAssert.InvalidAsync(nothing, "Select whether the certificate is listed on the public register");
        await PageAssert.InvalidAsync(bogus, "Select whether the certificate is listed on the public register");
        PageAssert.RedirectsTo(yes, $"{CertificatePath(a, id)}?saved=register");
        Assert.True(await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.Id == id).Select(c => c.Confidential).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Set<CertificateEvent>().AnyAsync(e => e.CertificateId == id && e.Kind == CertificateEventKind.MadeConfidential)));
        var (_, page) = await admin.GetPageAsync(CertificatePath(a, id));
        Assert.Contains("Not listed", page.QuerySelector("#public-register")!.TextContent);
        Assert.Contains("Taken off the public register", page.QuerySelector("#history")!.TextContent);
    }

    [DbFact]
    public async Task Pdf_Downloads_WithTheOrganisationNumberExpiryAndVerificationUrl()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync();
        var expires = await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.Id == id).Select(c => c.ExpiresOn).SingleAsync());

        var response = await (await app.ClientFor(a.Body.Admin.Email)).GetAsync($"{CertificatePath(a, id)}/certificate.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{number}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = await PdfText.ExtractAsync(bytes);
        Assert.Contains(a.Organisation.Name, text);
        Assert.Contains(number, text);
        Assert.Contains(Dates.Day(expires), text);
        Assert.Contains($"https://localhost/register/certificates/{number}", text);
    }

    [DbFact]
    public async Task BodyOverviewAndClients_LinkToTheCertificates()
    {
        var (a, id, number) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var (_, overview) = await admin.GetPageAsync($"/bodies/{a.Body.Id}");
        var (_, clients) = await admin.GetPageAsync($"/bodies/{a.Body.Id}/clients");
        var (_, assessorOverview) = await (await app.ClientFor(a.Lead.Email)).GetPageAsync($"/bodies/{a.Body.Id}");

        Assert.NotNull(overview.QuerySelector($"a[href='/bodies/{a.Body.Id}/certificates']"));
        Assert.Null(assessorOverview.QuerySelector($"a[href='/bodies/{a.Body.Id}/certificates']"));
        var row = Assert.Single(clients.QuerySelectorAll("#clients tbody tr"));
        Assert.Equal(number, row.QuerySelector($"a[href='{CertificatePath(a, id)}']")!.TextContent);
        Assert.Contains($"Held since {DateTime.UtcNow.Year}", row.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/bodies/{a.Body.Id}/clients/{a.Organisation.Id}/predecessor-awards']"));
    }
}

public sealed class BodyCertificatesTestsOnSqlite(SqliteApp app) : BodyCertificatesTests(app), IClassFixture<SqliteApp>;

public sealed class BodyCertificatesTestsOnPostgres(PostgresApp app) : BodyCertificatesTests(app), IClassFixture<PostgresApp>;

using System.Net;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Certification;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Certificates;

/// <summary>The body enters the awards a client held before its first certificate, and "held since" counts them.</summary>
public abstract class PredecessorAwardsTests(AppFixture app)
{
    private static string AwardsPath(TestAssessment a) => $"/bodies/{a.Body.Id}/clients/{a.Organisation.Id}/predecessor-awards";

    private static Dictionary<string, string> Award(string name, string day, string month, string year, string untilDay = "", string untilMonth = "", string untilYear = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.HeldFrom.Day"] = day, ["Input.HeldFrom.Month"] = month, ["Input.HeldFrom.Year"] = year,
        ["Input.HeldUntil.Day"] = untilDay, ["Input.HeldUntil.Month"] = untilMonth, ["Input.HeldUntil.Year"] = untilYear,
    };

    private Task<List<PredecessorAward>> AwardsAsync(TestAssessment a) =>
        app.WithDbAsync(db => db.Set<PredecessorAward>().Where(p => p.OrganisationId == a.Organisation.Id).ToListAsync());

    [DbFact]
    public async Task Page_AdminSees_AssessorGets403_OtherBodyOrNotAClientGets404()
    {
        var (a, _, _) = await app.Data.CreateCertificateAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var stranger = await app.Data.CreateOrganisationAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(AwardsPath(a))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(a.Lead.Email)).GetAsync(AwardsPath(a))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(AwardsPath(a))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"/bodies/{other.Id}/clients/{a.Organisation.Id}/predecessor-awards")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/bodies/{a.Body.Id}/clients/{stranger.Id}/predecessor-awards")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(a.Organisation.Admin.Email)).GetAsync(AwardsPath(a))).StatusCode);
    }

    [DbFact]
    public async Task Add_NothingEntered_ShowsTheErrors()
    {
        var (a, _, _) = await app.Data.CreateCertificateAsync();

        var response = await (await app.ClientFor(a.Body.Admin.Email)).SubmitFormAsync(AwardsPath(a), Award("", "", "", ""), "#add-award");

        await PageAssert.InvalidAsync(response, "Enter the name of the award, like Charter Mark", "Enter the date the organisation first held the award");
        Assert.Empty(await AwardsAsync(a));
    }

    [DbFact]
    public async Task Add_BadDates_ShowGovukMessages_NeverA500()
    {
        var (a, _, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var notReal = await admin.SubmitFormAsync(AwardsPath(a), Award("Charter Mark", "31", "2", "1997"), "#add-award");
        var letters = await admin.SubmitFormAsync(AwardsPath(a), Award("Charter Mark", "1", "April", "1997"), "#add-award");
        var noYear = await admin.SubmitFormAsync(AwardsPath(a), Award("Charter Mark", "1", "4", ""), "#add-award");
        var backwards = await admin.SubmitFormAsync(AwardsPath(a), Award("Charter Mark", "1", "4", "1997", "1", "4", "1996"), "#add-award");
        var future = await admin.SubmitFormAsync(AwardsPath(a), Award("Charter Mark", "1", "4", "2999"), "#add-award");

        await PageAssert.InvalidAsync(notReal, "Date first held must be a real date");
        await PageAssert.InvalidAsync(letters, "Date first held must be a real date");
        await PageAssert.InvalidAsync(noYear, "Date first held must include a year");
        await PageAssert.InvalidAsync(backwards, "The date the award ended must be the same as or after the date it was first held");
        await PageAssert.InvalidAsync(future, "The date the award was first held must be today or in the past");
        Assert.Empty(await AwardsAsync(a));
    }

    [DbFact]
    public async Task Add_CharterMark_IsListedAndHeldSinceCountsIt_ThenRemove()
    {
        var (a, _, _) = await app.Data.CreateCertificateAsync();
        var admin = await app.ClientFor(a.Body.Admin.Email);

        var added = await admin.SubmitFormAsync(AwardsPath(a), Award("Charter Mark", "1", "4", "1997"), "#add-award");

        PageAssert.RedirectsTo(added, $"{AwardsPath(a)}?done=added");
        var award = Assert.Single(await AwardsAsync(a));
        Assert.Equal(("Charter Mark", new DateOnly(1997, 4, 1), (DateOnly?)null, a.Body.Id), (award.Name, award.HeldFrom, award.HeldUntil, award.CertificationBodyId));
        var (_, page) = await admin.GetPageAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("Predecessor award added", page.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        Assert.Contains("Charter Mark", page.QuerySelector("#awards")!.TextContent);
        Assert.Contains("Held since 1997 (Charter Mark from 1997, Customer Service Excellence from", page.QuerySelector("#held-since")!.TextContent);
        var (_, clients) = await admin.GetPageAsync($"/bodies/{a.Body.Id}/clients");
        Assert.Contains("Held since 1997", clients.QuerySelector("#clients")!.TextContent);
        var (_, overview) = await (await app.ClientFor(a.Organisation.Member.Email)).GetPageAsync($"/organisations/{a.Organisation.Id}");
        Assert.Contains("Held since 1997", overview.QuerySelector("#held-since")!.TextContent);

        var removed = await admin.SubmitFormAsync(AwardsPath(a), new() { ["awardId"] = award.Id.ToString() }, "form[action*='handler=Remove']");

        PageAssert.RedirectsTo(removed, $"{AwardsPath(a)}?done=removed");
        Assert.Empty(await AwardsAsync(a));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "PredecessorAwardRemoved" && e.UserId == a.Body.Admin.Id)));
    }

    [DbFact]
    public async Task Remove_AnotherClientsAward_Is404AndKeepsIt()
    {
        var (a, _, _) = await app.Data.CreateCertificateAsync();
        var other = await app.Data.CreateAssessmentAtAsync(a.Body, AssessmentStage.Decided);
        var admin = await app.ClientFor(a.Body.Admin.Email);
        await admin.SubmitFormAsync(AwardsPath(other), Award("Charter Mark", "1", "4", "1997"), "#add-award");
        await admin.SubmitFormAsync(AwardsPath(a), Award("Investors in People", "1", "4", "2001"), "#add-award");
        var theirs = Assert.Single(await AwardsAsync(other));

        var response = await admin.SubmitFormAsync(AwardsPath(a), new() { ["awardId"] = theirs.Id.ToString() }, "form[action*='handler=Remove']");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await AwardsAsync(other));
    }
}

public sealed class PredecessorAwardsTestsOnSqlite(SqliteApp app) : PredecessorAwardsTests(app), IClassFixture<SqliteApp>;

public sealed class PredecessorAwardsTestsOnPostgres(PostgresApp app) : PredecessorAwardsTests(app), IClassFixture<PostgresApp>;

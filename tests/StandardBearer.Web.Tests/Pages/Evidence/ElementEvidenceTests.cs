using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Evidence;

/// <summary>Evidence where it is assessed: the element page's evidence, linking from the library, and uploading from an element.</summary>
public abstract class ElementEvidenceTests(AppFixture app)
{
    private async Task<(TestTenant Tenant, HttpClient Admin, HttpClient Member)> StartedAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        return (tenant, await app.ClientFor(tenant.Admin.Email), await app.ClientFor(tenant.Member.Email));
    }

    private static string ElementPath(Guid organisationId, string number) => $"/organisations/{organisationId}/self-assessment/elements/{number}";

    private static async Task<string> TaskHintAsync(HttpClient client, Guid organisationId, string number)
    {
        var (_, list) = await client.GetPageAsync($"/organisations/{organisationId}/self-assessment");
        return list.QuerySelectorAll(".govuk-task-list__item").Single(i => i.QuerySelector("a")!.TextContent.Trim().StartsWith(number + " ", StringComparison.Ordinal)).TextContent;
    }

    [DbFact]
    public async Task Pages_AsAdminAndAsMember_Show()
    {
        var (tenant, admin, member) = await StartedAsync();

        foreach (var client in new[] { admin, member })
        {
            foreach (var url in new[] { $"{ElementPath(tenant.Id, "1.1.1")}/evidence", $"/organisations/{tenant.Id}/evidence/new?element=1.1.1", ElementPath(tenant.Id, "1.1.1") })
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }
    }

    [DbFact]
    public async Task Pages_OtherOrganisationsUserOrUnknownElement_Get404()
    {
        var (tenant, admin, _) = await StartedAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.ClientFor(other.Admin.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{ElementPath(tenant.Id, "1.1.1")}/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/organisations/{tenant.Id}/evidence/new?element=1.1.1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{ElementPath(tenant.Id, "9.9.9")}/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/organisations/{tenant.Id}/evidence/new?element=9.9.9")).StatusCode);
    }

    [DbFact]
    public async Task Link_NothingSelected_ShowsTheError()
    {
        var (tenant, _, member) = await StartedAsync();
        await app.Data.CreateEvidenceAsync(tenant.Id, "Complaints leaflet");

        var response = await member.SubmitFormAsync($"{ElementPath(tenant.Id, "4.3.2")}/evidence", [], "main form[method=post]");

        await PageAssert.InvalidAsync(response, "Select the evidence to link");
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceLink>().AnyAsync(l => l.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Link_SearchByTag_OffersOnlyMatchingItemsNotAlreadyLinked()
    {
        var (tenant, admin, _) = await StartedAsync();
        var leaflet = await app.Data.CreateEvidenceAsync(tenant.Id, "Complaints leaflet", tags: "complaints");
        await app.Data.CreateEvidenceAsync(tenant.Id, "Complaints log", tags: "complaints", linkToElement: "4.3.2");
        await app.Data.CreateEvidenceAsync(tenant.Id, "Training plan", tags: "training");

        var (_, page) = await admin.GetPageAsync($"{ElementPath(tenant.Id, "4.3.2")}/evidence?q=complaints");

        var choices = page.QuerySelectorAll<IHtmlInputElement>("input[name='Input.ItemIds']").Select(i => i.Value).ToList();
        Assert.Equal([leaflet.Id.ToString()], choices);
    }

    [DbFact]
    public async Task Link_FromASecondElement_ShowsOnBothElementPagesAndCountsOnTheTaskList()
    {
        var (tenant, admin, member) = await StartedAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Customer journey map", linkToElement: "1.1.1");

        var response = await member.SubmitFormAsync($"{ElementPath(tenant.Id, "1.1.2")}/evidence?q=journey",
            new() { ["Input.ItemIds"] = item.Id.ToString() }, "main form[method=post]");

        PageAssert.RedirectsTo(response, $"{ElementPath(tenant.Id, "1.1.2")}?evidence=linked");
        var (_, second) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Evidence linked", second.QuerySelector(".govuk-notification-banner--success")!.TextContent);
        foreach (var number in new[] { "1.1.1", "1.1.2" })
        {
            var (_, page) = await admin.GetPageAsync(ElementPath(tenant.Id, number));
            var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
            Assert.Contains("Customer journey map", row.TextContent);
            Assert.Contains("evidence.pdf", row.TextContent);
            Assert.Contains("1 evidence item", await TaskHintAsync(admin, tenant.Id, number));
        }
        var (_, itemPage) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence/{item.Id}");
        Assert.Equal(2, itemPage.QuerySelectorAll("#supported-elements li").Length);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "EvidenceLinked" && e.OrganisationId == tenant.Id && e.UserId == tenant.Member.Id)));
    }

    [DbFact]
    public async Task Unlink_FromTheElementPage_RemovesTheLinkButNotTheItem()
    {
        var (tenant, admin, _) = await StartedAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Panel minutes", linkToElement: "2.1.1");

        var response = await admin.SubmitFormAsync(ElementPath(tenant.Id, "2.1.1"), new() { ["itemId"] = item.Id.ToString() }, "form[action*='handler=Unlink']");

        PageAssert.RedirectsTo(response, $"{ElementPath(tenant.Id, "2.1.1")}?evidence=unlinked");
        var (_, page) = await admin.GetPageAsync(ElementPath(tenant.Id, "2.1.1"));
        Assert.Empty(page.QuerySelectorAll("main table tbody tr"));
        Assert.Contains("0 evidence items", await TaskHintAsync(admin, tenant.Id, "2.1.1"));
        Assert.Null(await app.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == item.Id).Select(i => i.DeletedAt).SingleAsync()));
    }

    [DbFact]
    public async Task Element_SaveAfterEvidenceSection_StillSavesTheSelfAssessment()
    {
        var (tenant, _, member) = await StartedAsync();
        await app.Data.CreateEvidenceAsync(tenant.Id, "Survey", linkToElement: "1.2.1");

        var response = await member.SubmitFormAsync(ElementPath(tenant.Id, "1.2.1"), new()
        {
            ["Input.RatingKey"] = "Compliance", ["Input.Narrative"] = "We survey every quarter.", ["Input.Progress"] = "InProgress",
        });

        PageAssert.RedirectsTo(response, $"{ElementPath(tenant.Id, "1.2.1")}?saved=true");
    }

    [DbFact]
    public async Task Upload_FromAnElement_AddsToTheLibraryAndLinksIt()
    {
        var (tenant, admin, member) = await StartedAsync();
        var (_, element) = await member.GetPageAsync(ElementPath(tenant.Id, "3.2.1"));
        var uploadLink = element.QuerySelectorAll<IHtmlAnchorElement>("main a").Single(a => a.TextContent.Trim() == "Upload new evidence").GetAttribute("href")!;

        var response = await member.SubmitMultipartFormAsync(uploadLink, new() { ["Input.Title"] = "Service standards", ["Input.Kind"] = "Document" },
            [new FilePart("Files", "standards.pdf", TestData.Pdf(Guid.NewGuid().ToString()))]);

        PageAssert.RedirectsTo(response, $"{ElementPath(tenant.Id, "3.2.1")}?evidence=added");
        var (_, page) = await admin.GetPageAsync(ElementPath(tenant.Id, "3.2.1"));
        Assert.Contains("Service standards", Assert.Single(page.QuerySelectorAll("main table tbody tr")).TextContent);
        var (_, library) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence");
        Assert.Contains("Service standards", library.QuerySelector("main table tbody")!.TextContent);
    }

    [DbFact]
    public async Task Delete_LinkedItem_ConfirmationListsTheElementsAndDeletingUnlinksThem()
    {
        var (tenant, admin, _) = await StartedAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, "Customer charter", linkToElement: "3.1.1");
        await admin.SubmitFormAsync($"{ElementPath(tenant.Id, "3.1.2")}/evidence", new() { ["Input.ItemIds"] = item.Id.ToString() }, "main form[method=post]");

        var (_, confirm) = await admin.GetPageAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/delete");
        var elements = confirm.QuerySelectorAll("#elements-using li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, elements.Count);
        Assert.StartsWith("3.1.1 ", elements[0], StringComparison.Ordinal);
        Assert.StartsWith("3.1.2 ", elements[1], StringComparison.Ordinal);
        Assert.Contains("keep it", confirm.QuerySelector("main")!.TextContent);

        var response = await admin.SubmitFormAsync($"/organisations/{tenant.Id}/evidence/{item.Id}/delete", []);

        PageAssert.RedirectsTo(response, $"/organisations/{tenant.Id}/evidence?deleted=true");
        Assert.Contains("0 evidence items", await TaskHintAsync(admin, tenant.Id, "3.1.1"));
        var (_, element) = await admin.GetPageAsync(ElementPath(tenant.Id, "3.1.2"));
        Assert.Empty(element.QuerySelectorAll("main table tbody tr"));
    }
}

public sealed class ElementEvidenceTestsOnSqlite(SqliteApp app) : ElementEvidenceTests(app), IClassFixture<SqliteApp>;

public sealed class ElementEvidenceTestsOnPostgres(PostgresApp app) : ElementEvidenceTests(app), IClassFixture<PostgresApp>;

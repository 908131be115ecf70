using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Centre;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages.Centre;

/// <summary>An organisation's learning examples: its people write drafts, its admins publish them.</summary>
public abstract class LearningExamplePagesTests(AppFixture app)
{
    private static string ListPath(TestTenant o) => $"/organisations/{o.Id}/learning-examples";

    private static Dictionary<string, string> Fields(string title, string elements = "1.1.1, 2.2.2") => new()
    {
        ["Input.Title"] = title, ["Input.LearnedFrom"] = "A peer review visit", ["Input.WhatWeLearned"] = "Publish results with standards.",
        ["Input.WhatChanged"] = "Our pages show both.", ["Input.ElementNumbers"] = elements,
    };

    private async Task<Guid> CreateAsync(TestTenant o, TestUser user, string title)
    {
        var response = await (await app.ClientFor(user.Email)).SubmitFormAsync($"{ListPath(o)}/new", Fields(title));
        var id = await app.WithDbAsync(db => db.Set<LearningExample>().Where(x => x.Title == title).Select(x => x.Id).SingleAsync());
        PageAssert.RedirectsTo(response, $"{ListPath(o)}/{id}?saved=created");
        return id;
    }

    [DbFact]
    public async Task Pages_AdminAndMemberGet200_OtherTenantsAre404_AndTheOverviewLinksHere()
    {
        var o = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var id = await CreateAsync(o, o.Member, $"Example {Guid.NewGuid():N}");

        foreach (var path in new[] { ListPath(o), $"{ListPath(o)}/new", $"{ListPath(o)}/{id}" })
        {
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(o.Admin.Email)).GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(o.Member.Email)).GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(body.Admin.Email)).GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientFor(other.Admin.Email)).GetAsync($"{ListPath(other)}/{id}")).StatusCode);
        var (_, overview) = await (await app.ClientFor(o.Member.Email)).GetPageAsync($"/organisations/{o.Id}");
        Assert.Contains(ListPath(o), overview.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [DbFact]
    public async Task New_Invalid_ShowsTheErrors_ValidSavesADraft()
    {
        var o = await app.Data.CreateOrganisationWithUsersAsync();
        var client = await app.ClientFor(o.Member.Email);

        await PageAssert.InvalidAsync(await client.SubmitFormAsync($"{ListPath(o)}/new", new() { ["Input.ElementNumbers"] = "1.1.1, 8.8.8" }),
            "Enter a title", "Enter who you learned from", "8.8.8 is not an element of the standard. Enter element numbers like 1.2.3");
        await PageAssert.InvalidAsync(await client.SubmitFormAsync($"{ListPath(o)}/new", Fields("No elements", elements: " ")), LearningExampleService.ElementsRequired);

        var title = $"Draft {Guid.NewGuid():N}";
        var id = await CreateAsync(o, o.Member, title);

        var saved = await app.WithDbAsync(db => db.Set<LearningExample>().SingleAsync(x => x.Id == id));
        Assert.Equal((o.Id, LearningExampleStatus.Draft, o.Member.Id), (saved.OrganisationId, saved.Status, saved.CreatedByUserId));
        Assert.Equal(["1.1.1", "2.2.2"], saved.ElementNumbers);
        var (_, list) = await client.GetPageAsync(ListPath(o));
        Assert.Contains(title, list.QuerySelector("#examples")!.TextContent);
    }

    [DbFact]
    public async Task Edit_MemberChangesADraftButCannotPublish_AdminPublishesAndUnpublishes()
    {
        var o = await app.Data.CreateOrganisationWithUsersAsync();
        var id = await CreateAsync(o, o.Member, $"To publish {Guid.NewGuid():N}");
        var path = $"{ListPath(o)}/{id}";
        var member = await app.ClientFor(o.Member.Email);
        var admin = await app.ClientFor(o.Admin.Email);

        PageAssert.RedirectsTo(await member.SubmitFormAsync(path, Fields("Changed by the member", "3.3.3"), "#edit-form"), $"{path}?saved=updated");
        await PageAssert.InvalidAsync(await member.SubmitFormAsync(path, Fields("", "3.3.3"), "#edit-form"), "Enter a title");
        var (_, memberPage) = await member.GetPageAsync(path);
        Assert.Null(memberPage.QuerySelector("#status-form"));
        
        var asMember = await member.PostAsync($"{path}?handler=Publish", new FormUrlEncodedContent([new("__RequestVerificationToken", memberPage.AntiforgeryToken())]));
        Assert.Equal(HttpStatusCode.Forbidden, asMember.StatusCode);

        PageAssert.RedirectsTo(await admin.SubmitFormAsync(path, [], "#status-form"), $"{path}?saved=published");
        var published = await app.WithDbAsync(db => db.Set<LearningExample>().SingleAsync(x => x.Id == id));
        Assert.Equal(("Changed by the member", LearningExampleStatus.Published), (published.Title, published.Status));
        var found = await app.WithDbAsync(db => LearningExampleQueries.PublishedForElementAsync(db, "3.3.3"));
        Assert.Contains(found, x => x.Id == id);
        // A member sees a published example without the form, and cannot post changes to it.
        var (_, readOnly) = await member.GetPageAsync(path);
        Assert.Null(readOnly.QuerySelector("#edit-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", memberPage.AntiforgeryToken())]))).StatusCode);

        PageAssert.RedirectsTo(await admin.SubmitFormAsync(path, [], "#status-form"), $"{path}?saved=unpublished");
        Assert.Equal(LearningExampleStatus.Draft, await app.WithDbAsync(db => db.Set<LearningExample>().Where(x => x.Id == id).Select(x => x.Status).SingleAsync()));
    }

    [DbFact]
    public async Task ElementPage_PublishedExample_LinksToTheCaseItLearnedFrom()
    {
        var (_, caseId) = await app.Data.CreatePublishedCaseAsync("4.2.3", $"Case {Guid.NewGuid():N}");
        var o = await app.Data.CreateOrganisationWithUsersAsync();
        var title = $"Learned {Guid.NewGuid():N}";
        var admin = TestData.ActorFor(o.Admin);
        await app.WithServicesAsync(async sp =>
        {
            var examples = sp.GetRequiredService<LearningExampleService>();
            var example = await examples.CreateAsync(o.Id, new SaveLearningExampleRequest
            {
                Title = title, LearnedFrom = "A neighbouring holder", WhatWeLearned = "Ask residents first.", WhatChanged = "Residents set the agenda.",
                ElementNumbers = ["4.2.3"], CaseIds = [caseId],
            }, admin);
            return await examples.PublishAsync(o.Id, example.Id, admin);
        });

        var (_, page) = await app.Anonymous().GetPageAsync("/standard/elements/4.2.3");

        var card = page.QuerySelectorAll("#learning-examples .govuk-summary-card").Single(c => c.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal($"/best-practice/{caseId}", card.QuerySelector("a.govuk-link")!.GetAttribute("href"));
    }
}

public sealed class LearningExamplePagesTestsOnSqlite(SqliteApp app) : LearningExamplePagesTests(app), IClassFixture<SqliteApp>;

public sealed class LearningExamplePagesTestsOnPostgres(PostgresApp app) : LearningExamplePagesTests(app), IClassFixture<PostgresApp>;

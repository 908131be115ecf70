using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Centre;

/// <summary>Learning examples: who may write and publish them, what they must hold, and that only published ones are public.</summary>
public abstract class LearningExampleTests(AppFixture app)
{
    private static SaveLearningExampleRequest Request(string title, params string[] elements) => new()
    {
        Title = title, LearnedFrom = "A neighbouring holder", WhatWeLearned = "Panels work better online.", WhatChanged = "We moved our panel online.",
        ElementNumbers = elements,
    };

    private Task<T> Service<T>(Func<LearningExampleService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<LearningExampleService>()));

    [DbFact]
    public async Task PublishedForElement_ReturnsOnlyPublished_NeverAnotherOrganisationsDraft()
    {
        var a = await app.Data.CreateOrganisationWithUsersAsync();
        var b = await app.Data.CreateOrganisationWithUsersAsync();
        var published = await Service(s => s.CreateAsync(a.Id, Request("Published on 3.3.3", "3.3.3", "1.1.1"), TestData.ActorFor(a.Member)));
        await Service(s => s.PublishAsync(a.Id, published.Id, TestData.ActorFor(a.Admin)));
        await Service(s => s.CreateAsync(b.Id, Request("Draft on 3.3.3", "3.3.3"), TestData.ActorFor(b.Admin)));
        var unpublished = await Service(s => s.CreateAsync(b.Id, Request("Taken down on 3.3.3", "3.3.3"), TestData.ActorFor(b.Admin)));
        await Service(s => s.PublishAsync(b.Id, unpublished.Id, TestData.ActorFor(b.Admin)));
        await Service(s => s.UnpublishAsync(b.Id, unpublished.Id, TestData.ActorFor(b.Admin)));

        var found = await app.WithDbAsync(db => LearningExampleQueries.PublishedForElementAsync(db, "3.3.3"));
        var onOther = await app.WithDbAsync(db => LearningExampleQueries.PublishedForElementAsync(db, "3.3.4"));

        var only = Assert.Single(found);
        Assert.Equal((published.Id, a.Name, "Published on 3.3.3"), (only.Id, only.OrganisationName, only.Title));
        Assert.Equal(["1.1.1", "3.3.3"], only.ElementNumbers);
        Assert.Empty(onOther);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "LearningExamplePublished" && e.OrganisationId == a.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "LearningExampleUnpublished" && e.OrganisationId == b.Id)));
    }

    [DbFact]
    public async Task Members_WriteDrafts_OnlyAdminsPublishOrChangeAPublishedExample_OutsidersAreNotFound()
    {
        var o = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        var draft = await Service(s => s.CreateAsync(o.Id, Request("Draft", "2.2.2"), TestData.ActorFor(o.Member)));
        await Service(s => s.UpdateAsync(o.Id, draft.Id, Request("Draft, changed", "2.2.2"), TestData.ActorFor(o.Member)));

        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.PublishAsync(o.Id, draft.Id, TestData.ActorFor(o.Member))));
        await Service(s => s.PublishAsync(o.Id, draft.Id, TestData.ActorFor(o.Admin)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(s => s.UpdateAsync(o.Id, draft.Id, Request("Changed", "2.2.2"), TestData.ActorFor(o.Member))));
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.CreateAsync(o.Id, Request("Outsider", "2.2.2"), TestData.ActorFor(other.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.PublishAsync(other.Id, draft.Id, TestData.ActorFor(other.Admin))));

        var saved = await app.WithDbAsync(db => db.Set<LearningExample>().SingleAsync(x => x.Id == draft.Id));
        Assert.Equal(("Draft, changed", LearningExampleStatus.Published), (saved.Title, saved.Status));
        Assert.NotNull(saved.PublishedAt);
    }

    [DbFact]
    public async Task Save_RefusesUnknownElementsAndUnpublishedCases()
    {
        var holder = await app.Data.CreateHolderAsync(compliancePlus: ["1.1.1", "1.1.2"]);
        var cases = await app.WithDbAsync(db => db.BestPracticeCases.Where(c => c.OrganisationId == holder.Organisation.Id).OrderBy(c => c.ElementNumber).ToListAsync());
        await app.WithDbAsync(db => db.BestPracticeCases.Where(c => c.Id == cases[0].Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CaseStatus.Published).SetProperty(x => x.PublishedAt, DateTimeOffset.UtcNow)));
        var o = await app.Data.CreateOrganisationWithUsersAsync();

        var none = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.CreateAsync(o.Id, Request(""), TestData.ActorFor(o.Admin))));
        var unknown = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.CreateAsync(o.Id,
            Request("T", "1.1.1", "9.9.9") with { CaseIds = [cases[1].Id] }, TestData.ActorFor(o.Admin))));
        var ok = await Service(s => s.CreateAsync(o.Id, Request("T", " 1.1.1", "1.1.1 ") with { CaseIds = [cases[0].Id] }, TestData.ActorFor(o.Admin)));

        Assert.Equal(LearningExampleService.ElementsRequired, none.Errors["ElementNumbers"][0]);
        Assert.Equal("Enter a title", none.Errors["Title"][0]);
        Assert.Equal("9.9.9 is not an element of the standard. Enter element numbers like 1.2.3", unknown.Errors["ElementNumbers"][0]);
        Assert.Equal("Select only published best-practice cases", unknown.Errors["CaseIds"][0]);
        Assert.Equal(["1.1.1"], ok.ElementNumbers);
        Assert.Equal([cases[0].Id], ok.CaseIds);
    }
}

public sealed class LearningExampleTestsOnSqlite(SqliteApp app) : LearningExampleTests(app), IClassFixture<SqliteApp>;

public sealed class LearningExampleTestsOnPostgres(PostgresApp app) : LearningExampleTests(app), IClassFixture<PostgresApp>;

using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Tests.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.BestPractice;

/// <summary>The public library: published cases only, found by words and filters, a page at a time, on both providers.</summary>
public abstract class BestPracticeLibraryTests(AppFixture app) : AssessmentTestBase(app)
{
    // Every test's cases share a made-up word, so other tests' cases in the same database never get in the way.
    private static string Token() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));

    private Task<LibraryResults> Search(LibraryQuery query) => App.WithDbAsync(db => BestPracticeLibrary.SearchAsync(db, query));

    [DbFact]
    public async Task OnlyPublishedCasesAreFound_ADraftIsNeverReturned_WhateverItSays()
    {
        var token = Token();
        var holder = await App.Data.CreateHolderAsync(compliancePlus: ["1.1.1", "1.1.2"]);
        var published = await App.PublishCaseAsync(holder.Assessment.Id, "1.1.1", "Listening panels", $"Residents' panels {token} review every complaint.");
        await App.WithDbAsync(async db =>
        {
            var draft = db.BestPracticeCases.Single(c => c.AssessmentId == holder.Assessment.Id && c.ElementNumber == "1.1.2");
            draft.Description = $"A draft about {token} complaints that nobody consented to publish.";
            return await db.SaveChangesAsync();
        });
        var draftId = await App.WithDbAsync(db => Task.FromResult(db.BestPracticeCases.Single(c => c.AssessmentId == holder.Assessment.Id && c.ElementNumber == "1.1.2").Id));

        var results = await Search(new LibraryQuery { Text = token });

        var found = Assert.Single(results.Items);
        Assert.Equal(published, found.Id);
        Assert.Equal(holder.Organisation.Name, found.OrganisationName);
        Assert.Equal("Listening panels", found.Title);
        Assert.Equal(1, results.Total);
        Assert.NotNull(await App.WithDbAsync(db => BestPracticeLibrary.CaseAsync(db, published)));
        Assert.Null(await App.WithDbAsync(db => BestPracticeLibrary.CaseAsync(db, draftId)));
        Assert.DoesNotContain(draftId, (await App.WithDbAsync(db => BestPracticeLibrary.ForElementAsync(db, "1.1.2", 100))).Cases.Select(c => c.Id));
    }

    [DbFact]
    public async Task Filters_ByCriterionElementSectorAndYear_CombineWithTheWords()
    {
        var token = Token();
        var council = await App.Data.CreateHolderAsync(sector: Sector.LocalGovernment, compliancePlus: ["1.1.1", "2.1.1"]);
        var police = await App.Data.CreateHolderAsync(sector: Sector.Police, compliancePlus: ["1.1.1"]);
        var councilFirst = await App.PublishCaseAsync(council.Assessment.Id, "1.1.1", "Insight", $"Customer insight {token}.", year: 2025);
        var councilSecond = await App.PublishCaseAsync(council.Assessment.Id, "2.1.1", "Engagement", $"Engagement {token}.", year: 2026);
        var policeFirst = await App.PublishCaseAsync(police.Assessment.Id, "1.1.1", "Victims", $"Victim contact {token}.", year: 2026);

        async Task<Guid[]> Ids(LibraryQuery q) => (await Search(q with { Text = token })).Items.Select(i => i.Id).Order().ToArray();

        Assert.Equal(new[] { councilFirst, councilSecond, policeFirst }.Order(), await Ids(new LibraryQuery()));
        Assert.Equal(new[] { councilFirst, policeFirst }.Order(), await Ids(new LibraryQuery { Element = "1.1.1" }));
        Assert.Equal([councilSecond], await Ids(new LibraryQuery { Criterion = "2" }));
        Assert.Equal([policeFirst], await Ids(new LibraryQuery { Sector = Sector.Police }));
        Assert.Equal(new[] { councilSecond, policeFirst }.Order(), await Ids(new LibraryQuery { Year = 2026 }));
        Assert.Empty(await Ids(new LibraryQuery { Sector = Sector.Police, Criterion = "2" }));
        Assert.Contains(2025, (await Search(new LibraryQuery())).Years);
    }

    [DbFact]
    public async Task Paging_KeepsTheOrder_AndAPageOutOfRangeIsEmpty()
    {
        var token = Token();
        var holder = await App.Data.CreateHolderAsync(compliancePlus: ["1.1.1", "1.1.2", "1.1.3"]);
        foreach (var e in new[] { "1.1.1", "1.1.2", "1.1.3" })
            await App.PublishCaseAsync(holder.Assessment.Id, e, $"Case {e}", $"Practice {token} on {e}.");

        var first = await Search(new LibraryQuery { Text = token, PageSize = 2 });
        var second = await Search(new LibraryQuery { Text = token, PageSize = 2, Page = 2 });
        var beyond = await Search(new LibraryQuery { Text = token, PageSize = 2, Page = 9 });

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.TotalPages);
        Assert.Equal(2, first.Items.Count);
        Assert.Single(second.Items);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.Total);
    }

    [DbFact]
    public async Task ElementList_NewestFirst_WithTheCount()
    {
        var holder = await App.Data.CreateHolderAsync(compliancePlus: ["5.3.1"]);
        var other = await App.Data.CreateHolderAsync(compliancePlus: ["5.3.1"]);
        var older = await App.PublishCaseAsync(holder.Assessment.Id, "5.3.1", "Older", "Older practice.");
        var newer = await App.PublishCaseAsync(other.Assessment.Id, "5.3.1", "Newer", "Newer practice.");

        var (cases, total) = await App.WithDbAsync(db => BestPracticeLibrary.ForElementAsync(db, "5.3.1", 1));

        Assert.True(total >= 2);
        Assert.Equal(newer, Assert.Single(cases).Id);
        Assert.NotEqual(older, newer);
    }
}

public sealed class BestPracticeLibraryTestsOnSqlite(SqliteApp app) : BestPracticeLibraryTests(app), IClassFixture<SqliteApp>;

public sealed class BestPracticeLibraryTestsOnPostgres(PostgresApp app) : BestPracticeLibraryTests(app), IClassFixture<PostgresApp>;

/// <summary>The library's short summary of a case, a pure function: one class, not once per provider.</summary>
public sealed class BestPracticeSummaryTests
{
    [Theory]
    [InlineData("Short text.", "Short text.")]
    [InlineData("  Line one\nline two  ", "Line one line two")]
    public void Summary_KeepsShortTextWhole(string description, string expected) =>
        Assert.Equal(expected, BestPracticeLibrary.Summary(description));

    [Fact]
    public void Summary_CutsLongTextAtAWord()
    {
        var summary = BestPracticeLibrary.Summary(string.Join(" ", Enumerable.Repeat("practice", 60)));
        Assert.EndsWith("practice…", summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 241);
    }
}

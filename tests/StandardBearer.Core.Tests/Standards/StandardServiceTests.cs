using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Standards;

public abstract class StandardServiceTests(AppFixture app)
{
    private static readonly Actor Owner = Actor.System("test owner");

    private Task<T> Service<T>(Func<StandardService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<StandardService>()));

    private static string Label() => $"test-{Guid.NewGuid():N}"[..20];

    /// <summary>A pack with every optional field, a crosswalk and non-ASCII text, under a new label.</summary>
    private static StandardPack RichPack(string label) => BuiltInPacks.CseSummaries() with
    {
        Version = label,
        Wording = "official",
        Crosswalk = new Dictionary<string, string> { ["9.9.9"] = "1.1.1" },
        Criteria = BuiltInPacks.CseSummaries().Criteria.Select(c => c with
        {
            SubCriteria = c.SubCriteria.Select(s => s with
            {
                Elements = s.Elements.Select(e => e with { Guidance = $"Guidance for {e.Number} – café", ShowMe = "Show me: documents", TellMe = "Tell me: how" }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    private async Task<(int Versions, int Elements, int Audit)> CountsAsync() => await app.WithDbAsync(async db =>
        (await db.StandardVersions.CountAsync(), await db.Elements.CountAsync(), await db.AuditEvents.CountAsync()));

    [DbFact]
    public async Task FirstStart_BuiltInPack_IsPublishedWithFiveCriteriaFifteenSubCriteriaAndFiftySevenElements()
    {
        var (current, tree) = await app.WithDbAsync(async db =>
        {
            var current = await StandardCatalogue.CurrentAsync(db, "CSE");
            return (current, await StandardCatalogue.TreeAsync(db, current!));
        });

        Assert.Equal("summaries-1", current!.Label);
        Assert.Equal(VersionStatus.Published, current.Status);
        Assert.True(current.IsSummaries);
        Assert.Equal(5, tree.Criteria.Count);
        Assert.Equal(15, tree.Criteria.Sum(c => c.SubCriteria.Count));
        Assert.Equal(57, tree.Elements.Count());
        Assert.False(await Service(s => s.EnsureBuiltInAsync()), "a second start must not import it again");
    }

    [DbFact]
    public async Task ExportThenImport_AnyVersion_RoundTripsToAnIdenticalPack()
    {
        var label = Label();
        var original = PackReader.Write(RichPack(label));
        var imported = await Service(s => s.ImportAsync(original, Owner));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));

        var exported = PackReader.Write((await app.WithDbAsync(db => StandardCatalogue.ExportAsync(db, "CSE", label)))!);
        Assert.Equal(original, exported);

        // And the built-in version, exported and imported again under a new label, exports the same apart from the label.
        var builtIn = (await app.WithDbAsync(db => StandardCatalogue.ExportAsync(db, "CSE", "summaries-1")))!;
        var copy = Label();
        Assert.True((await Service(s => s.ImportAsync(PackReader.Write(builtIn with { Version = copy }), Owner))).Succeeded);
        var copyExported = (await app.WithDbAsync(db => StandardCatalogue.ExportAsync(db, "CSE", copy)))!;
        Assert.Equal(PackReader.Write(builtIn), PackReader.Write(copyExported with { Version = "summaries-1" }));
        Assert.Equal(BuiltInPacks.CseSummariesJson(), PackReader.Write(builtIn));
    }

    [DbFact]
    public async Task Import_BadPack_IsRejectedWithEveryProblemAndWritesNothing()
    {
        var before = await CountsAsync();
        var pack = BuiltInPacks.CseSummaries() with
        {
            Version = Label(),
            Outcome = new PackOutcome { MinimumCompliantShare = 1.5m, BlockingRatings = ["Nope"] },
        };

        var result = await Service(s => s.ImportAsync(PackReader.Write(pack), Owner));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Path == "$.outcome.minimumCompliantShare");
        Assert.Contains(result.Problems, p => p.Path.StartsWith("$.outcome.blockingRatings", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
    }

    [DbFact]
    public async Task Import_NotJson_IsRejectedAndWritesNothing()
    {
        var before = await CountsAsync();

        var result = await Service(s => s.ImportAsync("this is not json {", Owner));

        Assert.Equal("$", Assert.Single(result.Problems).Path);
        Assert.Equal(before, await CountsAsync());
    }

    [DbFact]
    public async Task Import_ExistingLabel_IsRejectedAtTheVersionPath()
    {
        var result = await Service(s => s.ImportAsync(BuiltInPacks.CseSummariesJson(), Owner));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.version", problem.Path);
        Assert.Contains("already exists", problem.Message);
    }

    [DbFact]
    public async Task Publish_Draft_LocksIt()
    {
        var label = Label();
        await Service(s => s.ImportAsync(PackReader.Write(RichPack(label)), Owner));

        await Service(async s => { await s.PublishAsync("CSE", label, Owner); return 0; });

        var status = await app.WithDbAsync(db => db.StandardVersions.Where(v => v.Label == label).Select(v => v.Status).SingleAsync());
        Assert.Equal(VersionStatus.Published, status);
        await Assert.ThrowsAsync<ConflictException>(() => Service(async s => { await s.PublishAsync("CSE", label, Owner); return 0; }));
        await Assert.ThrowsAsync<ConflictException>(() => Service(async s => { await s.DiscardDraftAsync("CSE", label, Owner); return 0; }));
        Assert.False((await Service(s => s.ImportAsync(PackReader.Write(RichPack(label)), Owner))).Succeeded);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "StandardVersionPublished")));
    }

    [DbFact]
    public async Task Retire_Published_RetiresAndADraftCannotBeRetired()
    {
        var label = Label();
        await Service(s => s.ImportAsync(PackReader.Write(RichPack(label)), Owner));
        await Assert.ThrowsAsync<ConflictException>(() => Service(async s => { await s.RetireAsync("CSE", label, Owner); return 0; }));
        await Service(async s => { await s.PublishAsync("CSE", label, Owner); return 0; });

        await Service(async s => { await s.RetireAsync("CSE", label, Owner); return 0; });

        Assert.Equal(VersionStatus.Retired, await app.WithDbAsync(db => db.StandardVersions.Where(v => v.Label == label).Select(v => v.Status).SingleAsync()));
    }

    [DbFact]
    public async Task DiscardDraft_RemovesTheVersionAndItsElements()
    {
        var label = Label();
        await Service(s => s.ImportAsync(PackReader.Write(RichPack(label)), Owner));
        var versionId = await app.WithDbAsync(db => db.StandardVersions.Where(v => v.Label == label).Select(v => v.Id).SingleAsync());

        await Service(async s => { await s.DiscardDraftAsync("CSE", label, Owner); return 0; });

        Assert.False(await app.WithDbAsync(db => db.StandardVersions.AnyAsync(v => v.Id == versionId)));
        Assert.False(await app.WithDbAsync(db => db.Elements.AnyAsync(e => e.StandardVersionId == versionId)));
    }

    [DbFact]
    public async Task OutcomeRulesAndPoints_ComeFromTheVersion()
    {
        var label = Label();
        var pack = BuiltInPacks.CseSummaries() with
        {
            Version = label,
            Ratings =
            [
                new PackRating { Key = "CompliancePlus", Name = "Compliance Plus", Points = 10, CountsAsCompliant = true },
                new PackRating { Key = "Compliance", Name = "Compliance", Points = 4, CountsAsCompliant = true },
                new PackRating { Key = "PartialCompliance", Name = "Partial Compliance", Points = 1, CountsAsCompliant = false },
                new PackRating { Key = "NonCompliance", Name = "Non-Compliance", Points = 0, CountsAsCompliant = false },
            ],
            Outcome = new PackOutcome { MinimumCompliantShare = 0.5m, BlockingRatings = [], ActionPlanRatings = ["PartialCompliance", "NonCompliance"] },
        };
        await Service(s => s.ImportAsync(PackReader.Write(pack), Owner));
        var ratings = new Dictionary<string, string> { ["1.1.1"] = "Compliance", ["1.1.2"] = "NonCompliance" };

        var custom = await app.WithDbAsync(async db => await StandardCatalogue.ScaleAsync(db, await db.StandardVersions.Where(v => v.Label == label).Select(v => v.Id).SingleAsync()));
        var builtIn = await app.WithDbAsync(async db => await StandardCatalogue.ScaleAsync(db, await db.StandardVersions.Where(v => v.Label == "summaries-1").Select(v => v.Id).SingleAsync()));

        Assert.Equal(10, custom.PointsFor("CompliancePlus"));
        Assert.Equal(3, builtIn.PointsFor("CompliancePlus"));
        Assert.Equal(OutcomeKind.CertifyWithActionPlan, custom.Evaluate(ratings).Kind);
        Assert.Equal(OutcomeKind.NotCertified, builtIn.Evaluate(ratings).Kind);
    }
}

public sealed class StandardServiceTestsOnSqlite(SqliteApp app) : StandardServiceTests(app), IClassFixture<SqliteApp>;

public sealed class StandardServiceTestsOnPostgres(PostgresApp app) : StandardServiceTests(app), IClassFixture<PostgresApp>;

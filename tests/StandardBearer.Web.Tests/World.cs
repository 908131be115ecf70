using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Evidence;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests;

/// <summary>
/// Two organisations, two certification bodies and a standard owner, made once per test class: enough to tell
/// "allowed", "wrong role" (403) and "other tenant" (404) apart on every page.
/// </summary>
public sealed class World
{
    public required TestTenant OrgA { get; init; }
    public required TestTenant OrgB { get; init; }
    public required TestTenant BodyX { get; init; }
    public required TestTenant BodyY { get; init; }
    public required TestUser Owner { get; init; }

    /// <summary>An evidence item of OrgA's, linked to element 1.1.1 of its open self-assessment, and its one file.</summary>
    public required Guid OrgAEvidenceId { get; init; }
    public required Guid OrgAFileId { get; init; }

    public static async Task<World> CreateAsync(AppFixture app)
    {
        var orgA = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(orgA.Id);
        var evidence = await app.Data.CreateEvidenceAsync(orgA.Id, linkToElement: "1.1.1");
        return new World
        {
            OrgA = orgA,
            OrgB = await app.Data.CreateOrganisationWithUsersAsync(),
            BodyX = await app.Data.CreateBodyWithUsersAsync(),
            BodyY = await app.Data.CreateBodyWithUsersAsync(),
            Owner = await app.Data.CreateStandardOwnerAsync(),
            OrgAEvidenceId = evidence.Id,
            OrgAFileId = await app.WithDbAsync(db => db.Set<EvidenceFile>().Where(f => f.OrganisationId == orgA.Id).Select(f => f.Id).SingleAsync()),
        };
    }

    /// <summary>The people whose view of the pages is tested. Route tenants are always OrgA and BodyX.</summary>
    public IReadOnlyDictionary<string, TestUser?> Personas => new Dictionary<string, TestUser?>
    {
        ["anonymous"] = null,
        ["orgA-admin"] = OrgA.Admin,
        ["orgA-member"] = OrgA.Member,
        ["orgB-admin"] = OrgB.Admin,
        ["bodyX-admin"] = BodyX.Admin,
        ["bodyX-assessor"] = BodyX.Member,
        ["bodyY-admin"] = BodyY.Admin,
        ["owner"] = Owner,
    };

    public string Expand(string url) => url.Replace("{org}", OrgA.Id.ToString()).Replace("{body}", BodyX.Id.ToString())
        .Replace("{item}", OrgAEvidenceId.ToString()).Replace("{file}", OrgAFileId.ToString());
}

/// <summary>Lazily makes the world once for all the tests of a class.</summary>
public sealed class WorldCache(AppFixture app)
{
    private readonly Lazy<Task<World>> _world = new(() => World.CreateAsync(app));

    public Task<World> GetAsync() => _world.Value;
}

using StandardBearer.Core.Standards;
using StandardBearer.Core.Common;
using StandardBearer.Core.Benchmarking;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Demo;

/// <summary>One demo user, as the start page lists them in Development.</summary>
public sealed record DemoUser(string Email, string DisplayName, Role Role, string? TenantName);

/// <summary>
/// Fills an empty database with a small, realistic cast so every feature can be seen on first run.
/// Goes through the same services as real use, so the demo also writes the audit trail.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db, TenantScope tenant, AccountService accounts, OrganisationService organisations, CertificationBodyService bodies,
    DemoSelfAssessments selfAssessments, DemoAssessments assessments, ResultsImportService results, PointsSchemeService schemes, DemoSkills skills)
{
    public const string Password = "demo-password-2026";

    public static readonly IReadOnlyList<CertificationBodyDetails> Bodies =
    [
        new() { Name = "Centre for Assessment", Website = "https://centre-for-assessment.example" },
        new() { Name = "Northern Quality Certification", Website = "https://nqc.example" },
    ];

    public static readonly IReadOnlyList<OrganisationDetails> Organisations =
    [
        new()
        {
            Name = "Northmoor National Park Authority", Sector = Sector.NationalPark, Region = Region.YorkshireAndTheHumber,
            SizeBand = SizeBand.From250To999, AddressLine1 = "The Old Mill", Town = "Helmsby", Postcode = "YO62 5AB",
        },
        new()
        {
            Name = "Riverside Borough Council", Sector = Sector.LocalGovernment, Region = Region.SouthEast,
            SizeBand = SizeBand.From1000To4999, AddressLine1 = "Town Hall", AddressLine2 = "Market Square", Town = "Riverside", Postcode = "RG1 2LU",
        },
        new()
        {
            Name = "University of Westbridge", Sector = Sector.HigherEducation, Region = Region.WestMidlands,
            SizeBand = SizeBand.From1000To4999, AddressLine1 = "Westbridge Campus", Town = "Westbridge", Postcode = "B15 2TT",
        },
        new()
        {
            Name = DemoAssessments.SuspendedOrganisation, Sector = Sector.Housing, Region = Region.NorthWest,
            SizeBand = SizeBand.From250To999, AddressLine1 = "2 Dock Street", Town = "Harbourside", Postcode = "L3 4BB",
        },
        new()
        {
            Name = DemoAssessments.ConfidentialOrganisation, Sector = Sector.FireAndRescue, Region = Region.EastOfEngland,
            SizeBand = SizeBand.From1000To4999, AddressLine1 = "Service Headquarters", AddressLine2 = "Station Road", Town = "Eastmere", Postcode = "IP14 1AA",
        },
    ];

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("owner@cse-centre.example", "Sam Owner", Role.StandardOwner, null),
        new("admin@centre-for-assessment.example", "Priya Shah", Role.CertificationBodyAdmin, "Centre for Assessment"),
        new("assessor1@centre-for-assessment.example", "Tom Clarke", Role.Assessor, "Centre for Assessment"),
        new("assessor2@centre-for-assessment.example", "Aisha Khan", Role.Assessor, "Centre for Assessment"),
        new("admin@nqc.example", "Gareth Jones", Role.CertificationBodyAdmin, "Northern Quality Certification"),
        new("assessor1@nqc.example", "Fiona Reid", Role.Assessor, "Northern Quality Certification"),
        new("assessor2@nqc.example", "Daniel Moss", Role.Assessor, "Northern Quality Certification"),
        new("admin@northmoor.example", "Helen Dale", Role.OrganisationAdmin, "Northmoor National Park Authority"),
        new("member@northmoor.example", "Ravi Patel", Role.OrganisationMember, "Northmoor National Park Authority"),
        new("admin@riverside.example", "Claire Evans", Role.OrganisationAdmin, "Riverside Borough Council"),
        new("member@riverside.example", "Mark Hughes", Role.OrganisationMember, "Riverside Borough Council"),
        new("admin@westbridge.example", "Joanna Webb", Role.OrganisationAdmin, "University of Westbridge"),
        new("member@westbridge.example", "Oliver Grant", Role.OrganisationMember, "University of Westbridge"),
        new("admin@harbourside.example", "Nia Roberts", Role.OrganisationAdmin, DemoAssessments.SuspendedOrganisation),
        new("admin@eastmere.example", "James Cole", Role.OrganisationAdmin, DemoAssessments.ConfidentialOrganisation),
    ];

    public async Task<bool> IsEmptyAsync(CancellationToken ct = default) =>
        !await db.Users.AnyAsync(ct) && !await db.Organisations.AnyAsync(ct);

    /// <summary>Seeds the demo cast. Returns false (and does nothing) if the database already has data.</summary>
    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        tenant.UseUnrestricted();
        if (!await IsEmptyAsync(ct)) return false;
        var actor = Actor.System("demo seed");
        foreach (var body in Bodies) await bodies.CreateAsync(body, actor, ct);
        foreach (var organisation in Organisations) await organisations.CreateAsync(organisation, actor, ct);
        foreach (var user in Users)
        {
            await accounts.CreateUserAsync(new CreateUserRequest
            {
                Email = user.Email, DisplayName = user.DisplayName, Password = Password, Role = user.Role, TenantName = user.TenantName,
            }, actor, ct);
        }
        foreach (var progress in DemoSelfAssessments.Progress)
        {
            var organisationId = await db.Organisations.Where(o => o.Name == progress.Organisation).Select(o => o.Id).SingleAsync(ct);
            var staff = await db.Memberships.Where(m => m.OrganisationId == organisationId).OrderBy(m => m.Role).Select(m => m.UserId).ToListAsync(ct);
            await selfAssessments.SeedAsync(organisationId, progress, staff, ct);
        }
        await assessments.SeedAsync(ct);
        await new DemoBestPractice(db).SeedBestPracticeAsync(ct);
        await SeedBenchmarksAsync(actor, ct);
        await skills.SeedSkillsAsync(ct);
        await DemoCentre.SeedAsync(db, ct);
        await DemoCosts.SeedCostsAsync(db, ct);
        return true;
    }

    /// <summary>
    /// Three years of results for 48 holders, imported as a body would import its spreadsheet, then the holders' size
    /// bands and consents (the file has no column for either), and a points scheme for the Centre for Assessment.
    /// </summary>
    private async Task SeedBenchmarksAsync(Actor actor, CancellationToken ct)
    {
        var today = Dates.Today(db.Time);
        var version = await db.StandardVersions.Where(v => v.Standard!.Code == "CSE" && v.Status == VersionStatus.Published)
            .OrderByDescending(v => v.PublishedAt).Select(v => v.Id).FirstAsync(ct);
        var elements = await db.Elements.Where(e => e.StandardVersionId == version).OrderBy(e => e.Number).Select(e => e.Number).ToListAsync(ct);
        await using var csv = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(DemoBenchmarks.Csv(elements, today)));
        var report = await results.ImportAsync(csv, new ResultsImportOptions { FileName = "demo-results.csv", CreateMissing = true }, actor, ct);
        if (!report.Succeeded) throw new InvalidOperationException($"The demo results did not import: {string.Join("; ", report.Problems.Take(5))}");

        foreach (var holder in DemoBenchmarks.Holders)
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Name == holder.Name, ct);
            await organisations.UpdateAsync(organisation.Id, OrganisationService.DetailsOf(organisation) with { SizeBand = holder.Size }, actor, ct);
            if (holder.Publishes) await organisations.SetBenchmarkConsentAsync(organisation.Id, true, actor, ct);
        }

        var centre = await db.CertificationBodies.Where(b => b.Name == DemoBenchmarks.CentreBody).Select(b => b.Id).SingleAsync(ct);
        await schemes.AddAsync(centre, new SavePointsSchemeRequest
        {
            Name = "Centre for Assessment points",
            EffectiveFrom = new DateOnly(today.Year - 1, 4, 1),
            Points = new Dictionary<string, int?> { ["CompliancePlus"] = 4, ["Compliance"] = 2, ["PartialCompliance"] = 0, ["NonCompliance"] = -2 },
        }, actor, ct: ct);
    }
}

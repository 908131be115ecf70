using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Organisations;

public sealed record OrganisationDetails
{
    [Required(ErrorMessage = "Enter the organisation's name")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; init; } = "";

    [Required(ErrorMessage = "Select a sector")]
    public Sector? Sector { get; init; }

    [Required(ErrorMessage = "Select a region")]
    public Region? Region { get; init; }

    [Required(ErrorMessage = "Select the number of staff")]
    public SizeBand? SizeBand { get; init; }

    [StringLength(200, ErrorMessage = "Address line 1 must be 200 characters or fewer")]
    public string? AddressLine1 { get; init; }

    [StringLength(200, ErrorMessage = "Address line 2 must be 200 characters or fewer")]
    public string? AddressLine2 { get; init; }

    [StringLength(100, ErrorMessage = "Town or city must be 100 characters or fewer")]
    public string? Town { get; init; }

    [RegularExpression(@"^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}\s*$", ErrorMessage = "Enter a real postcode")]
    public string? Postcode { get; init; }
}

public sealed class OrganisationService(AppDbContext db)
{
    public async Task<Organisation> CreateAsync(OrganisationDetails details, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(details);
        var name = details.Name.Trim();
        await EnsureNameFreeAsync(name, null, ct);
        var organisation = new Organisation { Id = db.NewId(), Name = name, CreatedAt = db.Time.GetUtcNow() };
        Apply(organisation, details);
        db.Organisations.Add(organisation);
        db.Record(actor, "OrganisationCreated", Subject(organisation.Id), organisationId: organisation.Id, after: Snapshot(organisation));
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public async Task<Organisation> UpdateAsync(Guid organisationId, OrganisationDetails details, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(details);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct)
            ?? throw new NotFoundException("Organisation not found");
        var name = details.Name.Trim();
        await EnsureNameFreeAsync(name, organisationId, ct);
        var before = Snapshot(organisation);
        organisation.Name = name;
        Apply(organisation, details);
        db.Record(actor, "OrganisationUpdated", Subject(organisation.Id), organisationId: organisation.Id, before: before, after: Snapshot(organisation));
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>Gives or withdraws the organisation's consent to appear by name in the public benchmark table.</summary>
    public async Task SetBenchmarkConsentAsync(Guid organisationId, bool publish, Actor actor, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct)
            ?? throw new NotFoundException("Organisation not found");
        if (organisation.PublishBenchmark == publish) return;
        organisation.PublishBenchmark = publish;
        organisation.PublishBenchmarkChangedAt = db.Time.GetUtcNow();
        db.Record(actor, publish ? "BenchmarkConsentGiven" : "BenchmarkConsentWithdrawn", Subject(organisation.Id), organisationId: organisation.Id,
            after: new { PublishBenchmark = publish });
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureNameFreeAsync(string name, Guid? except, CancellationToken ct)
    {
        var lowered = name.ToLowerInvariant();
        if (await db.Organisations.AnyAsync(o => o.Name.ToLower() == lowered && o.Id != except, ct))
            throw new DomainValidationException(nameof(OrganisationDetails.Name), "An organisation with this name already exists");
    }

    private static void Apply(Organisation organisation, OrganisationDetails details)
    {
        organisation.Sector = details.Sector!.Value;
        organisation.Region = details.Region!.Value;
        organisation.SizeBand = details.SizeBand!.Value;
        organisation.Address = new Address
        {
            Line1 = Clean(details.AddressLine1),
            Line2 = Clean(details.AddressLine2),
            Town = Clean(details.Town),
            Postcode = Clean(details.Postcode)?.ToUpperInvariant(),
        };
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Subject(Guid id) => $"Organisation/{id}";

    private static object Snapshot(Organisation o) => new
    {
        o.Name,
        Sector = o.Sector.ToString(),
        Region = o.Region.ToString(),
        SizeBand = o.SizeBand.ToString(),
        Address = o.Address.ToString(),
    };

    public static OrganisationDetails DetailsOf(Organisation o) => new()
    {
        Name = o.Name,
        Sector = o.Sector,
        Region = o.Region,
        SizeBand = o.SizeBand,
        AddressLine1 = o.Address.Line1,
        AddressLine2 = o.Address.Line2,
        Town = o.Address.Town,
        Postcode = o.Address.Postcode,
    };
}

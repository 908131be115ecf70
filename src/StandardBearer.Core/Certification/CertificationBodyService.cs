using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Core.Certification;

public sealed record CertificationBodyDetails
{
    [Required(ErrorMessage = "Enter the certification body's name")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; init; } = "";

    [Url(ErrorMessage = "Enter a website address in the correct format, like https://www.example.org")]
    [StringLength(200, ErrorMessage = "Website must be 200 characters or fewer")]
    public string? Website { get; init; }
}

public sealed class CertificationBodyService(AppDbContext db)
{
    public async Task<CertificationBody> CreateAsync(CertificationBodyDetails details, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(details);
        var name = details.Name.Trim();
        await EnsureNameFreeAsync(name, null, ct);
        var body = new CertificationBody { Id = db.NewId(), Name = name, Website = Clean(details.Website), CreatedAt = db.Time.GetUtcNow() };
        db.CertificationBodies.Add(body);
        db.Record(actor, "CertificationBodyCreated", Subject(body.Id), certificationBodyId: body.Id, after: new { body.Name, body.Website });
        await db.SaveChangesAsync(ct);
        return body;
    }

    public async Task<CertificationBody> UpdateAsync(Guid bodyId, CertificationBodyDetails details, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(details);
        var body = await db.CertificationBodies.SingleOrDefaultAsync(b => b.Id == bodyId, ct)
            ?? throw new NotFoundException("Certification body not found");
        var name = details.Name.Trim();
        await EnsureNameFreeAsync(name, bodyId, ct);
        var before = new { body.Name, body.Website };
        body.Name = name;
        body.Website = Clean(details.Website);
        db.Record(actor, "CertificationBodyUpdated", Subject(body.Id), certificationBodyId: body.Id, before: before, after: new { body.Name, body.Website });
        await db.SaveChangesAsync(ct);
        return body;
    }

    private async Task EnsureNameFreeAsync(string name, Guid? except, CancellationToken ct)
    {
        var lowered = name.ToLowerInvariant();
        if (await db.CertificationBodies.AnyAsync(b => b.Name.ToLower() == lowered && b.Id != except, ct))
            throw new DomainValidationException(nameof(CertificationBodyDetails.Name), "A certification body with this name already exists");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Subject(Guid id) => $"CertificationBody/{id}";
}

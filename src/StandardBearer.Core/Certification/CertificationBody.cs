using StandardBearer.Core.Organisations;

namespace StandardBearer.Core.Certification;

/// <summary>A licensed certification body: the tenant that employs assessors and issues certificates.</summary>
public class CertificationBody
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Website { get; set; }
    public Address Address { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
}

using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Certification;

/// <summary>One row of a body's sizing table: organisations with up to this many staff get these days.</summary>
public class SizingBand : ICertificationBodyOwned
{
    public Guid Id { get; set; }
    public Guid CertificationBodyId { get; set; }
    public int Order { get; set; }

    /// <summary>The largest staff number the band covers; null on the last band, which covers any number.</summary>
    public int? UpToStaff { get; set; }
    public decimal DeskDays { get; set; }
    public decimal OnSiteDays { get; set; }
}

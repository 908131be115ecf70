namespace StandardBearer.Core.Organisations;

public class Organisation
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Sector Sector { get; set; }
    public Region Region { get; set; }
    public SizeBand SizeBand { get; set; }
    public Address Address { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The organisation's consent to appear by name in the public benchmark table. Off until an admin turns it on;
    /// the body and the standard owner see its standing either way.
    /// </summary>
    public bool PublishBenchmark { get; set; }
    public DateTimeOffset? PublishBenchmarkChangedAt { get; set; }
}

/// <summary>A postal address, stored in the owner's row.</summary>
public class Address
{
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }

    public override string ToString() =>
        string.Join(", ", new[] { Line1, Line2, Town, Postcode }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

public enum Sector
{
    LocalGovernment,
    CentralGovernment,
    NationalPark,
    HigherEducation,
    FurtherEducation,
    Housing,
    Health,
    Police,
    FireAndRescue,
    Charity,
    Other,
}

/// <summary>The UK's nations and English regions (ITL1).</summary>
public enum Region
{
    NorthEast,
    NorthWest,
    YorkshireAndTheHumber,
    EastMidlands,
    WestMidlands,
    EastOfEngland,
    London,
    SouthEast,
    SouthWest,
    Wales,
    Scotland,
    NorthernIreland,
}

/// <summary>Staff numbers in bands, as peer groups and assessment sizing use them.</summary>
public enum SizeBand
{
    Under50,
    From50To249,
    From250To999,
    From1000To4999,
    From5000,
}

public static class OrganisationNames
{
    public static string Display(Sector sector) => sector switch
    {
        Sector.LocalGovernment => "Local government",
        Sector.CentralGovernment => "Central government",
        Sector.NationalPark => "National park",
        Sector.HigherEducation => "Higher education",
        Sector.FurtherEducation => "Further education",
        Sector.Housing => "Housing",
        Sector.Health => "Health",
        Sector.Police => "Police",
        Sector.FireAndRescue => "Fire and rescue",
        Sector.Charity => "Charity and voluntary",
        Sector.Other => "Other",
        _ => sector.ToString(),
    };

    public static string Display(Region region) => region switch
    {
        Region.NorthEast => "North East",
        Region.NorthWest => "North West",
        Region.YorkshireAndTheHumber => "Yorkshire and The Humber",
        Region.EastMidlands => "East Midlands",
        Region.WestMidlands => "West Midlands",
        Region.EastOfEngland => "East of England",
        Region.London => "London",
        Region.SouthEast => "South East",
        Region.SouthWest => "South West",
        Region.Wales => "Wales",
        Region.Scotland => "Scotland",
        Region.NorthernIreland => "Northern Ireland",
        _ => region.ToString(),
    };

    public static string Display(SizeBand band) => band switch
    {
        SizeBand.Under50 => "Fewer than 50 staff",
        SizeBand.From50To249 => "50 to 249 staff",
        SizeBand.From250To999 => "250 to 999 staff",
        SizeBand.From1000To4999 => "1,000 to 4,999 staff",
        SizeBand.From5000 => "5,000 staff or more",
        _ => band.ToString(),
    };
}

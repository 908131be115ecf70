using StandardBearer.Core.Assessments;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Benchmarking;

/// <summary>
/// One assessment's results as a body recorded them before it used StandardBearer, brought in by a results import.
/// Benchmarks read these beside the decided assessments made here. One per organisation, body, version, date and
/// type, so importing the same spreadsheet again updates rather than duplicates.
/// </summary>
public class HistoricalResult : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid StandardVersionId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public AssessmentType Type { get; set; }
    /// <summary>The import that last wrote this result.</summary>
    public Guid ResultsImportId { get; set; }
    public List<HistoricalRating> Ratings { get; set; } = [];
}

/// <summary>One element's rating in a <see cref="HistoricalResult"/>, by the version's rating key.</summary>
public class HistoricalRating : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid HistoricalResultId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public required string ElementNumber { get; set; }
    public required string RatingKey { get; set; }
}

/// <summary>A results file that was imported: who, when, what it held and what it changed.</summary>
public class ResultsImport
{
    public Guid Id { get; set; }
    /// <summary>The body whose admin uploaded it; empty for an import from the command line, which may span bodies.</summary>
    public Guid? CertificationBodyId { get; set; }
    public Guid StandardVersionId { get; set; }
    public required string FileName { get; set; }
    /// <summary>SHA-256 of the file, hex, so the same file imported twice can be recognised in the history.</summary>
    public required string Sha256 { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
    public int Rows { get; set; }
    public int ResultsCreated { get; set; }
    public int ResultsUpdated { get; set; }
    public int ResultsUnchanged { get; set; }
    public int OrganisationsCreated { get; set; }
    public int BodiesCreated { get; set; }
}

/// <summary>
/// A body's own points per rating for a standard, from a date. Benchmarks on a date use the scheme with the latest
/// <see cref="EffectiveFrom"/> on or before it; a rating the scheme leaves out scores the version's default.
/// </summary>
public class PointsScheme : ICertificationBodyOwned
{
    public Guid Id { get; set; }
    public Guid CertificationBodyId { get; set; }
    public Guid StandardId { get; set; }
    public required string Name { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public List<PointsSchemeRating> Ratings { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}

public class PointsSchemeRating : ICertificationBodyOwned
{
    public Guid Id { get; set; }
    public Guid PointsSchemeId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public required string RatingKey { get; set; }
    public int Points { get; set; }
}

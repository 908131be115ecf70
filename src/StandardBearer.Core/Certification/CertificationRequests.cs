using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Certification;

public sealed record DeclareConflictRequest
{
    [Required(ErrorMessage = "Select an assessor")]
    public Guid? AssessorUserId { get; init; }

    [Required(ErrorMessage = "Select an organisation")]
    public Guid? OrganisationId { get; init; }

    [Required(ErrorMessage = "Enter the reason for the conflict of interest")]
    [StringLength(1000, ErrorMessage = "The reason must be 1,000 characters or fewer")]
    public string Reason { get; init; } = "";
}

public sealed record SizingBandRequest
{
    public int? UpToStaff { get; init; }
    public decimal? DeskDays { get; init; }
    public decimal? OnSiteDays { get; init; }
}

/// <summary>A body's whole sizing table, in order from the smallest organisations to the largest.</summary>
public sealed record ReplaceSizingRequest
{
    public IReadOnlyList<SizingBandRequest> Bands { get; init; } = [];
}

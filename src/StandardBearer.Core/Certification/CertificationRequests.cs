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

public sealed record ChangeCertificateStatusRequest
{
    [Required(ErrorMessage = "Select the new status")]
    public CertificateStatus? Status { get; init; }

    [Required(ErrorMessage = "Enter the reason for the change")]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string Reason { get; init; } = "";
}

public sealed record SetConfidentialRequest
{
    [Required(ErrorMessage = "Select whether the certificate is listed on the public register")]
    public bool? Confidential { get; init; }
}

/// <summary>The body's choice of rotation visit (1, 2 or 3) for every element of the standard version.</summary>
public sealed record AdjustReviewPlanRequest
{
    public IReadOnlyDictionary<string, int> RotationVisit { get; init; } = new Dictionary<string, int>();
}

public sealed record AddPredecessorAwardRequest
{
    [Required(ErrorMessage = "Enter the name of the award, like Charter Mark")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string Name { get; init; } = "";

    [Required(ErrorMessage = "Enter the date the organisation first held the award")]
    public DateOnly? HeldFrom { get; init; }

    /// <summary>Empty when it ran on until the organisation's first certificate.</summary>
    public DateOnly? HeldUntil { get; init; }
}

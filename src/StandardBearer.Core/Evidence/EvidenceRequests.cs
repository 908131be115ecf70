using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Evidence;

/// <summary>What an evidence item is. Shared by creating and editing.</summary>
public record EvidenceDetailsRequest
{
    [Required(ErrorMessage = "Enter a title")]
    [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string Title { get; init; } = "";

    [StringLength(4000, ErrorMessage = "The description must be 4,000 characters or fewer")]
    public string? Description { get; init; }

    [Required(ErrorMessage = "Select what kind of evidence this is")]
    public EvidenceKind? Kind { get; init; }

    public Guid? OwnerUserId { get; init; }

    [Display(Name = "Date the evidence was true from")]
    public DateOnly? EffectiveFrom { get; init; }

    [Display(Name = "Date the evidence was true until")]
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>Comma-separated, as typed.</summary>
    [StringLength(1000, ErrorMessage = "Tags must be 1,000 characters or fewer in total")]
    public string? Tags { get; init; }
}

public sealed record CreateEvidenceRequest : EvidenceDetailsRequest
{
    [StringLength(2000, ErrorMessage = "The web address must be 2,000 characters or fewer")]
    public string? Url { get; init; }
}

public sealed record AddRevisionRequest
{
    [StringLength(2000, ErrorMessage = "The web address must be 2,000 characters or fewer")]
    public string? Url { get; init; }

    [StringLength(1000, ErrorMessage = "The note must be 1,000 characters or fewer")]
    public string? Note { get; init; }
}

/// <summary>One uploaded file as the host received it. The service checks it; nothing is trusted.</summary>
public sealed record EvidenceUpload(Func<Stream> Open, string? FileName, long? Length);

using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.BestPractice;

/// <summary>
/// The organisation's description of its practice. Lengths follow the table's columns. Which fields are required is
/// checked by the service, not by attributes, so that the same check can say what is missing before consent.
/// </summary>
public sealed record DescribeCaseRequest
{
    [StringLength(200, ErrorMessage = "Title must be 200 characters or fewer")]
    public string? Title { get; init; }

    [StringLength(8000, ErrorMessage = "What you do must be 8,000 characters or fewer")]
    public string? Description { get; init; }

    [StringLength(4000, ErrorMessage = "Results must be 4,000 characters or fewer")]
    public string? Results { get; init; }

    [StringLength(200, ErrorMessage = "Contact name must be 200 characters or fewer")]
    public string? ContactName { get; init; }

    [StringLength(256, ErrorMessage = "Contact email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? ContactEmail { get; init; }
}

public sealed record DeclineCaseRequest
{
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or fewer")]
    public string? Reason { get; init; }
}

public sealed record RequestCaseChangesRequest
{
    [Required(ErrorMessage = "Enter what the organisation should change")]
    [StringLength(2000, ErrorMessage = "What to change must be 2,000 characters or fewer")]
    public string? Note { get; init; }
}

public sealed record RejectCaseRequest
{
    [Required(ErrorMessage = "Enter the reason for rejecting the case")]
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or fewer")]
    public string? Reason { get; init; }
}

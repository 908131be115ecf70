using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Costs;

/// <summary>Recording or changing staff time. The year comes from where it is recorded; the limits are checked by the service.</summary>
public sealed record SaveStaffTimeRequest
{
    [Required(ErrorMessage = "Enter who spent the time")]
    [StringLength(200, ErrorMessage = "Who must be 200 characters or fewer")]
    public string Who { get; init; } = "";

    [Required(ErrorMessage = "Enter their role")]
    [StringLength(200, ErrorMessage = "The role must be 200 characters or fewer")]
    public string Role { get; init; } = "";

    [Required(ErrorMessage = "Enter what they did")]
    [StringLength(1000, ErrorMessage = "The activity must be 1,000 characters or fewer")]
    public string Activity { get; init; } = "";

    [Required(ErrorMessage = "Enter the time spent")]
    public decimal? Quantity { get; init; }

    [Required(ErrorMessage = "Select hours or days")]
    public TimeUnit? Unit { get; init; }
}

/// <summary>Recording or changing a cost in pounds.</summary>
public sealed record SaveCostItemRequest
{
    [Required(ErrorMessage = "Select the kind of cost")]
    public CostKind? Kind { get; init; }

    [Required(ErrorMessage = "Enter a description")]
    [StringLength(1000, ErrorMessage = "The description must be 1,000 characters or fewer")]
    public string Description { get; init; } = "";

    [Required(ErrorMessage = "Enter the amount")]
    public decimal? Amount { get; init; }
}

/// <summary>The budget for a year. Either figure may be left out; the row is replaced as a whole.</summary>
public sealed record SetCostBudgetRequest
{
    public decimal? Money { get; init; }

    public decimal? StaffDays { get; init; }

    [StringLength(400, ErrorMessage = "Approved by must be 400 characters or fewer")]
    public string? ApprovedBy { get; init; }
}

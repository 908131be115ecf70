using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Costs;

public enum TimeUnit
{
    Hours,
    Days,
}

public enum CostKind
{
    AssessmentFee,
    Travel,
    Training,
    Materials,
    Other,
}

public static class CostNames
{
    public static readonly IReadOnlyList<CostKind> Kinds = Enum.GetValues<CostKind>();

    public static string Display(CostKind kind) => kind switch
    {
        CostKind.AssessmentFee => "Assessment fee",
        CostKind.Travel => "Travel and expenses",
        CostKind.Training => "Training",
        CostKind.Materials => "Materials and printing",
        _ => "Other",
    };

    public static string Display(TimeUnit unit) => unit == TimeUnit.Days ? "days" : "hours";

    /// <summary>Pounds as people write them: "£1,250.00".</summary>
    public static string Money(decimal amount) => "£" + amount.ToString("N2", Common.Dates.English);

    /// <summary>Days to one decimal place: "12.5".</summary>
    public static string Days(decimal days) => days.ToString("N1", Common.Dates.English);

    /// <summary>A quantity as recorded: "37 hours", "1 day", "2.5 days".</summary>
    public static string Quantity(decimal quantity, TimeUnit unit) =>
        $"{quantity.ToString("#,0.##", Common.Dates.English)} {(quantity == 1 ? (unit == TimeUnit.Days ? "day" : "hour") : Display(unit))}";
}

/// <summary>
/// Staff time spent preparing for the standard in one assessment year: who (a person or a team, as typed), their
/// role, what they did, and how long, in hours or days as the organisation records it.
/// </summary>
public class StaffTimeEntry : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public required string Who { get; set; }
    public required string Role { get; set; }
    public required string Activity { get; set; }
    public decimal Quantity { get; set; }
    public TimeUnit Unit { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
}

/// <summary>A cost in pounds in one assessment year: the assessment fee, travel, training and so on.</summary>
public class CostItem : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public CostKind Kind { get; set; }
    public required string Description { get; set; }
    public decimal Amount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
}

/// <summary>
/// The budget approved for one assessment year: money in pounds and staff time in days, either of which may be
/// left unset. One per organisation and year.
/// </summary>
public class CostBudget : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public decimal? Money { get; set; }
    public decimal? StaffDays { get; set; }

    /// <summary>Who approved it and when, as typed ("Corporate leadership team, March 2026").</summary>
    public string? ApprovedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
}

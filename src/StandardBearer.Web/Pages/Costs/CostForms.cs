using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.Costs;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Costs;

/// <summary>The staff time form as a browser posts it.</summary>
public sealed record StaffTimeForm
{
    public string? Who { get; init; }
    public string? Role { get; init; }
    public string? Activity { get; init; }
    // Shown as typed: 2, not 2.00 (the database keeps two decimal places).
    [DisplayFormat(DataFormatString = "{0:0.##}", ApplyFormatInEditMode = true)]
    public decimal? Quantity { get; init; }

    public TimeUnit? Unit { get; init; }

    public SaveStaffTimeRequest ToRequest() => new() { Who = Who ?? "", Role = Role ?? "", Activity = Activity ?? "", Quantity = Quantity, Unit = Unit };

    public static StaffTimeForm From(StaffTimeRow r) => new() { Who = r.Who, Role = r.Role, Activity = r.Activity, Quantity = r.Quantity, Unit = r.Unit };
}

/// <summary>The cost form as a browser posts it.</summary>
public sealed record CostItemForm
{
    public CostKind? Kind { get; init; }
    public string? Description { get; init; }

    [DisplayFormat(DataFormatString = "{0:0.00}", ApplyFormatInEditMode = true)]
    public decimal? Amount { get; init; }

    public SaveCostItemRequest ToRequest() => new() { Kind = Kind, Description = Description ?? "", Amount = Amount };

    public static CostItemForm From(CostItemRow r) => new() { Kind = r.Kind, Description = r.Description, Amount = r.Amount };
}

/// <summary>Labels, options and error wording shared by the costs pages.</summary>
public static class CostForms
{
    public static IReadOnlyList<SelectListItem> UnitItems { get; } =
        [new SelectListItem("Hours", nameof(TimeUnit.Hours)), new SelectListItem("Days", nameof(TimeUnit.Days))];

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        CostNames.Kinds.Select(k => new SelectListItem(CostNames.Display(k), k.ToString())).ToList();

    public static string CostsPath(Guid organisationId, int year, string? done = null) =>
        $"/organisations/{organisationId}/costs?year={year}{(done is null ? "" : $"&done={done}")}";

    /// <summary>Unreadable input (letters in a number box, a made-up option) in our words.</summary>
    public static void ReplaceBindingErrors(ModelStateDictionary modelState)
    {
        modelState.ReplaceBindingError($"Input.{nameof(StaffTimeForm.Quantity)}", "Enter the time spent as a number, like 3 or 1.5");
        modelState.ReplaceBindingError($"Input.{nameof(StaffTimeForm.Unit)}", "Select hours or days");
        modelState.ReplaceBindingError($"Input.{nameof(CostItemForm.Amount)}", "Enter the amount as a number, like 1250 or 1250.50");
        modelState.ReplaceBindingError($"Input.{nameof(CostItemForm.Kind)}", "Select the kind of cost");
        modelState.ReplaceBindingError($"Input.{nameof(BudgetForm.Money)}", "Enter the money budget as a number, like 2500");
        modelState.ReplaceBindingError($"Input.{nameof(BudgetForm.StaffDays)}", "Enter the staff time budget as a number of days, like 12.5");
    }
}

/// <summary>The budget form as a browser posts it.</summary>
public sealed record BudgetForm
{
    [DisplayFormat(DataFormatString = "{0:0.00}", ApplyFormatInEditMode = true)]
    public decimal? Money { get; init; }

    [DisplayFormat(DataFormatString = "{0:0.##}", ApplyFormatInEditMode = true)]
    public decimal? StaffDays { get; init; }

    public string? ApprovedBy { get; init; }

    public SetCostBudgetRequest ToRequest() => new() { Money = Money, StaffDays = StaffDays, ApprovedBy = ApprovedBy };

    public static BudgetForm From(CostBudgetRow? b) => new() { Money = b?.Money, StaffDays = b?.StaffDays, ApprovedBy = b?.ApprovedBy };
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Skills;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>The learning activity form as a browser posts it: elements typed as a list, cases ticked.</summary>
public sealed record ActivityForm
{
    public LearningKind? Kind { get; init; }
    public string? Title { get; init; }

    [Display(Name = "Date of the activity")]
    public DateOnly? Date { get; init; }

    public string? People { get; init; }
    public decimal? Hours { get; init; }
    public string? Notes { get; init; }

    /// <summary>Element numbers separated by commas or spaces, as typed.</summary>
    public string? Elements { get; init; }

    public List<Guid> CaseIds { get; init; } = [];

    public SaveLearningActivityRequest ToRequest() => new()
    {
        Kind = Kind, Title = Title ?? "", Date = Date, People = People ?? "", Hours = Hours, Notes = Notes,
        ElementNumbers = (Elements ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        BestPracticeCaseIds = CaseIds,
    };

    public static ActivityForm From(LearningRow a) => new()
    {
        Kind = a.Kind, Title = a.Title, Date = a.Date, People = a.People, Hours = a.Hours, Notes = a.Notes,
        Elements = string.Join(", ", a.ElementNumbers), CaseIds = [.. a.BestPracticeCaseIds],
    };
}

public static class LearningForms
{
    public const string CaseItemsKey = "LearningCaseItems";

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        LearningKinds.All.Select(k => new SelectListItem(LearningKinds.Display(k), k.ToString())).ToList();

    /// <summary>The published library as ticks, newest year first; the hint says whose and which element.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CaseItemsAsync(AppDbContext db, CancellationToken ct) =>
        (await BestPracticeLibrary.ListAsync(db, ct: ct))
            .Select(c => (SelectListItem)new GovukChoiceItem { Text = c.Title, Value = c.Id.ToString(), Hint = $"Element {c.ElementNumber}, {c.OrganisationName}, {c.Year}" })
            .ToList();

    /// <summary>Unreadable input in our words, then the service's messages against the form's own fields.</summary>
    public static void ReplaceBindingErrors(ModelStateDictionary modelState)
    {
        modelState.ReplaceBindingError($"Input.{nameof(ActivityForm.Hours)}", "Enter the number of hours as a number, like 1.5");
        modelState.ReplaceBindingError($"Input.{nameof(ActivityForm.Kind)}", "Select the kind of activity");
    }

    public static void AddErrors(ModelStateDictionary modelState, DomainValidationException e)
    {
        foreach (var (field, messages) in e.Errors)
        {
            var key = field switch
            {
                "" => "",
                nameof(SaveLearningActivityRequest.ElementNumbers) => $"Input.{nameof(ActivityForm.Elements)}",
                nameof(SaveLearningActivityRequest.BestPracticeCaseIds) => $"Input.{nameof(ActivityForm.CaseIds)}",
                _ => $"Input.{field}",
            };
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
    }

    public static string Hours(decimal hours) => hours.ToString("0.##", Dates.English);
}

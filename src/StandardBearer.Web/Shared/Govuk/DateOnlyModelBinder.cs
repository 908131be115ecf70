using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// Binds a DateOnly or DateOnly? from the three inputs of <c>&lt;govuk-date-input&gt;</c>, with GOV.UK's
/// error wording. A value posted under the plain name (<c>?date=2025-01-31</c>) still binds as usual.
/// </summary>
internal sealed class DateOnlyModelBinder(IModelBinder plainValueBinder) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        var posted = DateParts.All
            .Select(part => (Part: part, Result: bindingContext.ValueProvider.GetValue(DateParts.NameOf(name, part))))
            .ToList();
        if (posted.All(p => p.Result == ValueProviderResult.None))
        {
            return plainValueBinder.BindModelAsync(bindingContext);
        }

        var modelState = bindingContext.ModelState;
        var text = new Dictionary<DatePart, string>();
        foreach (var (part, result) in posted)
        {
            // Keep what was typed, untrimmed, so the page can show it back.
            var typed = result.FirstValue ?? string.Empty;
            modelState.SetModelValue(DateParts.NameOf(name, part), typed, typed);
            text[part] = typed.Trim();
        }

        var displayName = bindingContext.ModelMetadata.GetDisplayName();
        var missing = DateParts.All.Where(part => text[part].Length == 0).ToList();
        if (missing.Count == DateParts.All.Count)
        {
            MarkInvalid(bindingContext, name, []);
            BindNothing(bindingContext, displayName);
            return Task.CompletedTask;
        }

        if (missing.Count > 0)
        {
            MarkInvalid(bindingContext, name, missing);
            var names = string.Join(" and ", missing.Select(part => part.IdSuffix));
            modelState.TryAddModelError(name, $"{displayName} must include a {names}");
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        var day = Parse(text[DateParts.All[0]], 1, 31);
        var month = Parse(text[DateParts.All[1]], 1, 12);

        // Four digits: "27 3 07" is far more likely 2007 than the year 7.
        var year = Parse(text[DateParts.All[2]], 1000, 9999);
        var wrong = new List<DatePart>();
        if (day is null)
        {
            wrong.Add(DateParts.All[0]);
        }

        if (month is null)
        {
            wrong.Add(DateParts.All[1]);
        }

        if (year is null)
        {
            wrong.Add(DateParts.All[2]);
        }

        if (wrong.Count == 0 && day > DateTime.DaysInMonth(year!.Value, month!.Value))
        {
            wrong.Add(DateParts.All[0]);
        }

        MarkInvalid(bindingContext, name, wrong);
        if (wrong.Count > 0)
        {
            modelState.TryAddModelError(name, $"{displayName} must be a real date");
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(new DateOnly(year!.Value, month!.Value, day!.Value));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Records which parts are wrong so the tag helper highlights only those. The others are marked
    /// valid: validation never visits these sub-keys, and an unvalidated entry would keep
    /// ModelState.IsValid false after a good post.
    /// </summary>
    private static void MarkInvalid(ModelBindingContext bindingContext, string name, IReadOnlyCollection<DatePart> wrong)
    {
        foreach (var part in DateParts.All)
        {
            var entry = bindingContext.ModelState[DateParts.NameOf(name, part)]!;
            entry.ValidationState = wrong.Contains(part) ? ModelValidationState.Invalid : ModelValidationState.Valid;
        }
    }

    private static void BindNothing(ModelBindingContext bindingContext, string displayName)
    {
        if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
        {
            // Null, so a [Required] attribute gives its own message in validation.
            bindingContext.Result = ModelBindingResult.Success(null);
            return;
        }

        // A plain DateOnly cannot be null, so [Required] would pass on its default; give its message here.
        var required = bindingContext.ModelMetadata.ValidatorMetadata.OfType<RequiredAttribute>().FirstOrDefault();
        if (required is not null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, required.FormatErrorMessage(displayName));
        }

        bindingContext.Result = ModelBindingResult.Failed();
    }

    private static int? Parse(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;
}

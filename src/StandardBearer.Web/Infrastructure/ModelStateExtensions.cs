using Microsoft.AspNetCore.Mvc.ModelBinding;
using StandardBearer.Core.Common;

namespace StandardBearer.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts a service's validation messages against the page's fields (request property names under a prefix).</summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, DomainValidationException e, string prefix)
    {
        foreach (var (field, messages) in e.Errors)
        {
            var key = string.IsNullOrEmpty(field) ? "" : $"{prefix}.{field}";
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
    }

    /// <summary>
    /// Swaps the framework's "The value 'x' is not valid for Y." for the page's own words when what was typed could
    /// not be read at all (letters in a number box, a value not among the options).
    /// </summary>
    public static void ReplaceBindingError(this ModelStateDictionary modelState, string key, string message)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && !string.IsNullOrEmpty(entry.AttemptedValue))
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}

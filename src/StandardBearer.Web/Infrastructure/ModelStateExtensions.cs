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
}

using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Common;

public static class Validation
{
    /// <summary>Runs data-annotation validation on a request record and throws with every message, keyed by property.</summary>
    public static void Validate(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
            return;
        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Invalid value").ToArray());
        throw new DomainValidationException(errors);
    }
}

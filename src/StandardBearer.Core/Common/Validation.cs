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

    /// <summary>The same messages as <see cref="Validate"/>, returned so a service can add its own before throwing once.</summary>
    public static Dictionary<string, string[]> ErrorsOf(object request)
    {
        try
        {
            Validate(request);
            return [];
        }
        catch (DomainValidationException e)
        {
            return e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value);
        }
    }

    /// <summary>Free text as stored: trimmed, Unix line endings, and null when blank.</summary>
    public static string? CleanText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
}

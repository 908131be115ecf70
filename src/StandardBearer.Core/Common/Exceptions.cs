namespace StandardBearer.Core.Common;

/// <summary>
/// Input that breaks a rule only the service can check (uniqueness, state). Keys are the request's property names,
/// so a page can put each message against its field and the API can return a ValidationProblem.
/// </summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public DomainValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}

/// <summary>The thing does not exist, or the caller's tenant cannot see it: both look the same from outside.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller can see the thing but their role does not allow this.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The change conflicts with the current state (someone else changed it, or it is locked).</summary>
public sealed class ConflictException(string message) : Exception(message);

using Microsoft.AspNetCore.Diagnostics;
using StandardBearer.Core.Common;

namespace StandardBearer.Web.Infrastructure;

/// <summary>
/// Maps domain exceptions to status codes in one place. API requests get ProblemDetails with a stable type;
/// page requests fall through to the /error page, which shows the GOV.UK message for the status.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public static int StatusFor(Exception exception) => exception switch
    {
        DomainValidationException => StatusCodes.Status400BadRequest,
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException => StatusCodes.Status403Forbidden,
        ConflictException => StatusCodes.Status409Conflict,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has already set the request path to /error: the feature keeps the one that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments("/api")) return false;
        var status = StatusFor(exception);
        httpContext.Response.StatusCode = status;
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status,
            Type = ProblemTypes.For(status),
            Title = ProblemTypes.TitleFor(status),
            Detail = status == StatusCodes.Status500InternalServerError ? null : exception.Message,
        };
        if (exception is DomainValidationException validation)
            details.Extensions["errors"] = validation.Errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}

/// <summary>Stable problem types, so API clients can switch on them rather than on English titles.</summary>
public static class ProblemTypes
{
    public static string For(int status) => status switch
    {
        400 => "https://standardbearer.dev/problems/validation",
        401 => "https://standardbearer.dev/problems/unauthenticated",
        403 => "https://standardbearer.dev/problems/forbidden",
        404 => "https://standardbearer.dev/problems/not-found",
        409 => "https://standardbearer.dev/problems/conflict",
        412 => "https://standardbearer.dev/problems/precondition-failed",
        413 => "https://standardbearer.dev/problems/too-large",
        415 => "https://standardbearer.dev/problems/unsupported-media-type",
        429 => "https://standardbearer.dev/problems/too-many-requests",
        _ => "https://standardbearer.dev/problems/server-error",
    };

    public static string TitleFor(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "Sign in required",
        403 => "You do not have permission",
        404 => "Not found",
        409 => "Conflict with the current state",
        412 => "Precondition failed",
        413 => "The request is too large",
        415 => "The request's content type is not supported",
        429 => "Too many requests",
        _ => "Sorry, there is a problem with the service",
    };
}

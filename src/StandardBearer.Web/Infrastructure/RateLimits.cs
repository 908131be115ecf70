using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace StandardBearer.Web.Infrastructure;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts per client address per minute, on top of Identity's per-account lockout.</summary>
    [Range(1, 100000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Requests per client address per minute to the public register (pages, export and API), so it cannot be scraped wholesale.</summary>
    [Range(1, 100000)]
    public int PublicPerMinute { get; set; } = 120;
}

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Public = "public";

    public static IServiceCollection AddStandardBearerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : (int?)null;
                if (seconds is not null)
                    context.HttpContext.Response.Headers.RetryAfter = seconds.Value.ToString(CultureInfo.InvariantCulture);
                // The API answers with ProblemDetails; a page falls through to the error page for 429.
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context.HttpContext,
                        ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                        {
                            Status = StatusCodes.Status429TooManyRequests,
                            Type = ProblemTypes.For(StatusCodes.Status429TooManyRequests),
                            Title = ProblemTypes.TitleFor(StatusCodes.Status429TooManyRequests),
                            Detail = seconds is null ? "Too many requests from your address. Try again later." : $"Too many requests from your address. Try again in {seconds} seconds.",
                        },
                    });
                }
            };
            // Only posts count: reading the sign-in page is free.
            o.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.SignInPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("read"));
            // The public register: every request counts, per client address.
            o.AddPolicy(Public, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.PublicPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}

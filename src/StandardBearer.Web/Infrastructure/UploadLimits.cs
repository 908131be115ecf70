using System.Reflection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace StandardBearer.Web.Infrastructure;

/// <summary>
/// A larger upload limit for one page's form, shared by the evidence and results uploads. Raises the request and form
/// limits (Kestrel's default is 30 MB) for signed-in users allowed on the page only, and reads the form before
/// antiforgery does (so the filter must run after authorisation, order 0, and before antiforgery, order 1000), so that
/// a request over the limit comes back to the form with <see cref="TooLargeFlag"/> rather than a bare 400 or 413.
/// </summary>
public static class UploadLimits
{
    /// <summary>The query string flag the form page turns into the error message.</summary>
    public const string TooLargeFlag = "tooLarge";

    /// <summary>Room for the form's other fields and the multipart boundaries and headers.</summary>
    public const long FormOverheadBytes = 1024 * 1024;

    public const int FilterOrder = 500;

    public static async Task ApplyAsync(AuthorizationFilterContext context, long limit)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;
        // Only people who may upload here get the larger limit; anyone else keeps the defaults and is turned away later.
        if (!await MayUploadAsync(context)) return;

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));

        if (request.ContentLength > limit)
        {
            context.Result = BackToTheForm(request);
            return;
        }
        try
        {
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = BackToTheForm(request);
        }
        catch (InvalidDataException)
        {
            // A malformed body, or a multipart body over the limit without a declared length: either way unreadable.
            context.Result = new BadRequestResult();
        }
    }

    private static async Task<bool> MayUploadAsync(AuthorizationFilterContext context)
    {
        if (context.ActionDescriptor is not CompiledPageActionDescriptor page) return false;
        var roles = page.HandlerTypeInfo.GetCustomAttribute<AllowRolesAttribute>()?.Roles ?? [];
        var access = context.HttpContext.RequestServices.GetRequiredService<TenantAccess>();
        return await access.CheckAsync(roles, context.RouteData.Values, context.HttpContext.RequestAborted) == AccessResult.Allowed;
    }

    // The browser GETs the form again, which shows the message in its error summary. What was typed is lost:
    // the body was never read.
    private static RedirectResult BackToTheForm(HttpRequest request) =>
        new(QueryHelpers.AddQueryString(request.PathBase + request.Path + request.QueryString, TooLargeFlag, "true"));
}

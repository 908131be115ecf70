using System.Reflection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// The results upload's limit, done as evidence uploads do theirs (see <c>EvidenceUploadLimitsAttribute</c>): a
/// results file may be up to <see cref="ResultsImportService.MaxBytes"/>, over Kestrel's 30 MB default, so the limit is
/// raised for the body's admins only, and the form is read before antiforgery so that a file over it comes back to
/// the page with a message rather than a bare 413.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ResultsUploadLimitsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string TooLargeFlag = "tooLarge";

    // Room for the form's other fields and the multipart framing.
    public const long Limit = ResultsImportService.MaxBytes + (1024 * 1024);

    // After authorisation (0), before the antiforgery check (1000).
    public int Order => 500;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;
        if (context.ActionDescriptor is not CompiledPageActionDescriptor page) return;
        var roles = page.HandlerTypeInfo.GetCustomAttribute<AllowRolesAttribute>()?.Roles ?? [];
        var access = http.RequestServices.GetRequiredService<TenantAccess>();
        if (await access.CheckAsync(roles, context.RouteData.Values, http.RequestAborted) != AccessResult.Allowed) return;

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = Limit;
        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = Limit }));
        if (request.ContentLength > Limit)
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
            context.Result = new BadRequestResult();
        }
    }

    private static RedirectResult BackToTheForm(HttpRequest request) =>
        new(QueryHelpers.AddQueryString(request.PathBase + request.Path + request.QueryString, TooLargeFlag, "true"));
}

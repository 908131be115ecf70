using Microsoft.AspNetCore.Mvc.Filters;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Benchmarks;

/// <summary>
/// The results upload's limit: <see cref="UploadLimits"/> at <see cref="ResultsImportService.MaxBytes"/> (over
/// Kestrel's 30 MB default) for the body's admins, so a file over it comes back to the page with a message.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ResultsUploadLimitsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string TooLargeFlag = UploadLimits.TooLargeFlag;

    public const long Limit = ResultsImportService.MaxBytes + UploadLimits.FormOverheadBytes;

    public int Order => UploadLimits.FilterOrder;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context) => UploadLimits.ApplyAsync(context, Limit);
}

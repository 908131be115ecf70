using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>
/// For pages that take evidence files: <see cref="UploadLimits"/> at <see cref="EvidenceService.MaxFilesPerUpload"/>
/// files of the configured size, so a request over it comes back with "The selected files must be smaller than …".
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EvidenceUploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public const string TooLargeFlag = UploadLimits.TooLargeFlag;

    public int Order => UploadLimits.FilterOrder;

    public bool IsReusable => true;

    public static long LimitFor(EvidenceFileOptions options) => (EvidenceService.MaxFilesPerUpload * options.MaxFileBytes) + UploadLimits.FormOverheadBytes;

    public static string TooLargeMessage(EvidenceFileOptions options) =>
        $"The selected files must be smaller than {EvidenceFormat.Size(EvidenceService.MaxFilesPerUpload * options.MaxFileBytes)} in total";

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<EvidenceFileOptions>>().Value);

    private sealed class Filter(EvidenceFileOptions options) : IAsyncAuthorizationFilter
    {
        public Task OnAuthorizationAsync(AuthorizationFilterContext context) => UploadLimits.ApplyAsync(context, LimitFor(options));
    }
}

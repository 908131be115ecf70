using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StandardBearer.Web.Infrastructure;

/// <summary>Applies <see cref="AllowRolesAttribute"/> to every page: 404 for other tenants, 403 for other roles.</summary>
public sealed class TenantAccessPageFilter(TenantAccess access) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var attribute = context.HandlerInstance.GetType().GetCustomAttributes(typeof(AllowRolesAttribute), true)
            .OfType<AllowRolesAttribute>().FirstOrDefault();
        var hasTenantRoute = TenantAccess.TenantFromRoute(context.RouteData.Values) is not null;
        if (attribute is null && !hasTenantRoute)
        {
            await next();
            return;
        }
        var result = await access.CheckAsync(attribute?.Roles ?? [], context.RouteData.Values, context.HttpContext.RequestAborted);
        switch (result)
        {
            case AccessResult.Allowed:
                await next();
                return;
            case AccessResult.SignInRequired:
                await context.HttpContext.ChallengeAsync();
                context.Result = new EmptyResult();
                return;
            case AccessResult.Forbidden:
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return;
            default:
                context.Result = new NotFoundResult();
                return;
        }
    }
}

/// <summary>A POST that fails validation redisplays the page with status 400, so tests and tools can tell it failed.</summary>
public sealed class InvalidModelStatePageFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Result is PageResult page && !context.ModelState.IsValid && page.StatusCode is null)
            page.StatusCode = StatusCodes.Status400BadRequest;
    }
}

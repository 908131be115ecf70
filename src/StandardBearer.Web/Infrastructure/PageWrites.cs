using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Common;

namespace StandardBearer.Web.Infrastructure;

public static class PageWrites
{
    /// <summary>
    /// Runs one service write for a page. The service's validation messages go against the form's fields (request
    /// property names under <paramref name="prefix"/>) and the page is shown again; a conflict (someone else changed
    /// it first, or it has moved on) is said at the top of the page with status 409; otherwise <paramref name="done"/>,
    /// usually a redirect.
    /// </summary>
    public static async Task<IActionResult> WriteAsync(this PageModel page, string prefix, Func<Task> write, Func<IActionResult> done)
    {
        try
        {
            await write();
        }
        catch (DomainValidationException e)
        {
            page.ModelState.AddDomainErrors(e, prefix);
            return page.Page();
        }
        catch (ConflictException e)
        {
            page.ModelState.AddModelError("", e.Message);
            var result = page.Page();
            result.StatusCode = StatusCodes.Status409Conflict;
            return result;
        }
        return done();
    }
}

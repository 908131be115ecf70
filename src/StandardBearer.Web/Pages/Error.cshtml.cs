using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string? Detail { get; private set; }

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Status = code ?? (exception is null ? StatusCodes.Status500InternalServerError : DomainExceptionHandler.StatusFor(exception));
        if (Status is < 400 or > 599) Status = StatusCodes.Status404NotFound;
        // Domain messages are written for users ("This invitation has expired"); anything else stays generic.
        if (exception is not null && Status != StatusCodes.Status500InternalServerError) Detail = exception.Message;
        Response.StatusCode = Status;
    }
}

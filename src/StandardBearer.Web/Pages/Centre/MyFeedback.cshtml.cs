using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>The signed-in user's own feedback on the standard, with what the owner has done with it. Nobody else's.</summary>
[AllowRoles]
public class MyFeedbackModel(AppDbContext db, CurrentUser user) : PageModel
{
    public const string PagePath = "/account/feedback";

    public IReadOnlyList<FeedbackItem> Items { get; private set; } = [];
    public bool Sent { get; private set; }

    public async Task OnGetAsync(bool sent, CancellationToken ct)
    {
        Sent = sent;
        Items = await StandardFeedbackQueries.SentByAsync(db, user.UserId!.Value, ct);
    }
}

namespace StandardBearer.Web.Infrastructure;

public static class InvitationLinks
{
    /// <summary>The absolute link an invitation email carries, on whichever host the inviter is using.</summary>
    public static Func<string, string> For(HttpRequest request) =>
        token => $"{request.Scheme}://{request.Host}/account/accept-invitation?token={Uri.EscapeDataString(token)}";
}

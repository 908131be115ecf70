using System.Security.Claims;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Infrastructure;

/// <summary>The signed-in user and their memberships, loaded at most once per request.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, AppDbContext db)
{
    private IReadOnlyList<MembershipInfo>? _memberships;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => Principal.FindFirstValue("display_name") ?? Principal.Identity?.Name ?? "anonymous";

    public Actor Actor => new(UserId, Name);

    public async Task<IReadOnlyList<MembershipInfo>> MembershipsAsync(CancellationToken ct = default)
    {
        if (_memberships is not null) return _memberships;
        _memberships = UserId is { } id ? await AccountService.MembershipsOfAsync(db, id, ct) : [];
        return _memberships;
    }

    public async Task<bool> IsStandardOwnerAsync(CancellationToken ct = default) =>
        (await MembershipsAsync(ct)).Any(m => m.Role == Role.StandardOwner);
}

using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Accounts;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

public sealed record MembershipDto(string Role, string TenantKind, Guid? TenantId, string TenantName);
public sealed record MeDto(Guid Id, string Name, IReadOnlyList<MembershipDto> Memberships);

public static class AccountsApi
{
    public static void MapAccountsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/me", GetMe).RequireRoles().WithName("GetMe").WithSummary("The signed-in user and their memberships");
    }

    private static async Task<Ok<MeDto>> GetMe(CurrentUser user, CancellationToken ct)
    {
        var memberships = await user.MembershipsAsync(ct);
        return TypedResults.Ok(new MeDto(user.UserId!.Value, user.Name,
            memberships.Select(m => new MembershipDto(m.Role.ToString(), m.Kind.ToString(), m.TenantId, m.TenantName)).ToList()));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;

namespace StandardBearer.Web.Api;

public sealed record CertificationBodyDto(Guid Id, string Name, string? Website, DateTimeOffset CreatedAt);

public static class CertificationBodiesApi
{
    public static void MapCertificationBodiesApi(this RouteGroupBuilder v1)
    {
        var bodies = v1.MapGroup("/certification-bodies/{bodyId:guid}");
        bodies.MapGet("", GetBody).RequireRoles(Role.CertificationBodyAdmin, Role.Assessor)
            .WithName("GetCertificationBody").WithSummary("A certification body's profile");
        bodies.MapGet("/members", GetMembers).RequireRoles(Role.CertificationBodyAdmin)
            .WithName("GetCertificationBodyMembers").WithSummary("The body's users and their roles");
    }

    private static async Task<Results<Ok<CertificationBodyDto>, NotFound>> GetBody(Guid bodyId, AppDbContext db, CancellationToken ct)
    {
        var b = await db.CertificationBodies.Where(x => x.Id == bodyId).Select(x => new CertificationBodyDto(x.Id, x.Name, x.Website, x.CreatedAt)).SingleOrDefaultAsync(ct);
        return b is null ? TypedResults.NotFound() : TypedResults.Ok(b);
    }

    private static async Task<Ok<List<MemberDto>>> GetMembers(Guid bodyId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Memberships.Where(m => m.CertificationBodyId == bodyId).OrderBy(m => m.User!.DisplayName)
            .Select(m => new MemberDto(m.Id, m.UserId, m.User!.DisplayName, m.User.Email!, m.Role.ToString(), m.CreatedAt)).ToListAsync(ct));
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

public sealed record AddressDto(string? Line1, string? Line2, string? Town, string? Postcode);
public sealed record OrganisationDto(Guid Id, string Name, string Sector, string Region, string SizeBand, AddressDto Address, DateTimeOffset CreatedAt);
public sealed record MemberDto(Guid Id, Guid UserId, string Name, string Email, string Role, DateTimeOffset Since);

public static class OrganisationsApi
{
    public static void MapOrganisationsApi(this RouteGroupBuilder v1)
    {
        var organisations = v1.MapGroup("/organisations/{organisationId:guid}");
        organisations.MapGet("", GetOrganisation).RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember)
            .WithName("GetOrganisation").WithSummary("An organisation's profile");
        organisations.MapPut("", UpdateOrganisation).RequireRoles(Role.OrganisationAdmin)
            .WithName("UpdateOrganisation").WithSummary("Update an organisation's profile");
        organisations.MapGet("/members", GetMembers).RequireRoles(Role.OrganisationAdmin)
            .WithName("GetOrganisationMembers").WithSummary("The organisation's users and their roles");
    }

    private static async Task<Results<Ok<OrganisationDto>, NotFound>> GetOrganisation(Guid organisationId, AppDbContext db, CancellationToken ct)
    {
        var o = await db.Organisations.Where(x => x.Id == organisationId).Select(x => new OrganisationDto(x.Id, x.Name, x.Sector.ToString(),
            x.Region.ToString(), x.SizeBand.ToString(), new AddressDto(x.Address.Line1, x.Address.Line2, x.Address.Town, x.Address.Postcode), x.CreatedAt))
            .SingleOrDefaultAsync(ct);
        return o is null ? TypedResults.NotFound() : TypedResults.Ok(o);
    }

    private static async Task<Results<Ok<OrganisationDto>, ValidationProblem>> UpdateOrganisation(
        Guid organisationId, OrganisationDetails details, OrganisationService service, CurrentUser user, CancellationToken ct)
    {
        try
        {
            var o = await service.UpdateAsync(organisationId, details, user.Actor, ct);
            return TypedResults.Ok(new OrganisationDto(o.Id, o.Name, o.Sector.ToString(), o.Region.ToString(), o.SizeBand.ToString(),
                new AddressDto(o.Address.Line1, o.Address.Line2, o.Address.Town, o.Address.Postcode), o.CreatedAt));
        }
        catch (DomainValidationException e)
        {
            return TypedResults.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
        }
    }

    private static async Task<Ok<List<MemberDto>>> GetMembers(Guid organisationId, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Memberships.Where(m => m.OrganisationId == organisationId).OrderBy(m => m.User!.DisplayName)
            .Select(m => new MemberDto(m.Id, m.UserId, m.User!.DisplayName, m.User.Email!, m.Role.ToString(), m.CreatedAt)).ToListAsync(ct));
}

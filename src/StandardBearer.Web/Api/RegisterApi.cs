using Microsoft.AspNetCore.Http.HttpResults;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Register;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Register;

namespace StandardBearer.Web.Api;

public sealed record RegisterHolderDto(
    string Number, string Organisation, Sector Sector, Region Region, string Scope, Guid CertificationBodyId, string CertificationBody,
    CertificateStatus Status, DateOnly? HeldSince, int CompliancePlus);

public sealed record RegisterPageDto(IReadOnlyList<RegisterHolderDto> Items, int Page, int PageSize, int Total);

public sealed record CertificateVerificationDto(
    string Number, string Organisation, string Scope, string CertificationBody, string Standard, string Version, CertificateStatus Status,
    string? StatusReason, DateOnly? StatusChangedOn, DateOnly OriginalIssuedOn, DateOnly IssuedOn, DateOnly ExpiresOn);

/// <summary>The public register for anyone, signed in or not, within the public rate limit.</summary>
public static class RegisterApi
{
    public static void MapRegisterApi(this RouteGroupBuilder v1)
    {
        var register = v1.MapGroup("/register").AllowAnonymous().RequireRateLimiting(RateLimits.Public);
        register.MapGet("", Search).WithName("SearchRegister").WithSummary("Holders of the standard, by name, sector, region and certification body, a page at a time");
        register.MapGet("/certificates/{number}", Verify).WithName("VerifyCertificate").WithSummary("A certificate's current status and dates, whether or not it is listed");
    }

    private static async Task<Results<Ok<RegisterPageDto>, ValidationProblem>> Search(
        string? query, string? sector, string? region, string? body, string? page, string? pageSize, AppDbContext db, CancellationToken ct)
    {
        var filters = new RegisterFilters(query, sector, region, body, page, pageSize).ToQuery(out var errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));
        var results = await RegisterQueries.SearchAsync(db, filters, Dates.ToDate(db.Time.GetUtcNow()), ct);
        return TypedResults.Ok(new RegisterPageDto(
            results.Items.Select(h => new RegisterHolderDto(h.Number, h.OrganisationName, h.Sector, h.Region, h.Scope, h.CertificationBodyId, h.BodyName,
                h.Status, h.HeldSince, h.CompliancePlus)).ToList(),
            results.Page, results.PageSize, results.Total));
    }

    private static async Task<Results<Ok<CertificateVerificationDto>, ProblemHttpResult>> Verify(string number, AppDbContext db, CancellationToken ct)
    {
        var c = await RegisterQueries.VerifyAsync(db, number, Dates.ToDate(db.Time.GetUtcNow()), ct);
        if (c is null)
            return TypedResults.Problem(detail: "No certificate has this number. Check it against the certificate.", statusCode: StatusCodes.Status404NotFound,
                title: ProblemTypes.TitleFor(404), type: ProblemTypes.For(404));
        return TypedResults.Ok(new CertificateVerificationDto(c.Number, c.OrganisationName, c.Scope, c.BodyName, c.StandardTitle, c.VersionLabel, c.Status,
            c.StatusReason, c.StatusChangedOn, c.OriginalIssuedOn, c.IssuedOn, c.ExpiresOn));
    }
}

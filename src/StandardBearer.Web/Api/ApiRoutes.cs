using StandardBearer.Core.Accounts;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Api;

public static class ApiRoutes
{
    public static IEndpointRouteBuilder MapStandardBearerApi(this IEndpointRouteBuilder app)
    {
        // Signed in by default; an anonymous endpoint must say AllowAnonymous.
        var v1 = app.MapGroup("/api/v1").WithTags("v1").RequireAuthorization();
        v1.MapAccountsApi();
        v1.MapOrganisationsApi();
        v1.MapCertificationBodiesApi();
        v1.MapStandardsApi();
        v1.MapSelfAssessmentsApi();
        v1.MapEvidenceApi();
        v1.MapOrganisationAssessmentsApi();
        v1.MapBodyAssessmentsApi();
        v1.MapAssessmentReportApi();
        v1.MapAssessmentReviewApi();
        v1.MapCertificatesApi();
        v1.MapRegisterApi();
        v1.MapBestPracticeLibraryApi();
        v1.MapOrganisationBenchmarkApi();
        v1.MapBenchmarksApi();
        v1.MapResultsImportsApi();
        v1.MapBestPracticeCasesApi();
        v1.MapSkillsApi();
        v1.MapCentreApi();
        v1.MapCostsApi();
        v1.MapBoardReportsApi();
        return app;
    }

    /// <summary>The API's version of <see cref="AllowRolesAttribute"/>: the same 401/403/404 decision as the pages.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params Role[] roles) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var access = context.HttpContext.RequestServices.GetRequiredService<TenantAccess>();
            var result = await access.CheckAsync(roles, context.HttpContext.Request.RouteValues, context.HttpContext.RequestAborted);
            return result switch
            {
                AccessResult.Allowed => await next(context),
                AccessResult.SignInRequired => Problem(StatusCodes.Status401Unauthorized, "Sign in, or send an API token."),
                AccessResult.Forbidden => Problem(StatusCodes.Status403Forbidden, "Your role does not allow this."),
                _ => Problem(StatusCodes.Status404NotFound, "Not found."),
            };
        });
        return builder;
    }

    public static IResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ProblemTypes.TitleFor(status), type: ProblemTypes.For(status));
}

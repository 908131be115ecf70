using System.Net;
using StandardBearer.Core.Accounts;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests.Pages;

/// <summary>
/// Every page and API endpoint, GET as every persona: allowed roles get 200, other roles in the same tenant 403,
/// anyone outside the tenant 404, and the anonymous public a sign-in redirect (pages) or 401 (API).
/// </summary>
public abstract class AccessMatrixTests(AppFixture app)
{
    private readonly WorldCache _world = new(app);

    public enum Access { Public, SignedIn, Tenant }

    public static TheoryData<string, Access, Role[]> Pages => new()
    {
        { "/", Access.Public, [] },
        { "/accessibility", Access.Public, [] },
        { "/privacy", Access.Public, [] },
        { "/cookies", Access.Public, [] },
        { "/account/sign-in", Access.Public, [] },
        { "/account/signed-out", Access.Public, [] },
        { "/account/accept-invitation?token=nothing", Access.Public, [] },
        { "/standard", Access.Public, [] },
        { "/standard/elements/2.1.3", Access.Public, [] },
        { "/api/v1/standards", Access.Public, [] },
        { "/api/v1/standards/CSE/versions", Access.Public, [] },
        { "/api/v1/standards/CSE/versions/summaries-1", Access.Public, [] },
        { "/api/v1/standards/CSE/versions/summaries-1/elements/1.1.1", Access.Public, [] },
        { "/account", Access.SignedIn, [] },
        { "/account/change-password", Access.SignedIn, [] },
        { "/account/sign-out", Access.SignedIn, [] },
        { "/organisations/{org}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/edit", Access.Tenant, [Role.OrganisationAdmin] },
        { "/organisations/{org}/users", Access.Tenant, [Role.OrganisationAdmin] },
        { "/organisations/{org}/users/invite", Access.Tenant, [Role.OrganisationAdmin] },
        { "/organisations/{org}/audit", Access.Tenant, [Role.OrganisationAdmin] },
        { "/organisations/{org}/self-assessment", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/actions", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/self-assessment/elements/1.1.1", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/self-assessment/elements/1.1.1/evidence", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence/new", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence/new?element=1.1.1", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence/{item}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence/{item}/edit", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence/{item}/revisions/new", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence/{item}/delete", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/evidence/files/{file}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/bodies/{body}", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/edit", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/users", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/users/invite", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/audit", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/admin", Access.SignedIn, [Role.StandardOwner] },
        { "/admin/organisations/new", Access.SignedIn, [Role.StandardOwner] },
        { "/admin/bodies/new", Access.SignedIn, [Role.StandardOwner] },
        { "/admin/audit", Access.SignedIn, [Role.StandardOwner] },
        { "/admin/standards", Access.SignedIn, [Role.StandardOwner] },
        { "/admin/standards/import", Access.SignedIn, [Role.StandardOwner] },
        { "/admin/standards/CSE/summaries-1", Access.SignedIn, [Role.StandardOwner] },
        { "/api/v1/me", Access.SignedIn, [] },
        { "/api/v1/organisations/{org}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/members", Access.Tenant, [Role.OrganisationAdmin] },
        { "/api/v1/certification-bodies/{body}", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/members", Access.Tenant, [Role.CertificationBodyAdmin] },
        // Self-assessment and evidence API. Routes below a self-assessment (and the evidence pack, which like the
        // readiness page needs one) are checked persona by persona in Api/SelfAssessmentsApiTests and EvidencePackTests.
        { "/api/v1/organisations/{org}/self-assessments", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/evidence", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        // External assessment (issue 5). The world's assessment of OrgA by BodyX has its report released; BodyX's
        // assessor leads it. Unassigned assessors (404) are checked in the pages' own tests.
        { "/organisations/{org}/assessments", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/assessments/apply", Access.Tenant, [Role.OrganisationAdmin] },
        { "/organisations/{org}/assessments/{assessment}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/assessments/{assessment}/requests/{request}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/assessments/{assessment}/report", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/assessments/{assessment}/report.docx", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/bodies/{body}/assessors", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/sizing", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/clients", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/assessments", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/respond", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/assessments/{assessment}/assign", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/assessments/{assessment}/dates", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/decision", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/assessments/{assessment}/ratings", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/ratings/1.1.1", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/summary", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/release", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/report", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/report.docx", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/review", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/review/1.1.1", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/files/{file}", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/requests", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/requests/new?element=1.1.1", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/visit", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/visit/agenda.docx", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/visit/sessions/new", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/visit/sessions/{session}", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/visit/sessions/{session}/notes", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/bodies/{body}/assessments/{assessment}/visit/sessions/{session}/remove", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/organisations/{org}/assessments/{assessment}/visit", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/assessments/{assessment}/visit/agenda.docx", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}/elements", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}/elements/1.1.1", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}/files/{file}", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}/evidence-requests", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}/visit/sessions", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}/visit/sessions/{session}/notes", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/organisations/{org}/assessments", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/certificates", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/assessments/{assessment}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/assessments/{assessment}/evidence-requests", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/assessments/{assessment}/report", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/assessments/{assessment}/factual-accuracy-comments", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/certification-bodies/{body}/assessments", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessments/{assessment}/report", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/api/v1/certification-bodies/{body}/assessors", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/certification-bodies/{body}/conflicts", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/certification-bodies/{body}/sizing", Access.Tenant, [Role.CertificationBodyAdmin, Role.Assessor] },
        { "/register", Access.Public, [] },
        { "/register?query=a&page=2", Access.Public, [] },
        { "/register/certificates/{number}", Access.Public, [] },
        { "/register/export?format=csv", Access.Public, [] },
        { "/api/v1/register", Access.Public, [] },
        { "/api/v1/register/certificates/{number}", Access.Public, [] },
        { "/bodies/{body}/certificates", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/certificates/{certificate}", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/certificates/{certificate}/status", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/certificates/{certificate}/plan", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/certificates/{certificate}/confidential", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/certificates/{certificate}/certificate.pdf", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/clients/{client}/predecessor-awards", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/organisations/{org}/certificates/{certificate}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/certificates/{certificate}/certificate.pdf", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/certification-bodies/{body}/certificates", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/certification-bodies/{body}/certificates/{certificate}", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/certification-bodies/{body}/certificates/{certificate}/pdf", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/certification-bodies/{body}/organisations/{client}/predecessor-awards", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/organisations/{org}/certificates/{certificate}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/certificates/{certificate}/pdf", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/benchmarks", Access.Public, [] },
        { "/api/v1/benchmarks/public", Access.Public, [] },
        { "/benchmarks/national", Access.SignedIn, [Role.StandardOwner] },
        { "/benchmarks/national/elements", Access.SignedIn, [Role.StandardOwner] },
        { "/api/v1/benchmarks/national", Access.SignedIn, [Role.StandardOwner] },
        { "/api/v1/benchmarks/national/elements", Access.SignedIn, [Role.StandardOwner] },
        { "/bodies/{body}/benchmarks", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/benchmarks/elements", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/benchmarks/points", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/bodies/{body}/results/import", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/benchmarks/bodies/{body}/league-table", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/benchmarks/bodies/{body}/elements", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/benchmarks/bodies/{body}/organisations/{client}/position", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/api/v1/certification-bodies/{body}/results/imports", Access.Tenant, [Role.CertificationBodyAdmin] },
        { "/organisations/{org}/benchmarks", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/benchmarks/trend", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/benchmarks/consent", Access.Tenant, [Role.OrganisationAdmin] },
        { "/api/v1/organisations/{org}/benchmark/position", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/benchmark/trend", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/benchmark/consent", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/best-practice", Access.Public, [] },
        { "/api/v1/best-practice", Access.Public, [] },
        { "/api/v1/standard/elements/1.1.1/learning-examples", Access.Public, [] },
        { "/standard/elements/1.1.1/feedback", Access.SignedIn, [] },
        { "/account/feedback", Access.SignedIn, [] },
        { "/api/v1/account/feedback", Access.SignedIn, [] },
        { "/best-practice/moderation", Access.SignedIn, [Role.StandardOwner] },
        { "/api/v1/best-practice/moderation", Access.SignedIn, [Role.StandardOwner] },
        { "/centre", Access.SignedIn, [Role.StandardOwner] },
        { "/centre/feedback", Access.SignedIn, [Role.StandardOwner] },
        { "/api/v1/centre/dashboard", Access.SignedIn, [Role.StandardOwner] },
        { "/api/v1/centre/feedback", Access.SignedIn, [Role.StandardOwner] },
        { "/organisations/{org}/best-practice", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/best-practice", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/my-elements", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/my-elements", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/learning", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/learning/new", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/learning", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/learning/totals", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/learning-examples", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/learning-examples/new", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/learning-examples", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/best-practice/{case}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/best-practice/{case}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/best-practice/moderation/{case}", Access.SignedIn, [Role.StandardOwner] },
        { "/api/v1/best-practice/moderation/{case}", Access.SignedIn, [Role.StandardOwner] },
        { "/organisations/{org}/self-assessment/elements/1.1.1/champions", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/self-assessment/elements/1.1.1/champions", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/learning/{activity}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/learning/{activity}/delete", Access.Tenant, [Role.OrganisationAdmin] },
        { "/api/v1/organisations/{org}/learning/{activity}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/learning-examples/{example}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/learning-examples/{example}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/centre/feedback/{feedback}", Access.SignedIn, [Role.StandardOwner] },
        { "/organisations/{org}/costs", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/costs?year={year}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/costs?year={year}&handler=Download", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/costs/{year}/staff-time/new", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/costs/staff-time/{staff-time}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/costs/staff-time/{staff-time}/delete", Access.Tenant, [Role.OrganisationAdmin] },
        { "/organisations/{org}/costs/{year}/items/new", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/costs/items/{cost}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/costs/items/{cost}/delete", Access.Tenant, [Role.OrganisationAdmin] },
        { "/organisations/{org}/costs/{year}/budget", Access.Tenant, [Role.OrganisationAdmin] },
        { "/api/v1/organisations/{org}/costs", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/costs/{year}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/costs/staff-time/{staff-time}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/costs/items/{cost}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/reports/board", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/reports/board/{year}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/reports/board/{year}?handler=Docx", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/reports/board/{year}?handler=Pdf", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/reports/board/{year}?handler=Html", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/reports/board/{year}?handler=Markdown", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/reports/board/{year}/sections/1", Access.Tenant, [Role.OrganisationAdmin] },
        { "/api/v1/organisations/{org}/board-reports", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/board-reports/{year}", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/api/v1/organisations/{org}/board-reports/{year}/export?format=docx", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/self-assessment?handler=Xlsx", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
        { "/organisations/{org}/actions?handler=Xlsx", Access.Tenant, [Role.OrganisationAdmin, Role.OrganisationMember] },
    };

    /// <summary>
    /// The rows that look an entity up by its id inside a tenant (not just the tenant itself). Who may see a page is
    /// decided by the same C# on both providers; what can differ is the SQL that finds the entity, so PostgreSQL runs
    /// these and SQLite runs every row, which keeps CI inside its time (docs/decisions/0009).
    /// </summary>
    public static TheoryData<string, Access, Role[]> EntityPages()
    {
        var rows = new TheoryData<string, Access, Role[]>();
        foreach (var row in Pages)
        {
            var url = (string)row[0];
            if (System.Text.RegularExpressions.Regex.IsMatch(url.Replace("{org}", "", StringComparison.Ordinal).Replace("{body}", "", StringComparison.Ordinal), @"\{[a-z-]+\}"))
                rows.Add(url, (Access)row[1], (Role[])row[2]);
        }
        return rows;
    }

    protected async Task CheckEachPersonaAsync(string url, Access access, Role[] allowed)
    {
        var world = await _world.GetAsync();
        var failures = new List<string>();
        foreach (var (persona, user) in world.Personas)
        {
            var client = user is null ? app.Anonymous() : await app.ClientFor(user.Email);
            var response = await client.GetAsync(world.Expand(url));
            var expected = Expected(url, access, allowed, user, world);
            if (response.StatusCode != expected)
                failures.Add($"{persona}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, $"{url}\n{string.Join("\n", failures)}");
    }

    private static HttpStatusCode Expected(string url, Access access, Role[] allowed, TestUser? user, World world)
    {
        var isApi = url.StartsWith("/api/", StringComparison.Ordinal);
        if (access == Access.Public) return HttpStatusCode.OK;
        if (user is null) return isApi ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect;
        if (access == Access.SignedIn)
            return allowed.Length == 0 || allowed.Contains(user.Role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        var routeTenant = url.Contains("{org}", StringComparison.Ordinal) ? world.OrgA.Id : world.BodyX.Id;
        if (user.TenantId != routeTenant) return HttpStatusCode.NotFound;
        return allowed.Contains(user.Role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
    }
}

public sealed class AccessMatrixTestsOnSqlite(SqliteApp app) : AccessMatrixTests(app), IClassFixture<SqliteApp>
{
    [DbTheory]
    [MemberData(nameof(Pages), MemberType = typeof(AccessMatrixTests))]
    public Task Get_EachPersona_GetsTheStatusItsRoleAllows(string url, Access access, Role[] allowed) => CheckEachPersonaAsync(url, access, allowed);
}

public sealed class AccessMatrixTestsOnPostgres(PostgresApp app) : AccessMatrixTests(app), IClassFixture<PostgresApp>
{
    [DbTheory]
    [MemberData(nameof(EntityPages), MemberType = typeof(AccessMatrixTests))]
    public Task Get_EachPersona_ForPagesThatFindAnEntity_GetsTheStatusItsRoleAllows(string url, Access access, Role[] allowed) => CheckEachPersonaAsync(url, access, allowed);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Testing;

public sealed record TestUser(Guid Id, string Email, Role Role, Guid? TenantId);

/// <summary>An organisation with an admin and a member, or a body with an admin and an assessor.</summary>
public sealed record TestTenant(Guid Id, string Name, TestUser Admin, TestUser Member);

/// <summary>Builders that arrange data through the real services, so arranged data is valid and audited.</summary>
public sealed class TestData(AppFixture app)
{
    public const string Password = "test-password-123";
    private static int _counter;

    private static string Unique(string prefix) => $"{prefix} {Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    public Task<Organisation> CreateOrganisationAsync(string? name = null, Sector sector = Sector.LocalGovernment, Region region = Region.London, SizeBand size = SizeBand.From250To999) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<OrganisationService>().CreateAsync(new OrganisationDetails
        {
            Name = name ?? Unique("Organisation"), Sector = sector, Region = region, SizeBand = size, Town = "Testville",
        }, Actor.System("test")));

    public Task<CertificationBody> CreateBodyAsync(string? name = null) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<CertificationBodyService>().CreateAsync(
            new CertificationBodyDetails { Name = name ?? Unique("Body") }, Actor.System("test")));

    public async Task<TestUser> CreateUserAsync(Role role, Guid? tenantId = null, string? email = null)
    {
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var tenantName = tenantId is null ? null : await app.WithDbAsync(async db =>
            await db.Organisations.Where(o => o.Id == tenantId).Select(o => o.Name).SingleOrDefaultAsync()
            ?? await db.CertificationBodies.Where(b => b.Id == tenantId).Select(b => b.Name).SingleAsync());
        var user = await app.WithServicesAsync(sp => sp.GetRequiredService<AccountService>().CreateUserAsync(new CreateUserRequest
        {
            Email = email, DisplayName = $"Test {role}", Password = Password, Role = role, TenantName = tenantName,
        }, Actor.System("test")));
        return new TestUser(user.Id, email, role, tenantId);
    }

    public async Task<TestTenant> CreateOrganisationWithUsersAsync(string? name = null)
    {
        var organisation = await CreateOrganisationAsync(name);
        var admin = await CreateUserAsync(Role.OrganisationAdmin, organisation.Id);
        var member = await CreateUserAsync(Role.OrganisationMember, organisation.Id);
        return new TestTenant(organisation.Id, organisation.Name, admin, member);
    }

    public async Task<TestTenant> CreateBodyWithUsersAsync(string? name = null)
    {
        var body = await CreateBodyAsync(name);
        var admin = await CreateUserAsync(Role.CertificationBodyAdmin, body.Id);
        var assessor = await CreateUserAsync(Role.Assessor, body.Id);
        return new TestTenant(body.Id, body.Name, admin, assessor);
    }

    public Task<TestUser> CreateStandardOwnerAsync() => CreateUserAsync(Role.StandardOwner);

    public Task<SelfAssessmentRecord> StartSelfAssessmentAsync(Guid organisationId) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().StartAsync(organisationId, null, Actor.System("test")));

    /// <summary>An evidence item holding one small PDF (unique bytes unless <paramref name="content"/> is given), optionally linked to an element.</summary>
    public Task<EvidenceItem> CreateEvidenceAsync(Guid organisationId, string? title = null, string? linkToElement = null, byte[]? content = null, string tags = "") =>
        app.WithServicesAsync(sp => sp.GetRequiredService<EvidenceService>().CreateAsync(organisationId,
            new CreateEvidenceRequest { Title = title ?? Unique("Evidence"), Kind = EvidenceKind.Document, Tags = tags },
            [Upload(content ?? Pdf(Guid.NewGuid().ToString()), "evidence.pdf")], Actor.System("test"), linkToElement));

    public static EvidenceUpload Upload(byte[] content, string? name) => new(() => new MemoryStream(content), name, content.LongLength);

    /// <summary>A minimal PDF whose bytes differ with <paramref name="marker"/>.</summary>
    public static byte[] Pdf(string marker = "") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Tenancy;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Tenancy;

public abstract class TenantFilterTests(AppFixture app)
{
    private async Task<T> InScope<T>(Action<TenantScope> set, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        set(scope.ServiceProvider.GetRequiredService<TenantScope>());
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [DbFact]
    public async Task Query_OrganisationScope_SeesOnlyThatOrganisationsRows()
    {
        var a = await app.Data.CreateOrganisationWithUsersAsync();
        var b = await app.Data.CreateOrganisationWithUsersAsync();

        var (memberships, auditTenants) = await InScope(s => s.UseOrganisation(a.Id), async db => (
            await db.Memberships.Select(m => m.OrganisationId).Distinct().ToListAsync(),
            await db.AuditEvents.Select(e => e.OrganisationId).Distinct().ToListAsync()));

        Assert.Equal([a.Id], memberships.Cast<Guid>());
        Assert.Equal([a.Id], auditTenants.Cast<Guid>());
        Assert.DoesNotContain(b.Id, memberships.Cast<Guid>());
    }

    [DbFact]
    public async Task Query_BodyScope_SeesNoOrganisationRows()
    {
        var organisation = await app.Data.CreateOrganisationWithUsersAsync();
        var body = await app.Data.CreateBodyWithUsersAsync();

        var memberships = await InScope(s => s.UseCertificationBody(body.Id), db => db.Memberships.ToListAsync());

        Assert.All(memberships, m => Assert.Equal(body.Id, m.CertificationBodyId));
        Assert.DoesNotContain(memberships, m => m.OrganisationId == organisation.Id);
        Assert.Equal(2, memberships.Count);
    }

    [DbFact]
    public async Task Query_ScopeNeverSet_SeesNoTenantRowsAtAll()
    {
        await app.Data.CreateOrganisationWithUsersAsync();

        var (memberships, invitations, audit) = await InScope(_ => { }, async db => (
            await db.Memberships.CountAsync(), await db.Invitations.CountAsync(), await db.AuditEvents.CountAsync()));

        Assert.Equal(0, memberships);
        Assert.Equal(0, invitations);
        Assert.Equal(0, audit);
    }

    [DbFact]
    public async Task Query_Unrestricted_SeesEveryTenant()
    {
        var a = await app.Data.CreateOrganisationWithUsersAsync();
        var b = await app.Data.CreateOrganisationWithUsersAsync();

        var ids = await InScope(s => s.UseUnrestricted(), db => db.Memberships.Select(m => m.OrganisationId).ToListAsync());

        Assert.Contains(a.Id, ids.Cast<Guid?>());
        Assert.Contains(b.Id, ids.Cast<Guid?>());
    }

    [DbFact]
    public async Task MembershipsOf_IsCrossTenantByDesign_ReturnsEveryMembershipOfTheUser()
    {
        var a = await app.Data.CreateOrganisationAsync();
        var body = await app.Data.CreateBodyAsync();
        var email = $"both-{Guid.NewGuid():N}@test.example";
        var user = await app.Data.CreateUserAsync(Role.OrganisationMember, a.Id, email);
        await app.Data.CreateUserAsync(Role.Assessor, body.Id, email);

        var memberships = await InScope(s => s.UseOrganisation(a.Id), db => AccountService.MembershipsOfAsync(db, user.Id));

        Assert.Equal(2, memberships.Count);
        Assert.Contains(memberships, m => m.Role == Role.Assessor && m.TenantName == body.Name);
    }
}

public sealed class TenantFilterTestsOnSqlite(SqliteApp app) : TenantFilterTests(app), IClassFixture<SqliteApp>;

public sealed class TenantFilterTestsOnPostgres(PostgresApp app) : TenantFilterTests(app), IClassFixture<PostgresApp>;

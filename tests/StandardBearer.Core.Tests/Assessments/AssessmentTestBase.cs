using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Data;
using StandardBearer.Core.Tenancy;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Assessments;

/// <summary>What the assessment tests share: calling the service as a given user, and reading as a given tenant.</summary>
public abstract class AssessmentTestBase(AppFixture app)
{
    protected AppFixture App { get; } = app;

    protected static Actor As(TestUser user) => TestData.ActorFor(user);

    protected Task<T> Service<T>(Func<AssessmentService, Task<T>> work) => App.WithServicesAsync(sp => work(sp.GetRequiredService<AssessmentService>()));

    protected Task<bool> Service(Func<AssessmentService, Task> work) => App.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<AssessmentService>());
        return true;
    });

    protected Task<AssessmentAccess> AccessAsync(Guid assessmentId, TestUser user) =>
        App.WithDbAsync(db => AssessmentAccess.ForAsync(db, assessmentId, user.Id));

    /// <summary>Runs a read the way a page would: with the tenant scope the web host would set for this tenant.</summary>
    protected async Task<T> AsTenantAsync<T>(Action<TenantScope> set, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        set(scope.ServiceProvider.GetRequiredService<TenantScope>());
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected Task<Assessment> LoadAsync(Guid assessmentId) =>
        App.WithDbAsync(db => db.Set<Assessment>().Include(a => a.Elements).Include(a => a.Team).SingleAsync(a => a.Id == assessmentId));

    protected Task<AssessmentElement> ElementAsync(Guid assessmentId, string number) =>
        App.WithDbAsync(db => db.Set<AssessmentElement>().SingleAsync(e => e.AssessmentId == assessmentId && e.ElementNumber == number));

    protected Task<bool> AuditedAsync(string action, Guid? organisationId = null) =>
        App.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == action && (organisationId == null || e.OrganisationId == organisationId)));
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.SelfAssessment;

public abstract class SelfAssessmentServiceTests(AppFixture app)
{
    private Task<T> Service<T>(Func<SelfAssessmentService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<SelfAssessmentService>()));

    [DbFact]
    public async Task Start_CurrentVersion_CreatesAllFiftySevenElementsInOrder()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var record = await Service(s => s.StartAsync(tenant.Id, null, new Actor(tenant.Admin.Id, "Admin")));

        var numbers = await app.WithDbAsync(db => db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == record.Id).OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync());
        Assert.Equal(57, numbers.Count);
        Assert.Equal("1.1.1", numbers[0]);
        Assert.Equal("5.3.3", numbers[^1]);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "SelfAssessmentStarted" && e.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Start_WhileOneIsOpen_IsRefused()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await Service(s => s.StartAsync(tenant.Id, null, Actor.System("t")));

        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.StartAsync(tenant.Id, null, Actor.System("t"))));
    }

    [DbFact]
    public async Task UpdateElement_StaleVersion_IsRefusedWithWhatTheOtherPersonSaved()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var record = await Service(s => s.StartAsync(tenant.Id, null, Actor.System("t")));
        await Service(s => s.UpdateElementAsync(tenant.Id, record.Id, "1.1.1",
            new UpdateElementRequest { RatingKey = "Compliance", Narrative = "Alice's text", ExpectedVersion = 0 }, new Actor(tenant.Admin.Id, "Alice")));

        var conflict = await Assert.ThrowsAsync<ElementEditConflictException>(() => Service(s => s.UpdateElementAsync(tenant.Id, record.Id, "1.1.1",
            new UpdateElementRequest { RatingKey = "CompliancePlus", Narrative = "Bob's text", ExpectedVersion = 0 }, new Actor(tenant.Member.Id, "Bob"))));

        Assert.Equal("Alice's text", conflict.Current.Narrative);
        Assert.Equal("Alice", conflict.Current.UpdatedByName);
        var saved = await app.WithDbAsync(db => db.Set<ElementSelfAssessment>().SingleAsync(e => e.SelfAssessmentId == record.Id && e.ElementNumber == "1.1.1"));
        Assert.Equal("Alice's text", saved.Narrative);
        Assert.Equal(1, saved.Version);
    }

    [DbFact]
    public async Task UpdateElement_UnknownRatingOrOutsideOwner_IsRejected()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var outsider = await app.Data.CreateOrganisationWithUsersAsync();
        var record = await Service(s => s.StartAsync(tenant.Id, null, Actor.System("t")));

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.UpdateElementAsync(tenant.Id, record.Id, "2.1.1",
            new UpdateElementRequest { RatingKey = "Excellent", OwnerUserId = outsider.Admin.Id, ExpectedVersion = 0 }, Actor.System("t"))));

        Assert.Equal(["Select a rating"], e.Errors[nameof(UpdateElementRequest.RatingKey)]);
        Assert.Equal(["Select someone from your organisation"], e.Errors[nameof(UpdateElementRequest.OwnerUserId)]);
    }
}

public sealed class SelfAssessmentServiceTestsOnSqlite(SqliteApp app) : SelfAssessmentServiceTests(app), IClassFixture<SqliteApp>;

public sealed class SelfAssessmentServiceTestsOnPostgres(PostgresApp app) : SelfAssessmentServiceTests(app), IClassFixture<PostgresApp>;

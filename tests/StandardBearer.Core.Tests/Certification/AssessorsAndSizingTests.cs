using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Certification;

public abstract class AssessorsAndSizingTests(AppFixture app)
{
    private Task<T> Service<T>(Func<CertificationBodyService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<CertificationBodyService>()));

    private Task<bool> Service(Func<CertificationBodyService, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<CertificationBodyService>());
        return true;
    });

    private static Actor As(TestUser user) => new(user.Id, "Body admin");

    [DbFact]
    public async Task DeclareConflict_AssessorOfTheBody_IsRecordedAndAudited()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();

        var conflict = await Service(s => s.DeclareConflictAsync(body.Id, new DeclareConflictRequest
        {
            AssessorUserId = body.Member.Id, OrganisationId = organisation.Id, Reason = " Advised them on their complaints process in 2025 ",
        }, As(body.Admin)));

        var saved = await app.WithDbAsync(db => db.Set<AssessorConflict>().SingleAsync(c => c.Id == conflict.Id));
        Assert.Equal("Advised them on their complaints process in 2025", saved.Reason);
        Assert.True(saved.IsActive);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "ConflictOfInterestDeclared" && e.CertificationBodyId == body.Id)));
    }

    [DbFact]
    public async Task DeclareConflict_AssessorOfAnotherBodyOrTwiceForTheSamePair_IsRefused()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var other = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var request = new DeclareConflictRequest { AssessorUserId = body.Member.Id, OrganisationId = organisation.Id, Reason = "Former employee" };
        await Service(s => s.DeclareConflictAsync(body.Id, request, As(body.Admin)));

        var outsider = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.DeclareConflictAsync(body.Id, request with { AssessorUserId = other.Member.Id }, As(body.Admin))));
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.DeclareConflictAsync(body.Id, request, As(body.Admin))));

        Assert.Equal(["Select an assessor from your certification body"], outsider.Errors[nameof(DeclareConflictRequest.AssessorUserId)]);
        Assert.Contains("has already declared a conflict of interest", twice.Errors[nameof(DeclareConflictRequest.OrganisationId)][0]);
    }

    [DbFact]
    public async Task DeclareConflict_MissingFields_AreRefusedWithGovUkWording()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.DeclareConflictAsync(body.Id, new DeclareConflictRequest(), As(body.Admin))));

        Assert.Equal(["Select an assessor"], e.Errors[nameof(DeclareConflictRequest.AssessorUserId)]);
        Assert.Equal(["Select an organisation"], e.Errors[nameof(DeclareConflictRequest.OrganisationId)]);
        Assert.Equal(["Enter the reason for the conflict of interest"], e.Errors[nameof(DeclareConflictRequest.Reason)]);
    }

    [DbFact]
    public async Task WithdrawConflict_Standing_KeepsTheRowMarkedWithdrawn_AndTwiceIsAConflict()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var organisation = await app.Data.CreateOrganisationAsync();
        var conflict = await Service(s => s.DeclareConflictAsync(body.Id, new DeclareConflictRequest
        {
            AssessorUserId = body.Member.Id, OrganisationId = organisation.Id, Reason = "Related to the chief executive",
        }, As(body.Admin)));

        await Service(s => s.WithdrawConflictAsync(body.Id, conflict.Id, As(body.Admin)));

        var saved = await app.WithDbAsync(db => db.Set<AssessorConflict>().SingleAsync(c => c.Id == conflict.Id));
        Assert.False(saved.IsActive);
        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.WithdrawConflictAsync(body.Id, conflict.Id, As(body.Admin))));
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.WithdrawConflictAsync(Guid.NewGuid(), conflict.Id, As(body.Admin))));
    }

    [DbFact]
    public async Task DeactivateThenReactivate_Assessor_SetsAndClearsTheFlag()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        await Service(s => s.DeactivateAssessorAsync(body.Id, body.Member.Id, As(body.Admin)));
        var deactivated = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.UserId == body.Member.Id && m.CertificationBodyId == body.Id));
        await Assert.ThrowsAsync<ConflictException>(() => Service(s => s.DeactivateAssessorAsync(body.Id, body.Member.Id, As(body.Admin))));
        await Service(s => s.ReactivateAssessorAsync(body.Id, body.Member.Id, As(body.Admin)));
        var reactivated = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.UserId == body.Member.Id && m.CertificationBodyId == body.Id));

        Assert.NotNull(deactivated.DeactivatedAt);
        Assert.Null(reactivated.DeactivatedAt);
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.DeactivateAssessorAsync(body.Id, body.Admin.Id, As(body.Admin))));
    }

    [DbFact]
    public async Task SizingTable_NoneSet_IsTheCseDefault_ThenReplacedByTheBodysOwn()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();
        var before = await app.WithDbAsync(db => CertificationBodyService.SizingTableAsync(db, body.Id));

        await Service(s => s.ReplaceSizingAsync(body.Id, new ReplaceSizingRequest
        {
            Bands = [new() { UpToStaff = 100, DeskDays = 0.5m, OnSiteDays = 1 }, new() { DeskDays = 1, OnSiteDays = 2 }],
        }, As(body.Admin)));
        await Service(s => s.ReplaceSizingAsync(body.Id, new ReplaceSizingRequest
        {
            Bands = [new() { UpToStaff = 100, DeskDays = 0.5m, OnSiteDays = 1 }, new() { UpToStaff = 600, DeskDays = 1, OnSiteDays = 1.5m }, new() { DeskDays = 2, OnSiteDays = 2.5m }],
        }, As(body.Admin)));
        var after = await app.WithDbAsync(db => CertificationBodyService.SizingTableAsync(db, body.Id));

        Assert.Equal(Sizing.CseDefault, before);
        Assert.Equal([new SizingRow(100, 0.5m, 1m), new SizingRow(600, 1m, 1.5m), new SizingRow(null, 2m, 2.5m)], after);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "SizingTableReplaced" && e.CertificationBodyId == body.Id)));
    }

    [DbFact]
    public async Task ReplaceSizing_InvalidTable_ChangesNothing()
    {
        var body = await app.Data.CreateBodyWithUsersAsync();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.ReplaceSizingAsync(body.Id, new ReplaceSizingRequest
        {
            Bands = [new() { UpToStaff = 300, DeskDays = 1, OnSiteDays = 1 }, new() { UpToStaff = 200, DeskDays = 1, OnSiteDays = 0 }],
        }, As(body.Admin))));

        Assert.Contains("Bands[1].UpToStaff", e.Errors.Keys);
        Assert.Contains("Bands[1].OnSiteDays", e.Errors.Keys);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SizingBand>().CountAsync(b => b.CertificationBodyId == body.Id)));
    }
}

public sealed class AssessorsAndSizingTestsOnSqlite(SqliteApp app) : AssessorsAndSizingTests(app), IClassFixture<SqliteApp>;

public sealed class AssessorsAndSizingTestsOnPostgres(PostgresApp app) : AssessorsAndSizingTests(app), IClassFixture<PostgresApp>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Skills;

/// <summary>Element champions and the learning log, through their services, on each provider.</summary>
public abstract class SkillsServiceTests(AppFixture app)
{
    private static Actor As(TestUser user) => TestData.ActorFor(user);

    private Task<T> Champions<T>(Func<ChampionService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<ChampionService>()));

    private Task<T> Learning<T>(Func<LearningLogService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<LearningLogService>()));

    private Task<bool> Learning(Func<LearningLogService, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<LearningLogService>());
        return true;
    });

    private Task<bool> AuditedAsync(string action, Guid organisationId) =>
        app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == action && e.OrganisationId == organisationId));

    private async Task<(TestTenant Tenant, SelfAssessmentRecord Record)> StartedAsync()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        return (tenant, await app.Data.StartSelfAssessmentAsync(tenant.Id));
    }

    private Task<ElementSelfAssessment> SetLeadAsync(TestTenant tenant, SelfAssessmentRecord record, string number, Guid lead) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<SelfAssessmentService>().UpdateElementAsync(tenant.Id, record.Id, number,
            new UpdateElementRequest { OwnerUserId = lead, ExpectedVersion = 0 }, As(tenant.Admin)));

    private static SaveLearningActivityRequest Activity(decimal hours = 2m, string[]? elements = null, Guid[]? cases = null, DateOnly? date = null) => new()
    {
        Kind = LearningKind.Training, Title = "Customer care refresher", Date = date ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
        People = "Visitor centre team", Hours = hours, ElementNumbers = elements ?? [], BestPracticeCaseIds = cases ?? [],
    };

    [DbFact]
    public async Task Champions_AdminAddsAndRemoves_TheListHasTheLeadFirst_AndBothAreAudited()
    {
        var (tenant, record) = await StartedAsync();
        var element = await SetLeadAsync(tenant, record, "1.1.1", tenant.Member.Id);

        await Champions(s => s.AddAsync(tenant.Id, "1.1.1", new AddChampionRequest { UserId = tenant.Admin.Id }, As(tenant.Admin)));

        var list = (await app.WithDbAsync(db => ChampionService.ForElementsAsync(db, [element.Id], default)))[element.Id].ToList();
        Assert.Equal([(tenant.Member.Id, true), (tenant.Admin.Id, false)], list.Select(c => (c.UserId, c.IsLead)));
        Assert.True(await AuditedAsync("ElementChampionAdded", tenant.Id));

        await Champions(async s =>
        {
            await s.RemoveAsync(tenant.Id, "1.1.1", tenant.Admin.Id, As(tenant.Admin));
            return true;
        });
        Assert.False(await app.WithDbAsync(db => db.Set<ElementChampion>().AnyAsync(c => c.ElementSelfAssessmentId == element.Id)));
        Assert.True(await AuditedAsync("ElementChampionRemoved", tenant.Id));
    }

    [DbFact]
    public async Task Champions_Outsider_LeadOwner_OrExistingChampion_AreRejectedWithTheirMessages()
    {
        var (tenant, record) = await StartedAsync();
        var outsider = await app.Data.CreateOrganisationWithUsersAsync();
        await SetLeadAsync(tenant, record, "2.1.1", tenant.Member.Id);
        await Champions(s => s.AddAsync(tenant.Id, "2.1.1", new AddChampionRequest { UserId = tenant.Admin.Id }, As(tenant.Admin)));

        async Task<string> Refused(Guid? userId) => Assert.Single((await Assert.ThrowsAsync<DomainValidationException>(() =>
            Champions(s => s.AddAsync(tenant.Id, "2.1.1", new AddChampionRequest { UserId = userId }, As(tenant.Admin))))).Errors["UserId"]);

        Assert.Equal("Select someone from your organisation", await Refused(outsider.Admin.Id));
        Assert.Equal("Test OrganisationMember is already the lead owner of this element", await Refused(tenant.Member.Id));
        Assert.Equal("Test OrganisationAdmin is already a champion of this element", await Refused(tenant.Admin.Id));
        Assert.Equal("Select who to add as a champion", await Refused(null));
        await Assert.ThrowsAsync<NotFoundException>(() => Champions(s => s.AddAsync(tenant.Id, "9.9.9", new AddChampionRequest { UserId = tenant.Admin.Id }, As(tenant.Admin))));
    }

    [DbFact]
    public async Task Champions_AMemberWhoIsNotTheLead_IsForbidden_ButTheLeadOwnerMayChangeThem()
    {
        var (tenant, record) = await StartedAsync();
        var colleague = await app.Data.CreateUserAsync(Role.OrganisationMember, tenant.Id);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            Champions(s => s.AddAsync(tenant.Id, "3.1.1", new AddChampionRequest { UserId = colleague.Id }, As(tenant.Member))));

        await SetLeadAsync(tenant, record, "3.1.1", tenant.Member.Id);
        await Champions(s => s.AddAsync(tenant.Id, "3.1.1", new AddChampionRequest { UserId = colleague.Id }, As(tenant.Member)));
        Assert.True(await app.WithDbAsync(db => db.Set<ElementChampion>().AnyAsync(c => c.UserId == colleague.Id && c.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Learning_InvalidActivity_IsRejectedWithEveryMessage_AndNothingIsSaved()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var holder = await app.Data.CreateHolderAsync(compliancePlus: ["1.2.1"]);
        var draft = await app.WithDbAsync(db => db.BestPracticeCases.Where(c => c.AssessmentId == holder.Assessment.Id).Select(c => c.Id).SingleAsync());

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Learning(s => s.AddAsync(tenant.Id,
            Activity(hours: 0m, elements: ["1.1.1", "9.9.9"], cases: [draft], date: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2)) with { Title = "", People = " " },
            As(tenant.Member))));

        Assert.Equal(["Enter a title"], e.Errors["Title"]);
        Assert.Equal(["Enter the people or teams who took part"], e.Errors["People"]);
        Assert.Equal(["The date of the activity must be today or in the past"], e.Errors["Date"]);
        Assert.Equal(["Hours must be more than 0 and no more than 1,000"], e.Errors["Hours"]);
        Assert.Equal(["Enter element numbers from the current standard, like 1.2.1 (9.9.9 is not one)"], e.Errors["ElementNumbers"]);
        Assert.Equal(["Select best-practice cases from the published library"], e.Errors["BestPracticeCaseIds"]);
        Assert.False(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.OrganisationId == tenant.Id)));
    }

    [DbTheory]
    [InlineData("1000.01", "Hours must be more than 0 and no more than 1,000")]
    [InlineData("-1", "Hours must be more than 0 and no more than 1,000")]
    [InlineData("1.255", "Enter hours to no more than 2 decimal places, like 1.5")]
    public async Task Learning_HoursOutOfRange_AreRejected(string hours, string message)
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Learning(s => s.AddAsync(tenant.Id,
            Activity(hours: decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)), As(tenant.Member))));

        Assert.Equal([message], e.Errors["Hours"]);
    }

    [DbFact]
    public async Task Learning_ValidActivity_KeepsElementsInTheStandardsOrder_AcceptsAPublishedCase_AndIsAudited()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var (_, caseId) = await app.Data.CreatePublishedCaseAsync("1.2.1");

        var added = await Learning(s => s.AddAsync(tenant.Id, Activity(hours: 1000m, elements: ["2.2.1", " 1.2.1", "2.2.1"], cases: [caseId], date: DateOnly.FromDateTime(DateTime.UtcNow)),
            As(tenant.Member)));

        var saved = await app.WithDbAsync(db => db.LearningActivities.SingleAsync(a => a.Id == added.Id));
        Assert.Equal(["1.2.1", "2.2.1"], saved.ElementNumbers);
        Assert.Equal([caseId], saved.BestPracticeCaseIds);
        Assert.Equal(1000m, saved.Hours);
        Assert.True(await AuditedAsync("LearningActivityAdded", tenant.Id));

        await Learning(s => s.UpdateAsync(tenant.Id, added.Id, Activity(hours: 2.25m, elements: ["5.1.1"]) with { Kind = LearningKind.PeerReview }, As(tenant.Member)));
        var changed = await app.WithDbAsync(db => db.LearningActivities.SingleAsync(a => a.Id == added.Id));
        Assert.Equal((LearningKind.PeerReview, 2.25m, "5.1.1"), (changed.Kind, changed.Hours, Assert.Single(changed.ElementNumbers)));
        Assert.Empty(changed.BestPracticeCaseIds);
        Assert.True(await AuditedAsync("LearningActivityUpdated", tenant.Id));
    }

    [DbFact]
    public async Task Totals_ForAFixture_ArePerElementAndPerCriterion()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var member = As(tenant.Member);
        await Learning(s => s.AddAsync(tenant.Id, Activity(3m, ["1.1.1", "1.2.1"]), member));
        await Learning(s => s.AddAsync(tenant.Id, Activity(1.5m, ["1.2.1", "2.2.1"]), member));
        await Learning(s => s.AddAsync(tenant.Id, Activity(2m, ["2.2.1"]), member));
        await Learning(s => s.AddAsync(tenant.Id, Activity(0.5m), member));
        var elsewhere = await app.Data.CreateOrganisationAsync();
        await Learning(s => s.AddAsync(elsewhere.Id, Activity(100m, ["1.1.1"]), member)); // another organisation's

        var report = await app.WithDbAsync(async db => await SkillsQueries.TotalsAsync(db, await SkillsQueries.LearningAsync(db, tenant.Id, default), default));

        Assert.Equal((4, 7m, 1), (report.Activities, report.Hours, report.Unlinked));
        Assert.Equal([("1.1.1", 1, 3m), ("1.2.1", 2, 4.5m), ("2.2.1", 2, 3.5m)], report.Elements.Select(t => (t.Number, t.Activities, t.Hours)));
        Assert.Equal([("1", 2, 4.5m), ("2", 2, 3.5m), ("3", 0, 0m), ("4", 0, 0m), ("5", 0, 0m)], report.Criteria.Select(t => (t.Number, t.Activities, t.Hours)));
    }

    [DbFact]
    public async Task RecordAsEvidence_CreatesExactlyOneNoteLinkedToTheElements_AndASecondTimeIsRefused()
    {
        var (tenant, record) = await StartedAsync();
        var activity = await Learning(s => s.AddAsync(tenant.Id, Activity(6m, ["1.2.1", "1.2.4"]) with { Title = "Visit to a council's customer panel", Notes = "We will trial their postcard." },
            As(tenant.Member)));
        var itemsBefore = await app.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync(i => i.OrganisationId == tenant.Id));

        var item = await Learning(s => s.RecordAsEvidenceAsync(tenant.Id, activity.Id, As(tenant.Member)));

        var items = await app.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.OrganisationId == tenant.Id).ToListAsync());
        Assert.Equal(itemsBefore + 1, items.Count);
        var note = items.Single(i => i.Id == item.Id);
        Assert.Equal(EvidenceKind.Note, note.Kind);
        Assert.Equal("Learning: Visit to a council's customer panel", note.Title);
        Assert.Contains("People or teams: Visitor centre team", note.Description, StringComparison.Ordinal);
        Assert.Contains("We will trial their postcard.", note.Description, StringComparison.Ordinal);
        Assert.Equal(1, note.CurrentRevision);
        var linked = await app.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == item.Id)
            .Join(db.Set<ElementSelfAssessment>(), l => l.ElementSelfAssessmentId, e => e.Id, (l, e) => new { e.ElementNumber, e.SelfAssessmentId }).ToListAsync());
        Assert.Equal(["1.2.1", "1.2.4"], linked.Select(l => l.ElementNumber).Order());
        Assert.All(linked, l => Assert.Equal(record.Id, l.SelfAssessmentId));
        Assert.Equal(item.Id, await app.WithDbAsync(db => db.LearningActivities.Where(a => a.Id == activity.Id).Select(a => a.EvidenceItemId).SingleAsync()));
        Assert.True(await AuditedAsync("EvidenceAdded", tenant.Id));
        Assert.True(await AuditedAsync("LearningActivityRecordedAsEvidence", tenant.Id));

        await Assert.ThrowsAsync<ConflictException>(() => Learning(s => s.RecordAsEvidenceAsync(tenant.Id, activity.Id, As(tenant.Member))));
        Assert.Equal(itemsBefore + 1, await app.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync(i => i.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Delete_ByAMember_IsForbidden_ByAnAdmin_RemovesTheActivityAndKeepsItsEvidence()
    {
        var (tenant, _) = await StartedAsync();
        var activity = await Learning(s => s.AddAsync(tenant.Id, Activity(2m, ["4.3.5"]), As(tenant.Member)));
        var item = await Learning(s => s.RecordAsEvidenceAsync(tenant.Id, activity.Id, As(tenant.Member)));

        await Assert.ThrowsAsync<ForbiddenException>(() => Learning(s => s.DeleteAsync(tenant.Id, activity.Id, As(tenant.Member))));
        await Learning(s => s.DeleteAsync(tenant.Id, activity.Id, As(tenant.Admin)));

        Assert.False(await app.WithDbAsync(db => db.LearningActivities.AnyAsync(a => a.Id == activity.Id)));
        Assert.True(await app.WithDbAsync(db => db.Set<EvidenceItem>().AnyAsync(i => i.Id == item.Id && i.DeletedAt == null)));
        Assert.True(await AuditedAsync("LearningActivityDeleted", tenant.Id));
    }

    [DbFact]
    public async Task PublishedCases_AreReadAcrossOrganisations_ButOnlyWhenPublished()
    {
        var (holder, caseId) = await app.Data.CreatePublishedCaseAsync("3.4.3", "Small grants that keep community groups going");
        await app.WithDbAsync(async db =>
        {
            var draft = await db.BestPracticeCases.SingleAsync(c => c.Id == caseId);
            db.Add(new BestPracticeCase
            {
                Id = db.NewId(), OrganisationId = draft.OrganisationId, CertificationBodyId = draft.CertificationBodyId, AssessmentId = draft.AssessmentId,
                AssessmentElementId = await db.Set<Core.Assessments.AssessmentElement>().Where(e => e.AssessmentId == draft.AssessmentId && e.ElementNumber == "3.4.2").Select(e => e.Id).SingleAsync(),
                StandardVersionId = draft.StandardVersionId, ElementNumber = "3.4.2", Year = draft.Year, AssessorComment = "Draft", Status = CaseStatus.Submitted,
            });
            return await db.SaveChangesAsync();
        });
        var reader = await app.Data.CreateOrganisationWithUsersAsync();

        // As another organisation's page would read it: that tenant's scope.
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Core.Tenancy.TenantScope>().UseOrganisation(reader.Id);
        var cases = await BestPracticeLibrary.ListAsync(scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>(), ["3.4.2", "3.4.3"]);

        var only = Assert.Single(cases);
        Assert.Equal((caseId, "3.4.3", holder.Organisation.Name, "Small grants that keep community groups going"), (only.Id, only.ElementNumber, only.OrganisationName, only.Title));
    }
}

public sealed class SkillsServiceTestsOnSqlite(SqliteApp app) : SkillsServiceTests(app), IClassFixture<SqliteApp>;

public sealed class SkillsServiceTestsOnPostgres(PostgresApp app) : SkillsServiceTests(app), IClassFixture<PostgresApp>;

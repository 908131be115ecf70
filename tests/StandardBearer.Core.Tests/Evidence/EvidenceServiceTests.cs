using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Evidence;

public abstract class EvidenceServiceTests(AppFixture app)
{
    private static readonly Actor Tester = Actor.System("test");

    private Task<T> Service<T>(Func<EvidenceService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<EvidenceService>()));

    private Task<bool> Service(Func<EvidenceService, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<EvidenceService>());
        return true;
    });

    private static CreateEvidenceRequest Document(string title = "Customer panel minutes") =>
        new() { Title = title, Kind = EvidenceKind.Document, Tags = "Panel, consultation ,panel" };

    [DbFact]
    public async Task Create_WithAFile_RecordsTheFirstRevisionWithItsHashAndStoresTheBytes()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var before = app.StoredEvidenceFiles();
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());

        var item = await Service(s => s.CreateAsync(tenant.Id, Document(), [TestData.Upload(bytes, "Minutes March.pdf")], Tester));

        var saved = await app.WithDbAsync(db => db.Set<EvidenceItem>().Include(i => i.Revisions).ThenInclude(r => r.Files).SingleAsync(i => i.Id == item.Id));
        var file = Assert.Single(Assert.Single(saved.Revisions).Files);
        Assert.Equal("Minutes March.pdf", file.FileName);
        Assert.Equal("application/pdf", file.MediaType);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(["panel", "consultation"], saved.Tags);
        Assert.Equal(before + 1, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "EvidenceAdded" && e.Subject == $"EvidenceItem/{item.Id}")));
    }

    [DbFact]
    public async Task Create_SameBytesTwice_StoresThemOnce()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var bytes = TestData.Pdf(Guid.NewGuid().ToString());
        await Service(s => s.CreateAsync(tenant.Id, Document("First"), [TestData.Upload(bytes, "a.pdf")], Tester));
        var before = app.StoredEvidenceFiles();

        await Service(s => s.CreateAsync(tenant.Id, Document("Second"), [TestData.Upload(bytes, "b.pdf")], Tester));

        Assert.Equal(before, app.StoredEvidenceFiles());
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<EvidenceFile>().CountAsync(f => f.Sha256 == sha)));
    }

    public static TheoryData<string, byte[], string?, string> BadUploads => new()
    {
        { "too large", new byte[AppFixture.MaxFileBytes + 1], "big.txt", "The selected file must be smaller than 1 MB" },
        { "disguised type", SampleFiles.Executable(), "report.pdf", EvidenceFileCheck.WrongType },
        { "empty (no file chosen)", TestData.Pdf(), "", EvidenceFileCheck.SelectAFile },
        { "path-like name", TestData.Pdf(), "../../etc/report.pdf", EvidenceFileCheck.NameIsPath },
        { "zero bytes", [], "blank.pdf", EvidenceFileCheck.FileIsEmpty },
        { "unknown type", SampleFiles.Elf(), "tool.bin", EvidenceFileCheck.WrongType },
        { "markup", SampleFiles.Html(), "page.txt", EvidenceFileCheck.WrongType },
    };

    [DbTheory]
    [MemberData(nameof(BadUploads))]
    public async Task Create_BadUpload_IsRefusedWithAClearMessageAndNothingStored(string why, byte[] content, string? name, string message)
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var before = app.StoredEvidenceFiles();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Service(s => s.CreateAsync(tenant.Id, Document(why), [TestData.Upload(content, name)], Tester)));

        Assert.Equal([message], e.Errors[FileCheckResult.Field]);
        Assert.Equal(before, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());
        Assert.False(await app.WithDbAsync(db => db.Set<EvidenceItem>().AnyAsync(i => i.OrganisationId == tenant.Id)));
    }

    [DbFact]
    public async Task Create_OneBadFileInABatch_StoresNoneAndNamesTheBadOne()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var before = app.StoredEvidenceFiles();

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.CreateAsync(tenant.Id, Document(),
            [TestData.Upload(TestData.Pdf(Guid.NewGuid().ToString()), "good.pdf"), TestData.Upload(SampleFiles.Executable(), "setup.pdf")], Tester)));

        Assert.Equal([$"setup.pdf: {EvidenceFileCheck.WrongType}"], e.Errors[FileCheckResult.Field]);
        Assert.Equal(before, app.StoredEvidenceFiles());
        Assert.Equal(0, app.LeftoverUploads());
    }

    [DbTheory]
    [InlineData(EvidenceKind.WebLink, null, null, "Url", "Enter the web address of the evidence")]
    [InlineData(EvidenceKind.WebLink, "javascript:alert(1)", null, "Url", "Enter a web address in the correct format, like https://www.example.org/report")]
    [InlineData(EvidenceKind.Document, null, null, "File", "Select a file or enter a web address")]
    [InlineData(EvidenceKind.Note, null, null, "Description", "Enter the note")]
    [InlineData(EvidenceKind.Note, null, "2026-01-01", "EffectiveFrom", "Enter the date the evidence was true from")]
    public async Task Create_MissingOrBadDetails_IsRefusedAgainstTheField(EvidenceKind kind, string? url, string? to, string field, string message)
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var request = new CreateEvidenceRequest
        {
            Title = "Thing", Kind = kind, Url = url, Description = field == "EffectiveFrom" ? "A note" : null,
            EffectiveTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        };

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.CreateAsync(tenant.Id, request, [], Tester)));

        Assert.Equal([message], e.Errors[field]);
    }

    [DbFact]
    public async Task Create_PeriodEndingBeforeItStarts_IsRefused()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var request = new CreateEvidenceRequest
        {
            Title = "Survey", Kind = EvidenceKind.WebLink, Url = "https://example.org/survey",
            EffectiveFrom = new DateOnly(2026, 4, 1), EffectiveTo = new DateOnly(2026, 3, 31),
        };

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.CreateAsync(tenant.Id, request, [], Tester)));

        Assert.Contains(nameof(EvidenceDetailsRequest.EffectiveTo), e.Errors.Keys);
    }

    [DbFact]
    public async Task AddRevision_KeepsTheEarlierRevisionWithItsHash()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var item = await app.Data.CreateEvidenceAsync(tenant.Id);

        await Service(s => s.AddRevisionAsync(tenant.Id, item.Id, new AddRevisionRequest { Note = "Updated for 2026" },
            [TestData.Upload(TestData.Pdf(Guid.NewGuid().ToString()), "v2.pdf")], new Actor(tenant.Admin.Id, "Alice")));

        var saved = await app.WithDbAsync(db => db.Set<EvidenceItem>().Include(i => i.Revisions).ThenInclude(r => r.Files).SingleAsync(i => i.Id == item.Id));
        Assert.Equal(2, saved.CurrentRevision);
        Assert.Equal([1, 2], saved.Revisions.OrderBy(r => r.Number).Select(r => r.Number));
        var first = saved.Revisions.Single(r => r.Number == 1).Files.Single();
        var second = saved.Revisions.Single(r => r.Number == 2);
        Assert.NotEqual(first.Sha256, second.Files.Single().Sha256);
        Assert.Equal("Alice", second.CreatedByName);
        Assert.Equal("Updated for 2026", second.Note);
    }

    [DbFact]
    public async Task Link_OneItemToTwoElements_CountsForBoth()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, linkToElement: "1.1.1");

        await Service(s => s.LinkAsync(tenant.Id, "2.1.1", [item.Id], Tester));
        await Service(s => s.LinkAsync(tenant.Id, "2.1.1", [item.Id], Tester)); // again: no duplicate

        var linked = await app.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == item.Id)
            .Join(db.Set<ElementSelfAssessment>(), l => l.ElementSelfAssessmentId, e => e.Id, (l, e) => e.ElementNumber).OrderBy(n => n).ToListAsync());
        Assert.Equal(["1.1.1", "2.1.1"], linked);
    }

    [DbFact]
    public async Task Link_AnotherOrganisationsItem_IsRefused()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var other = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var theirs = await app.Data.CreateEvidenceAsync(other.Id);

        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Service(s => s.LinkAsync(tenant.Id, "1.1.1", [theirs.Id], Tester)));

        Assert.Equal(["Select evidence from your organisation's library"], e.Errors["ItemIds"]);
    }

    [DbFact]
    public async Task Delete_UsedItem_LeavesTheOpenSelfAssessmentButStaysInClosedHistory()
    {
        var tenant = await app.Data.CreateOrganisationWithUsersAsync();
        var closed = await app.Data.StartSelfAssessmentAsync(tenant.Id);
        var item = await app.Data.CreateEvidenceAsync(tenant.Id, linkToElement: "1.1.1");
        await app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<SelfAssessmentService>().CloseAsync(tenant.Id, closed.Id, Tester);
            return true;
        });
        await app.Data.StartSelfAssessmentAsync(tenant.Id);
        await Service(s => s.LinkAsync(tenant.Id, "1.1.1", [item.Id], Tester));

        await Service(s => s.DeleteAsync(tenant.Id, item.Id, Tester));

        var (deletedAt, links) = await app.WithDbAsync(async db => (
            await db.Set<EvidenceItem>().Where(i => i.Id == item.Id).Select(i => i.DeletedAt).SingleAsync(),
            await db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == item.Id)
                .Join(db.Set<ElementSelfAssessment>(), l => l.ElementSelfAssessmentId, e => e.Id, (l, e) => e.SelfAssessmentId).ToListAsync()));
        Assert.NotNull(deletedAt);
        Assert.Equal([closed.Id], links);
        await Assert.ThrowsAsync<NotFoundException>(() => Service(s => s.DeleteAsync(tenant.Id, item.Id, Tester)));
    }
}

public sealed class EvidenceServiceTestsOnSqlite(SqliteApp app) : EvidenceServiceTests(app), IClassFixture<SqliteApp>;

public sealed class EvidenceServiceTestsOnPostgres(PostgresApp app) : EvidenceServiceTests(app), IClassFixture<PostgresApp>;

public sealed class EvidenceTagsTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("Complaints, survey ,complaints", new[] { "complaints", "survey" })]
    [InlineData("Customer   insight; Staff\nTraining", new[] { "customer insight", "staff", "training" })]
    public void ParseTags_TypedList_IsTrimmedLowerCasedAndDistinct(string typed, string[] expected)
    {
        Assert.Equal(expected, EvidenceService.ParseTags(typed));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Register;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.Register;

/// <summary>
/// The register reads across tenants: every test names its organisations with a token of its own and searches for
/// it, since the class's database is shared.
/// </summary>
public abstract class RegisterQueriesTests(AppFixture app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Token() => $"reg{Guid.NewGuid():N}"[..11];

    private Task<RegisterResults> SearchAsync(RegisterQuery query) => app.WithDbAsync(db => RegisterQueries.SearchAsync(db, query, Today));

    private Task<CertificateVerification?> VerifyAsync(string number) => app.WithDbAsync(db => RegisterQueries.VerifyAsync(db, number, Today));

    private Task<bool> Certificates(Func<CertificateService, Task> work) => app.WithServicesAsync(async sp =>
    {
        await work(sp.GetRequiredService<CertificateService>());
        return true;
    });

    private Task<bool> ChangeStatusAsync(TestHolder holder, CertificateStatus to, string reason) =>
        Certificates(s => s.ChangeStatusAsync(holder.Body.Id, holder.CertificateId, new ChangeCertificateStatusRequest { Status = to, Reason = reason }, TestData.ActorFor(holder.Body.Admin)));

    [DbFact]
    public async Task Search_SuspendedHolder_IsListedWithItsStatus()
    {
        var token = Token();
        var active = await app.Data.CreateHolderAsync($"Active council {token}");
        var suspended = await app.Data.CreateHolderAsync($"Suspended council {token}");
        await ChangeStatusAsync(suspended, CertificateStatus.Suspended, "The annual review is overdue.");

        var results = await SearchAsync(new RegisterQuery { Query = token });

        Assert.Equal(2, results.Total);
        Assert.Equal([active.Number, suspended.Number], results.Items.Select(i => i.Number));
        Assert.Equal([CertificateStatus.Active, CertificateStatus.Suspended], results.Items.Select(i => i.Status));
        var row = results.Items[1];
        Assert.Equal(suspended.Organisation.Name, row.OrganisationName);
        Assert.Equal(suspended.Body.Name, row.BodyName);
        Assert.Equal(suspended.Body.Id, row.CertificationBodyId);
        Assert.Equal("Whole organisation", row.Scope);
        Assert.Equal(Today, row.HeldSince);
    }

    [DbFact]
    public async Task Search_ConfidentialHolder_IsNotListedButVerifies()
    {
        var token = Token();
        var holder = await app.Data.CreateHolderAsync($"Quiet trust {token}");
        await Certificates(s => s.SetConfidentialAsync(holder.Body.Id, holder.CertificateId, new SetConfidentialRequest { Confidential = true }, TestData.ActorFor(holder.Body.Admin)));

        var results = await SearchAsync(new RegisterQuery { Query = token });
        var verified = await VerifyAsync(holder.Number);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Items);
        Assert.NotNull(verified);
        Assert.Equal(CertificateStatus.Active, verified.Status);
        Assert.Equal(holder.Organisation.Name, verified.OrganisationName);
        Assert.True(verified.IsValid);
    }

    [DbFact]
    public async Task Search_WithdrawnAndExpired_AreNotListedButVerifyWithTheirStatus()
    {
        var token = Token();
        var withdrawn = await app.Data.CreateHolderAsync($"Withdrawn college {token}");
        var expired = await app.Data.CreateHolderAsync($"Expired college {token}");
        await ChangeStatusAsync(withdrawn, CertificateStatus.Withdrawn, "The organisation misused the mark.");
        // Past its expiry date but not yet marked by the daily job: it reads as expired all the same.
        await app.WithDbAsync(async db =>
        {
            var c = await db.Set<Certificate>().SingleAsync(x => x.Id == expired.CertificateId);
            c.ExpiresOn = Today.AddDays(-1);
            return await db.SaveChangesAsync();
        });

        var results = await SearchAsync(new RegisterQuery { Query = token });
        var w = await VerifyAsync(withdrawn.Number);
        var e = await VerifyAsync(expired.Number);

        Assert.Equal(0, results.Total);
        Assert.Equal(CertificateStatus.Withdrawn, w!.Status);
        Assert.Equal("The organisation misused the mark.", w.StatusReason);
        Assert.Equal(Today, w.StatusChangedOn);
        Assert.False(w.IsValid);
        Assert.Equal(CertificateStatus.Expired, e!.Status);
        Assert.Equal(Today.AddDays(-1), e.StatusChangedOn);
        Assert.Contains("Reached its expiry date", e.StatusReason);
    }

    [DbFact]
    public async Task Verify_NumberWithSpacesInAnyCase_FindsTheCertificateWithItsFacts()
    {
        var holder = await app.Data.CreateHolderAsync();

        var found = await VerifyAsync($"  {holder.Number.ToLowerInvariant()} ");
        var unknown = await VerifyAsync("CSE-NOPE-2026-9999");
        var empty = await VerifyAsync("   ");

        Assert.NotNull(found);
        Assert.Equal(holder.Number, found.Number);
        Assert.Equal(holder.Body.Name, found.BodyName);
        Assert.Equal("Customer Service Excellence", found.StandardTitle);
        Assert.False(string.IsNullOrEmpty(found.VersionLabel));
        Assert.Equal(Today, found.IssuedOn);
        Assert.Equal(Today, found.OriginalIssuedOn);
        Assert.Equal(Today.AddYears(Certificate.ValidYears), found.ExpiresOn);
        Assert.Null(unknown);
        Assert.Null(empty);
    }

    [DbFact]
    public async Task Search_Filters_ByNameInAnyCaseSectorRegionAndBody()
    {
        var token = Token();
        var police = await app.Data.CreateHolderAsync($"North Police {token}", Sector.Police, Region.NorthEast);
        var council = await app.Data.CreateHolderAsync($"North Council {token}", Sector.LocalGovernment, Region.NorthEast, body: police.Body);
        var welsh = await app.Data.CreateHolderAsync($"Welsh Council {token}", Sector.LocalGovernment, Region.Wales);

        var byName = await SearchAsync(new RegisterQuery { Query = $"  NORTH police {token.ToUpperInvariant()} " });
        var bySector = await SearchAsync(new RegisterQuery { Query = token, Sector = Sector.LocalGovernment });
        var byRegion = await SearchAsync(new RegisterQuery { Query = token, Region = Region.NorthEast });
        var byBody = await SearchAsync(new RegisterQuery { Query = token, CertificationBodyId = police.Body.Id });
        var combined = await SearchAsync(new RegisterQuery { Query = token, Sector = Sector.LocalGovernment, Region = Region.Wales });

        Assert.Equal([police.Number], byName.Items.Select(i => i.Number));
        Assert.Equal([council.Number, welsh.Number], bySector.Items.Select(i => i.Number));
        Assert.Equal([council.Number, police.Number], byRegion.Items.Select(i => i.Number));
        Assert.Equal([council.Number, police.Number], byBody.Items.Select(i => i.Number));
        Assert.Equal([welsh.Number], combined.Items.Select(i => i.Number));
        Assert.Equal(Sector.Police, byName.Items[0].Sector);
        Assert.Equal(Region.NorthEast, byName.Items[0].Region);
    }

    [DbFact]
    public async Task Search_Paging_GivesTotalsAndBringsValuesIntoRange()
    {
        var token = Token();
        var body = await app.Data.CreateBodyWithUsersAsync();
        var holders = new List<TestHolder>();
        foreach (var name in new[] { "A", "B", "C" }) holders.Add(await app.Data.CreateHolderAsync($"{name} trust {token}", body: body));

        var first = await SearchAsync(new RegisterQuery { Query = token, PageSize = 2 });
        var second = await SearchAsync(new RegisterQuery { Query = token, PageSize = 2, Page = 2 });
        var beyond = await SearchAsync(new RegisterQuery { Query = token, PageSize = 2, Page = 9 });
        var negative = await SearchAsync(new RegisterQuery { Query = token, PageSize = 2, Page = -3 });
        var huge = await SearchAsync(new RegisterQuery { Query = token, PageSize = 5000, Page = int.MaxValue });
        var zero = await SearchAsync(new RegisterQuery { Query = token, PageSize = 0 });

        Assert.Equal((3, 2, 2), (first.Total, first.Items.Count, first.TotalPages));
        Assert.Equal([holders[0].Number, holders[1].Number], first.Items.Select(i => i.Number));
        Assert.Equal([holders[2].Number], second.Items.Select(i => i.Number));
        Assert.Equal((3, 0, 9), (beyond.Total, beyond.Items.Count, beyond.Page));
        Assert.Equal((1, 2), (negative.Page, negative.Items.Count));
        Assert.Equal((RegisterQueries.MaxPageSize, 0), (huge.PageSize, huge.Items.Count));
        Assert.Equal((RegisterQueries.DefaultPageSize, 3), (zero.PageSize, zero.Items.Count));
    }

    [DbFact]
    public async Task Search_CompliancePlus_CountsTheTopRatingAtTheCertifyingAssessment()
    {
        var token = Token();
        var plus = await app.Data.CreateHolderAsync($"Exemplary council {token}", compliancePlus: ["1.2.4", "3.1.1", "4.3.2"]);
        var plain = await app.Data.CreateHolderAsync($"Plain council {token}");

        var results = await SearchAsync(new RegisterQuery { Query = token });

        Assert.Equal([3, 0], results.Items.Select(i => i.CompliancePlus));
        Assert.Equal(plus.Number, results.Items[0].Number);
        Assert.Equal(plain.Number, results.Items[1].Number);
    }

    [DbFact]
    public async Task Search_HeldSince_ReachesBackThroughAPredecessorAward()
    {
        var token = Token();
        var holder = await app.Data.CreateHolderAsync($"Charter council {token}");
        await app.WithServicesAsync(sp => sp.GetRequiredService<CertificateService>().AddPredecessorAwardAsync(holder.Body.Id, holder.Organisation.Id,
            new AddPredecessorAwardRequest { Name = "Charter Mark", HeldFrom = new DateOnly(1997, 3, 1) }, TestData.ActorFor(holder.Body.Admin)));

        var results = await SearchAsync(new RegisterQuery { Query = token });

        Assert.Equal(new DateOnly(1997, 3, 1), Assert.Single(results.Items).HeldSince);
    }

    [DbFact]
    public async Task Search_AnyTenantScope_ReadsTheWholeRegisterInAFixedNumberOfQueries()
    {
        var token = Token();
        var one = await app.Data.CreateHolderAsync($"Lone holder {token}", compliancePlus: ["1.1.1"]);
        for (var i = 0; i < 3; i++) await app.Data.CreateHolderAsync($"Holder {i} {token}", compliancePlus: ["1.1.1"]);
        await using var scope = app.Services.CreateAsyncScope();
        // An anonymous request's scope sees no tenant: the register must not depend on it.
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        using var counter = new CommandCounter(db);
        var single = await RegisterQueries.SearchAsync(db, new RegisterQuery { Query = $"Lone holder {token}" }, Today);
        var forOne = counter.Count;
        var results = await RegisterQueries.SearchAsync(db, new RegisterQuery { Query = token }, Today);
        var forFour = counter.Count - forOne;

        Assert.Equal(one.Number, Assert.Single(single.Items).Number);
        Assert.Equal(4, results.Total);
        Assert.All(results.Items, i => Assert.Equal((1, Today), (i.CompliancePlus, i.HeldSince)));
        // The count, the page, and the two reads behind "held since", however many rows.
        Assert.Equal((4, 4), (forOne, forFour));
    }

    /// <summary>Counts the SQL commands one DbContext runs (tests run in parallel, so other contexts are left out).</summary>
    private sealed class CommandCounter : IObserver<System.Diagnostics.DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _db;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter(DbContext db)
        {
            _db = db;
            _subscriptions.Add(System.Diagnostics.DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(System.Diagnostics.DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(value.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted.Name
                && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData data && ReferenceEquals(data.Context, _db))
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions) foreach (var s in _subscriptions) s.Dispose();
        }
    }

    [DbFact]
    public async Task Export_Public_HoldsTheListedHoldersOnly()
    {
        var token = Token();
        var listed = await app.Data.CreateHolderAsync($"Listed council {token}");
        var confidential = await app.Data.CreateHolderAsync($"Confidential council {token}", body: listed.Body);
        var withdrawn = await app.Data.CreateHolderAsync($"Withdrawn council {token}", body: listed.Body);
        await Certificates(s => s.SetConfidentialAsync(listed.Body.Id, confidential.CertificateId, new SetConfidentialRequest { Confidential = true }, TestData.ActorFor(listed.Body.Admin)));
        await ChangeStatusAsync(withdrawn, CertificateStatus.Withdrawn, "Misuse of the mark.");

        var rows = await app.WithDbAsync(db => RegisterExport.PublicAsync(db, new RegisterQuery { Query = token }, Today));
        var body = await app.WithDbAsync(db => RegisterExport.ForBodyAsync(db, listed.Body.Id, includeConfidential: false, Today));
        var bodyAll = await app.WithDbAsync(db => RegisterExport.ForBodyAsync(db, listed.Body.Id, includeConfidential: true, Today));

        var row = Assert.Single(rows);
        Assert.Equal(listed.Number, row.CertificateNumber);
        Assert.Equal((CertificateStatus.Active, listed.Organisation.Name, "Testville", "United Kingdom", listed.Body.Name),
            (row.Status, row.EntityName, row.City, row.Country, row.CertificationBody));
        Assert.Equal((Today, Today, Today.AddYears(3)), (row.OriginalIssuedOn, row.IssuedOn, row.ExpiresOn));
        Assert.Equal([listed.Number, withdrawn.Number], body.Select(r => r.CertificateNumber));
        Assert.Equal(CertificateStatus.Withdrawn, body[1].Status);
        Assert.Equal([confidential.Number, listed.Number, withdrawn.Number], bodyAll.Select(r => r.CertificateNumber));
    }
}

public sealed class RegisterQueriesTestsOnSqlite(SqliteApp app) : RegisterQueriesTests(app), IClassFixture<SqliteApp>;

public sealed class RegisterQueriesTestsOnPostgres(PostgresApp app) : RegisterQueriesTests(app), IClassFixture<PostgresApp>;

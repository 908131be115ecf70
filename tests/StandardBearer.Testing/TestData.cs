using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.BestPractice;
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

    public static Actor ActorFor(TestUser user) => new(user.Id, $"Test {user.Role}");

    public static ApplyForAssessmentRequest Application(Guid bodyId, AssessmentType type = AssessmentType.Initial, int staff = 300) => new()
    {
        CertificationBodyId = bodyId, Type = type, ScopeKind = ScopeKind.WholeOrganisation, Sites = "Head office, Testville", StaffNumbers = staff,
        ContactName = "Casey Contact", ContactEmail = "contact@test.example", ContactPhone = "01632 960000", PreferredDates = "Any week in March",
    };

    /// <summary>
    /// An organisation (admin, member) with an open self-assessment, a body (admin, assessor) and an initial
    /// assessment taken as far as <paramref name="stage"/> through the real service, acting as the right people:
    /// the organisation admin applies, the body admin accepts, assigns the body's assessor as lead and decides.
    /// From <see cref="AssessmentStage.Rated"/> on every element is rated Compliance except <paramref name="partial"/>.
    /// </summary>
    public async Task<TestAssessment> CreateAssessmentAsync(AssessmentStage stage = AssessmentStage.Applied, IReadOnlyList<string>? partial = null)
    {
        var organisation = await CreateOrganisationWithUsersAsync();
        var body = await CreateBodyWithUsersAsync();
        await StartSelfAssessmentAsync(organisation.Id);
        var assessment = await AssessmentsAsync(s => s.ApplyAsync(organisation.Id, Application(body.Id), ActorFor(organisation.Admin)));
        var result = new TestAssessment(assessment.Id, organisation, body);
        await AdvanceAssessmentAsync(result, stage, partial);
        return result;
    }

    /// <summary>Takes an assessment from where it is to <paramref name="stage"/>, as <see cref="CreateAssessmentAsync"/> does.</summary>
    public async Task AdvanceAssessmentAsync(TestAssessment a, AssessmentStage stage, IReadOnlyList<string>? partial = null)
    {
        var status = await app.WithDbAsync(db => db.Set<Assessment>().Where(x => x.Id == a.Id).Select(x => x.Status).SingleAsync());
        if (stage >= AssessmentStage.Accepted && status == AssessmentStatus.Applied)
            await AssessmentsAsync(s => s.AcceptAsync(a.Body.Id, a.Id, ActorFor(a.Body.Admin)));
        if (stage >= AssessmentStage.Assigned && status is AssessmentStatus.Applied or AssessmentStatus.Accepted)
            await AssessmentsAsync(s => s.AssignAsync(a.Body.Id, a.Id, new AssignAssessorsRequest { LeadAssessorUserId = a.Lead.Id }, ActorFor(a.Body.Admin)));
        if (stage >= AssessmentStage.Rated && status is not (AssessmentStatus.Rated or AssessmentStatus.ReportReleased or AssessmentStatus.Decided))
        {
            var numbers = await app.WithDbAsync(db => db.Set<AssessmentElement>().Where(e => e.AssessmentId == a.Id && e.InScope && e.FinalRatingKey == null)
                .OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync());
            foreach (var number in numbers)
            {
                var request = partial?.Contains(number) == true
                    ? new RateElementRequest { RatingKey = "PartialCompliance", Comment = $"No evidence yet of acting on {number}." }
                    : new RateElementRequest { RatingKey = "Compliance" };
                await AssessmentsAsync(s => s.RateElementAsync(a.Body.Id, a.Id, number, request, ActorFor(a.Lead)));
            }
        }
        if (stage >= AssessmentStage.ReportReleased && status is not (AssessmentStatus.ReportReleased or AssessmentStatus.Decided))
        {
            await AssessmentsAsync(s => s.RecordSummaryAsync(a.Body.Id, a.Id, new RecordSummaryRequest
            {
                Strengths = "Strong customer insight.", AreasForImprovement = "Publish performance more widely.",
                Findings = new Dictionary<string, string?> { ["1"] = "Customers are known well." },
            }, ActorFor(a.Lead)));
            await AssessmentsAsync(s => s.ReleaseReportAsync(a.Body.Id, a.Id, ActorFor(a.Lead)));
        }
        if (stage >= AssessmentStage.Decided && status != AssessmentStatus.Decided)
            await AssessmentsAsync(s => s.DecideAsync(a.Body.Id, a.Id, new RecordDecisionRequest(), ActorFor(a.Body.Admin)));
    }

    /// <summary>
    /// A further organisation (admin, member) with an open self-assessment applies to an existing body, so one body
    /// can have several assessments; taken as far as <paramref name="stage"/> as <see cref="CreateAssessmentAsync"/> does.
    /// </summary>
    public async Task<TestAssessment> CreateAssessmentAtAsync(TestTenant body, AssessmentStage stage = AssessmentStage.Applied, IReadOnlyList<string>? partial = null)
    {
        var organisation = await CreateOrganisationWithUsersAsync();
        await StartSelfAssessmentAsync(organisation.Id);
        var assessment = await AssessmentsAsync(s => s.ApplyAsync(organisation.Id, Application(body.Id), ActorFor(organisation.Admin)));
        var result = new TestAssessment(assessment.Id, organisation, body);
        await AdvanceAssessmentAsync(result, stage, partial);
        return result;
    }

    /// <summary>The body's admin declares that <paramref name="assessorUserId"/> must not assess <paramref name="organisationId"/>.</summary>
    public Task<AssessorConflict> DeclareConflictAsync(TestTenant body, Guid assessorUserId, Guid organisationId) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<CertificationBodyService>().DeclareConflictAsync(body.Id,
            new DeclareConflictRequest { AssessorUserId = assessorUserId, OrganisationId = organisationId, Reason = "Advised them on their customer strategy last year." },
            ActorFor(body.Admin)));


    /// An annual review of a decided assessment's organisation, by the same body and lead, covering only
    /// <paramref name="inScope"/>: every other element carries forward its decided rating. Taken as far as
    /// <paramref name="stage"/> like <see cref="CreateAssessmentAsync"/>.
    /// </summary>
    public async Task<TestAssessment> CreateAnnualReviewAsync(TestAssessment decided, IReadOnlyList<string> inScope, AssessmentStage stage = AssessmentStage.Assigned)
    {
        var review = await AssessmentsAsync(s => s.ApplyAsync(decided.Organisation.Id,
            Application(decided.Body.Id, AssessmentType.AnnualReview) with { InScopeElements = inScope }, ActorFor(decided.Organisation.Admin)));
        var result = new TestAssessment(review.Id, decided.Organisation, decided.Body);
        await AdvanceAssessmentAsync(result, stage);
        return result;
    }

    private Task<T> AssessmentsAsync<T>(Func<AssessmentService, Task<T>> work) =>
        app.WithServicesAsync(sp => work(sp.GetRequiredService<AssessmentService>()));

    private Task<bool> AssessmentsAsync(Func<AssessmentService, Task> work) =>
        app.WithServicesAsync(async sp =>
        {
            await work(sp.GetRequiredService<AssessmentService>());
            return true;
        });

    /// <summary>
    /// As <see cref="CreateAssessmentAsync"/>, with an evidence item (one small PDF) linked to <paramref name="element"/>
    /// before the organisation applies, so the assessment's snapshot holds it.
    /// </summary>
    public async Task<TestAssessment> CreateAssessmentWithEvidenceAsync(AssessmentStage stage = AssessmentStage.Assigned, string element = "1.1.1", string title = "Customer insight report", byte[]? content = null)
    {
        var organisation = await CreateOrganisationWithUsersAsync();
        var body = await CreateBodyWithUsersAsync();
        await StartSelfAssessmentAsync(organisation.Id);
        await CreateEvidenceAsync(organisation.Id, title, linkToElement: element, content: content);
        var assessment = await AssessmentsAsync(s => s.ApplyAsync(organisation.Id, Application(body.Id), ActorFor(organisation.Admin)));
        var result = new TestAssessment(assessment.Id, organisation, body);
        await AdvanceAssessmentAsync(result, stage);
        return result;
    }

    /// <summary>A session of the visit planned by the lead assessor (the assessment must be assigned).</summary>
    public Task<VisitSession> PlanSessionAsync(TestAssessment a, PlanSessionRequest? request = null) =>
        AssessmentsAsync(s => s.PlanSessionAsync(a.Body.Id, a.Id, request ?? new PlanSessionRequest
        {
            Date = new DateOnly(2030, 3, 4), StartsAt = new TimeOnly(9, 30), EndsAt = new TimeOnly(10, 30), Site = "Visitor centre, room 2",
            Kind = SessionKind.CustomerInterview, Participants = "Three parents of pupils", ElementNumbers = ["1.1.1", "1.2.1"],
        }, ActorFor(a.Lead)));

    /// <summary>A note the lead assessor records in a session.</summary>
    public Task<SessionNote> RecordSessionNoteAsync(TestAssessment a, Guid sessionId, string element = "1.1.1", string text = "Customers described the panel well.") =>
        AssessmentsAsync(s => s.RecordSessionNoteAsync(a.Body.Id, a.Id, sessionId, new RecordSessionNoteRequest { ElementNumber = element, Text = text }, ActorFor(a.Lead)));

    /// <summary>
    /// A certified organisation: an initial assessment taken to its decision, which issues the certificate and its
    /// review plan (with <paramref name="partial"/> planned again at the first annual review); and that certificate.
    /// </summary>
    public async Task<(TestAssessment Assessment, Guid CertificateId, string Number)> CreateCertificateAsync(IReadOnlyList<string>? partial = null)
    {
        var a = await CreateAssessmentAsync(AssessmentStage.Decided, partial);
        var certificate = await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.AssessmentId == a.Id).Select(c => new { c.Id, c.Number }).SingleAsync());
        return (a, certificate.Id, certificate.Number);
    }

    /// <summary>The body's admin changes a certificate's status through the real service.</summary>
    public Task<bool> ChangeCertificateStatusAsync(TestAssessment a, Guid certificateId, CertificateStatus status, string reason = "The annual review is overdue.") =>
        app.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<CertificateService>().ChangeStatusAsync(a.Body.Id, certificateId,
                new ChangeCertificateStatusRequest { Status = status, Reason = reason }, ActorFor(a.Body.Admin));
            return true;
        });

    /// <summary>
    /// A holder for the register: an organisation with the given name, sector and region, certified by
    /// <paramref name="body"/> (a new body when null) after an initial assessment in which the elements in
    /// <paramref name="compliancePlus"/> were rated Compliance Plus and every other element Compliance.
    /// </summary>
    public async Task<TestHolder> CreateHolderAsync(
        string? name = null, Sector sector = Sector.LocalGovernment, Region region = Region.London, IReadOnlyList<string>? compliancePlus = null, TestTenant? body = null)
    {
        var created = await CreateOrganisationAsync(name, sector, region);
        var organisation = new TestTenant(created.Id, created.Name,
            await CreateUserAsync(Role.OrganisationAdmin, created.Id), await CreateUserAsync(Role.OrganisationMember, created.Id));
        body ??= await CreateBodyWithUsersAsync();
        await StartSelfAssessmentAsync(organisation.Id);
        var applied = await AssessmentsAsync(s => s.ApplyAsync(organisation.Id, Application(body.Id), ActorFor(organisation.Admin)));
        var assessment = new TestAssessment(applied.Id, organisation, body);
        await AdvanceAssessmentAsync(assessment, AssessmentStage.Assigned);
        foreach (var number in compliancePlus ?? [])
            await AssessmentsAsync(s => s.RateElementAsync(body.Id, assessment.Id, number,
                new RateElementRequest { RatingKey = "CompliancePlus", Comment = $"Exemplary practice on {number}." }, ActorFor(assessment.Lead)));
        await AdvanceAssessmentAsync(assessment, AssessmentStage.Decided);
        var certificate = await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.AssessmentId == assessment.Id)
            .Select(c => new { c.Id, c.Number }).SingleAsync());
        return new TestHolder(assessment, certificate.Id, certificate.Number);
    }

    /// <summary>
    /// A body with <paramref name="holders"/> holders whose results (one full assessment each, on
    /// <paramref name="assessedOn"/>, default 100 days ago) are written as historical results, so benchmarks have
    /// something to rank without going through hundreds of service calls. Holder i has i elements at Compliance
    /// Plus; every third holder (the first among them) has one Partial Compliance. The first holder has users and
    /// ranks last.
    /// </summary>
    public async Task<TestBenchmark> CreateBenchmarkAsync(int holders = 6, DateOnly? assessedOn = null, Sector sector = Sector.LocalGovernment,
        Region region = Region.London, bool published = false)
    {
        var body = await CreateBodyWithUsersAsync();
        var organisations = new List<TestTenant>();
        for (var i = 0; i < holders; i++)
        {
            var created = await CreateOrganisationAsync(null, sector, region);
            organisations.Add(i == 0
                ? new TestTenant(created.Id, created.Name, await CreateUserAsync(Role.OrganisationAdmin, created.Id), await CreateUserAsync(Role.OrganisationMember, created.Id))
                : new TestTenant(created.Id, created.Name, null!, null!));
        }
        await app.WithDbAsync(async db =>
        {
            var version = await db.StandardVersions.Where(v => v.Standard!.Code == "CSE" && v.Status == StandardBearer.Core.Standards.VersionStatus.Published)
                .OrderByDescending(v => v.PublishedAt).Select(v => v.Id).FirstAsync();
            var elements = await db.Elements.Where(e => e.StandardVersionId == version).OrderBy(e => e.Order).Select(e => e.Number).ToListAsync();
            var on = assessedOn ?? DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime).AddDays(-100);
            var import = new ResultsImport
            {
                Id = Guid.NewGuid(), CertificationBodyId = body.Id, StandardVersionId = version, FileName = "test.csv", Sha256 = new string('0', 64),
                ImportedAt = db.Time.GetUtcNow(), ImportedBy = "test", Rows = holders * elements.Count, ResultsCreated = holders,
            };
            db.ResultsImports.Add(import);
            for (var i = 0; i < organisations.Count; i++)
            {
                var o = organisations[i];
                if (published) await db.Organisations.Where(x => x.Id == o.Id).ExecuteUpdateAsync(x => x.SetProperty(p => p.PublishBenchmark, true));
                var result = new HistoricalResult
                {
                    Id = Guid.NewGuid(), OrganisationId = o.Id, CertificationBodyId = body.Id, StandardVersionId = version, AssessedOn = on,
                    Type = AssessmentType.Initial, ResultsImportId = import.Id,
                };
                result.Ratings.AddRange(elements.Select((e, n) => new HistoricalRating
                {
                    Id = Guid.NewGuid(), OrganisationId = o.Id, CertificationBodyId = body.Id, ElementNumber = e,
                    RatingKey = n < i ? "CompliancePlus" : i % 3 == 0 && n == elements.Count - 1 ? "PartialCompliance" : "Compliance",
                }));
                db.HistoricalResults.Add(result);
            }
            await db.SaveChangesAsync();
            return 0;
        });
        return new TestBenchmark(body, organisations);
    }

    /// <summary>
    /// One more full assessment of <paramref name="organisationId"/> by <paramref name="bodyId"/> on
    /// <paramref name="assessedOn"/>, written as a historical result as <see cref="CreateBenchmarkAsync"/> writes them:
    /// the first <paramref name="compliancePlus"/> elements at Compliance Plus, every other element Compliance. For
    /// trends over several years.
    /// </summary>
    public Task AddHistoricalResultAsync(Guid organisationId, Guid bodyId, DateOnly assessedOn, int compliancePlus = 0) =>
        app.WithDbAsync(async db =>
        {
            var version = await db.StandardVersions.Where(v => v.Standard!.Code == "CSE" && v.Status == StandardBearer.Core.Standards.VersionStatus.Published)
                .OrderByDescending(v => v.PublishedAt).Select(v => v.Id).FirstAsync();
            var elements = await db.Elements.Where(e => e.StandardVersionId == version).OrderBy(e => e.Order).Select(e => e.Number).ToListAsync();
            var import = new ResultsImport
            {
                Id = Guid.NewGuid(), CertificationBodyId = bodyId, StandardVersionId = version, FileName = "test.csv", Sha256 = new string('0', 64),
                ImportedAt = db.Time.GetUtcNow(), ImportedBy = "test", Rows = elements.Count, ResultsCreated = 1,
            };
            db.ResultsImports.Add(import);
            var result = new HistoricalResult
            {
                Id = Guid.NewGuid(), OrganisationId = organisationId, CertificationBodyId = bodyId, StandardVersionId = version, AssessedOn = assessedOn,
                Type = AssessmentType.Initial, ResultsImportId = import.Id,
            };
            result.Ratings.AddRange(elements.Select((e, n) => new HistoricalRating
            {
                Id = Guid.NewGuid(), OrganisationId = organisationId, CertificationBodyId = bodyId, ElementNumber = e,
                RatingKey = n < compliancePlus ? "CompliancePlus" : "Compliance",
            }));
            db.HistoricalResults.Add(result);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Gives <paramref name="to"/> the same benchmark ratings as <paramref name="from"/>, so the two tie in a league table.</summary>
    public Task<int> CopyBenchmarkRatingsAsync(TestTenant from, TestTenant to) => app.WithDbAsync(async db =>
    {
        var ratings = await db.HistoricalRatings.Where(r => r.OrganisationId == from.Id).ToDictionaryAsync(r => r.ElementNumber, r => r.RatingKey);
        foreach (var rating in await db.HistoricalRatings.Where(r => r.OrganisationId == to.Id).ToListAsync())
            rating.RatingKey = ratings[rating.ElementNumber];
        return await db.SaveChangesAsync();
    });

    /// <summary>A complete description of a best-practice case, as an organisation would write it.</summary>
    public static DescribeCaseRequest CaseDescription(string title = "Residents' panel reviews every complaint") => new()
    {
        Title = title, Description = "A panel of residents reviews a sample of closed complaints every quarter and chooses what to change.",
        Results = "Repeat complaints halved in a year.", ContactName = "Casey Contact", ContactEmail = "contact@test.example",
    };

    /// <summary>
    /// A holder (decided assessment, report released) whose <paramref name="element"/> was rated Compliance Plus, so it
    /// has one draft best-practice case, taken to <paramref name="status"/> through the real service: the organisation's
    /// admin describes it, then declines or consents; a new standard owner publishes, asks for changes or rejects.
    /// </summary>
    public async Task<TestBestPracticeCase> CreateBestPracticeCaseAsync(CaseStatus status = CaseStatus.Draft, string element = "1.1.1", TestTenant? body = null)
    {
        var holder = await CreateHolderAsync(compliancePlus: [element], body: body);
        var a = holder.Assessment;
        var id = await app.WithDbAsync(db => db.BestPracticeCases.Where(c => c.AssessmentId == a.Id).Select(c => c.Id).SingleAsync());
        var result = new TestBestPracticeCase(id, a, await CreateStandardOwnerAsync());
        if (status == CaseStatus.Draft) return result;
        var admin = ActorFor(a.Organisation.Admin);
        var owner = ActorFor(result.Owner);
        await BestPracticeAsync(s => s.DescribeAsync(a.Organisation.Id, id, CaseDescription(), admin));
        if (status == CaseStatus.Declined)
        {
            await BestPracticeAsync(s => s.DeclineAsync(a.Organisation.Id, id, new DeclineCaseRequest { Reason = "Not this year." }, admin));
            return result;
        }
        await BestPracticeAsync(s => s.ConsentAsync(a.Organisation.Id, id, admin));
        if (status == CaseStatus.Published) await BestPracticeAsync(s => s.PublishAsync(id, owner));
        else if (status == CaseStatus.ChangesRequested) await BestPracticeAsync(s => s.RequestChangesAsync(id, new RequestCaseChangesRequest { Note = "Add the results." }, owner));
        else if (status == CaseStatus.Rejected) await BestPracticeAsync(s => s.RejectAsync(id, new RejectCaseRequest { Reason = "Not exemplary enough." }, owner));
        return result;
    }

    /// <summary>
    /// A published best-practice case on <paramref name="element"/>: a holder rated Compliance Plus on it, whose draft
    /// is described and published (<see cref="BestPracticeTestData.PublishCaseAsync"/>).
    /// </summary>
    public async Task<(TestHolder Holder, Guid CaseId)> CreatePublishedCaseAsync(string element = "1.2.1", string title = "Residents' panels that shape every service")
    {
        var holder = await CreateHolderAsync(compliancePlus: [element]);
        return (holder, await app.PublishCaseAsync(holder.Assessment.Id, element, title, "What we do, and what changed."));
    }

    private Task<BestPracticeCase> BestPracticeAsync(Func<BestPracticeService, Task<BestPracticeCase>> work) =>
        app.WithServicesAsync(sp => work(sp.GetRequiredService<BestPracticeService>()));
}

/// <summary>A best-practice case made by <see cref="TestData.CreateBestPracticeCaseAsync"/>, with the holder's assessment and a standard owner.</summary>
public sealed record TestBestPracticeCase(Guid Id, TestAssessment Assessment, TestUser Owner)
{
    public TestTenant Organisation => Assessment.Organisation;
    public string OrganisationPath => $"/organisations/{Organisation.Id}/best-practice/{Id}";
    public string ModerationPath => $"/best-practice/moderation/{Id}";
}

/// <summary>A body and its holders made by <see cref="TestData.CreateBenchmarkAsync"/>. Only the first holder has users.</summary>
public sealed record TestBenchmark(TestTenant Body, IReadOnlyList<TestTenant> Holders)
{
    public TestTenant Holder => Holders[0];
}

/// <summary>How far <see cref="TestData.CreateAssessmentAsync"/> takes an assessment.</summary>
public enum AssessmentStage
{
    Applied,
    Accepted,
    Assigned,
    Rated,
    ReportReleased,
    Decided,
}

/// <summary>An assessment with its organisation and body. The body's assessor (<see cref="Lead"/>) leads once assigned; its admin decides.</summary>
public sealed record TestAssessment(Guid Id, TestTenant Organisation, TestTenant Body)
{
    public TestUser Lead => Body.Member;
}

/// <summary>An organisation holding a certificate, with the assessment that certified it.</summary>
public sealed record TestHolder(TestAssessment Assessment, Guid CertificateId, string Number)
{
    public TestTenant Organisation => Assessment.Organisation;
    public TestTenant Body => Assessment.Body;
}

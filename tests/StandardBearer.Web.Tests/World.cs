using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Reports;
using StandardBearer.Core.Skills;
using StandardBearer.Testing;

namespace StandardBearer.Web.Tests;

/// <summary>
/// Two organisations, two certification bodies and a standard owner, made once per test class: enough to tell
/// "allowed", "wrong role" (403) and "other tenant" (404) apart on every page.
/// </summary>
public sealed class World
{
    public required TestTenant OrgA { get; init; }
    public required TestTenant OrgB { get; init; }
    public required TestTenant BodyX { get; init; }
    public required TestTenant BodyY { get; init; }
    public required TestUser Owner { get; init; }

    /// <summary>An evidence item of OrgA's, linked to element 1.1.1 of its open self-assessment, and its one file.</summary>
    public required Guid OrgAEvidenceId { get; init; }
    public required Guid OrgAFileId { get; init; }

    /// <summary>
    /// OrgA's assessment by BodyX, led by BodyX's assessor, with the report released (so both sides' pages exist):
    /// one evidence request, one visit session, and the snapshot's copy of OrgA's evidence file.
    /// </summary>
    public required Guid AssessmentId { get; init; }
    public required Guid RequestId { get; init; }
    public required Guid SessionId { get; init; }

    /// <summary>OrgA's certificate from BodyX, issued after an earlier initial assessment; the assessment above is its reassessment.</summary>
    public required Guid CertificateId { get; init; }
    public required string CertificateNumber { get; init; }

    /// <summary>
    /// The best-practice case the assessment's Compliance Plus on 1.1.1 opened, described and consented to by OrgA
    /// (so it waits for the owner's moderation); one learning activity and one unpublished learning example of OrgA's;
    /// and feedback on 1.1.1 sent by OrgA's admin.
    /// </summary>
    public required Guid CaseId { get; init; }
    public required Guid ActivityId { get; init; }
    public required Guid ExampleId { get; init; }
    public required Guid FeedbackId { get; init; }

    /// <summary>Organisation A's staff time and cost this year, and its board report for this year.</summary>
    public required Guid StaffTimeId { get; init; }
    public required Guid CostItemId { get; init; }
    public static int ThisYear => DateTime.UtcNow.Year;

    public static async Task<World> CreateAsync(AppFixture app)
    {
        var orgA = await app.Data.CreateOrganisationWithUsersAsync();
        await app.Data.StartSelfAssessmentAsync(orgA.Id);
        var evidence = await app.Data.CreateEvidenceAsync(orgA.Id, linkToElement: "1.1.1");
        var bodyX = await app.Data.CreateBodyWithUsersAsync();
        var certificate = await CertificateAsync(app, orgA, bodyX);
        var assessment = await AssessmentAsync(app, orgA, bodyX);
        var skills = await SkillsAsync(app, orgA);
        var costs = await CostsAndReportAsync(app, orgA);
        return new World
        {
            OrgA = orgA,
            OrgB = await app.Data.CreateOrganisationWithUsersAsync(),
            BodyX = bodyX,
            AssessmentId = assessment.Id,
            RequestId = assessment.RequestId,
            SessionId = assessment.SessionId,
            CertificateId = certificate.Id,
            CertificateNumber = certificate.Number,
            CaseId = assessment.CaseId,
            ActivityId = skills.ActivityId,
            ExampleId = skills.ExampleId,
            FeedbackId = skills.FeedbackId,
            StaffTimeId = costs.StaffTimeId,
            CostItemId = costs.CostItemId,
            BodyY = await app.Data.CreateBodyWithUsersAsync(),
            Owner = await app.Data.CreateStandardOwnerAsync(),
            OrgAEvidenceId = evidence.Id,
            OrgAFileId = await app.WithDbAsync(db => db.Set<EvidenceFile>().Where(f => f.OrganisationId == orgA.Id).Select(f => f.Id).SingleAsync()),
        };
    }

    private static async Task<(Guid Id, string Number)> CertificateAsync(AppFixture app, TestTenant orgA, TestTenant bodyX)
    {
        var applied = await app.WithServicesAsync(sp => sp.GetRequiredService<AssessmentService>().ApplyAsync(orgA.Id, TestData.Application(bodyX.Id), TestData.ActorFor(orgA.Admin)));
        await app.Data.AdvanceAssessmentAsync(new TestAssessment(applied.Id, orgA, bodyX), AssessmentStage.Decided);
        var certificate = await app.WithDbAsync(db => db.Set<Certificate>().Where(c => c.OrganisationId == orgA.Id).Select(c => new { c.Id, c.Number }).SingleAsync());
        return (certificate.Id, certificate.Number);
    }

    private static async Task<(Guid Id, Guid RequestId, Guid SessionId, Guid CaseId)> AssessmentAsync(AppFixture app, TestTenant orgA, TestTenant bodyX)
    {
        Task<T> Assessments<T>(Func<AssessmentService, Task<T>> work) => app.WithServicesAsync(sp => work(sp.GetRequiredService<AssessmentService>()));
        var applied = await Assessments(s => s.ApplyAsync(orgA.Id, TestData.Application(bodyX.Id, AssessmentType.Reassessment), TestData.ActorFor(orgA.Admin)));
        var assessment = new TestAssessment(applied.Id, orgA, bodyX);
        await app.Data.AdvanceAssessmentAsync(assessment, AssessmentStage.Assigned);
        var lead = TestData.ActorFor(assessment.Lead);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var request = await Assessments(s => s.RaiseEvidenceRequestAsync(bodyX.Id, applied.Id,
            new RaiseEvidenceRequest { ElementNumber = "1.1.1", Text = "Please provide the latest customer profile.", DueOn = today.AddDays(14) }, lead));
        var session = await Assessments(s => s.PlanSessionAsync(bodyX.Id, applied.Id, new PlanSessionRequest
        {
            Date = today.AddDays(30), StartsAt = new TimeOnly(9, 30), EndsAt = new TimeOnly(10, 30), Site = "Head office",
            Kind = SessionKind.CustomerInterview, Participants = "Four customers", ElementNumbers = ["1.1.1"],
        }, lead));
        await Assessments(s => s.RateElementAsync(bodyX.Id, applied.Id, "1.1.1",
            new RateElementRequest { RatingKey = "CompliancePlus", Comment = "Customer insight drives every service." }, lead));
        await app.Data.AdvanceAssessmentAsync(assessment, AssessmentStage.ReportReleased);
        var caseId = await app.WithDbAsync(db => db.BestPracticeCases.Where(c => c.AssessmentId == applied.Id).Select(c => c.Id).SingleAsync());
        var admin = TestData.ActorFor(orgA.Admin);
        await app.WithServicesAsync(async sp =>
        {
            var cases = sp.GetRequiredService<BestPracticeService>();
            await cases.DescribeAsync(orgA.Id, caseId, TestData.CaseDescription(), admin);
            return await cases.ConsentAsync(orgA.Id, caseId, admin);
        });
        return (applied.Id, request.Id, session.Id, caseId);
    }

    private static async Task<(Guid StaffTimeId, Guid CostItemId)> CostsAndReportAsync(AppFixture app, TestTenant orgA)
    {
        var admin = TestData.ActorFor(orgA.Admin);
        var time = await app.WithServicesAsync(sp => sp.GetRequiredService<CostService>().AddStaffTimeAsync(orgA.Id, ThisYear, new SaveStaffTimeRequest
        {
            Who = "Customer services lead", Role = "CSE lead", Activity = "Preparing the evidence", Quantity = 3m, Unit = TimeUnit.Days,
        }, admin));
        var item = await app.WithServicesAsync(sp => sp.GetRequiredService<CostService>().AddCostItemAsync(orgA.Id, ThisYear, new SaveCostItemRequest
        {
            Kind = CostKind.AssessmentFee, Description = "Annual review fee", Amount = 1200m,
        }, admin));
        await app.WithServicesAsync(sp => sp.GetRequiredService<BoardReportService>().GenerateAsync(orgA.Id, ThisYear, admin));
        return (time.Id, item.Id);
    }

    private static async Task<(Guid ActivityId, Guid ExampleId, Guid FeedbackId)> SkillsAsync(AppFixture app, TestTenant orgA)
    {
        var admin = TestData.ActorFor(orgA.Admin);
        var activity = await app.WithServicesAsync(sp => sp.GetRequiredService<LearningLogService>().AddAsync(orgA.Id, new SaveLearningActivityRequest
        {
            Kind = LearningKind.Workshop, Title = "Complaints workshop", Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7),
            People = "Contact centre team", Hours = 3m, ElementNumbers = ["1.1.1"],
        }, admin));
        var example = await app.WithServicesAsync(sp => sp.GetRequiredService<LearningExampleService>().CreateAsync(orgA.Id, new SaveLearningExampleRequest
        {
            Title = "Online residents' panel", LearnedFrom = "A neighbouring holder", WhatWeLearned = "Panels work better online.",
            WhatChanged = "We moved our panel online.", ElementNumbers = ["1.1.1"],
        }, TestData.ActorFor(orgA.Member)));
        var feedback = await app.WithServicesAsync(sp => sp.GetRequiredService<StandardFeedbackService>().SendAsync("1.1.1",
            new SendFeedbackRequest { Kind = FeedbackKind.UnclearWording, Text = "What counts as a customer group here?" }, admin));
        return (activity.Id, example.Id, feedback.Id);
    }

    /// <summary>The people whose view of the pages is tested. Route tenants are always OrgA and BodyX.</summary>
    public IReadOnlyDictionary<string, TestUser?> Personas => new Dictionary<string, TestUser?>
    {
        ["anonymous"] = null,
        ["orgA-admin"] = OrgA.Admin,
        ["orgA-member"] = OrgA.Member,
        ["orgB-admin"] = OrgB.Admin,
        ["bodyX-admin"] = BodyX.Admin,
        ["bodyX-assessor"] = BodyX.Member,
        ["bodyY-admin"] = BodyY.Admin,
        ["owner"] = Owner,
    };

    public string Expand(string url) => url.Replace("{org}", OrgA.Id.ToString()).Replace("{body}", BodyX.Id.ToString())
        .Replace("{item}", OrgAEvidenceId.ToString()).Replace("{file}", OrgAFileId.ToString())
        .Replace("{assessment}", AssessmentId.ToString()).Replace("{request}", RequestId.ToString()).Replace("{session}", SessionId.ToString())
        .Replace("{certificate}", CertificateId.ToString()).Replace("{number}", CertificateNumber).Replace("{client}", OrgA.Id.ToString())
        .Replace("{case}", CaseId.ToString()).Replace("{activity}", ActivityId.ToString()).Replace("{example}", ExampleId.ToString())
        .Replace("{feedback}", FeedbackId.ToString()).Replace("{staff-time}", StaffTimeId.ToString()).Replace("{cost}", CostItemId.ToString())
        .Replace("{year}", ThisYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Lazily makes the world once for all the tests of a class.</summary>
public sealed class WorldCache(AppFixture app)
{
    private readonly Lazy<Task<World>> _world = new(() => World.CreateAsync(app));

    public Task<World> GetAsync() => _world.Value;
}

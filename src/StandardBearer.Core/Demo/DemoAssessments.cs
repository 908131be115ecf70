using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;

namespace StandardBearer.Core.Demo;

/// <summary>
/// Two external assessments for the demo, driven through the real services by the people who would do each step:
/// Riverside Borough Council's, assessed by Tom Clarke for the Centre for Assessment and decided by Priya Shah,
/// runs to a certificate with a full report; the University of Westbridge's, with Fiona Reid of Northern Quality
/// Certification, is in desktop review with evidence requests waiting for an answer.
/// </summary>
public sealed class DemoAssessments(AppDbContext db, CertificationBodyService bodies, SelfAssessmentService selfAssessments, TimeProvider time)
{
    public const string CompletedOrganisation = "Riverside Borough Council";
    public const string InReviewOrganisation = "University of Westbridge";
    public const string SuspendedOrganisation = "Harbourside Housing Association";
    public const string ConfidentialOrganisation = "Eastmere Fire and Rescue Service";

    // Demo notifications go to the local outbox whatever the mail mode, so seeding never emails the reserved .example addresses.
    private static OutboxEmailSender Outbox(AppDbContext db) => new(db);
    private readonly CertificateService _certificates = new(db, Outbox(db));
    private readonly AssessmentService _assessments = new(db, Outbox(db), new CertificateService(db, Outbox(db)));

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await SeedCompletedAsync(ct);
        await SeedInReviewAsync(ct);
        await SeedHoldersAsync(ct);
    }

    /// <summary>
    /// Holders in the states the register must show: Riverside's "held since" reaches back to its Charter Mark; a
    /// housing association's certificate is suspended for an overdue review; a fire service's is confidential.
    /// </summary>
    private async Task SeedHoldersAsync(CancellationToken ct)
    {
        var centre = await BodyAsync("Centre for Assessment", ct);
        var nqc = await BodyAsync("Northern Quality Certification", ct);
        var priya = await PersonAsync("admin@centre-for-assessment.example", ct);
        var gareth = await PersonAsync("admin@nqc.example", ct);
        await _certificates.AddPredecessorAwardAsync(centre, await OrganisationAsync(CompletedOrganisation, ct),
            new AddPredecessorAwardRequest { Name = "Charter Mark", HeldFrom = new DateOnly(1997, 5, 1) }, priya, ct);

        var harbourside = await CertifyAsync(SuspendedOrganisation, nqc, "admin@harbourside.example", gareth, "assessor2@nqc.example", 420, ct, Harbourside);
        await _certificates.ChangeStatusAsync(nqc, harbourside, new ChangeCertificateStatusRequest
        {
            Status = CertificateStatus.Suspended,
            Reason = "The association asked to postpone its annual review twice; suspended until the review takes place.",
        }, gareth, ct);

        var eastmere = await CertifyAsync(ConfidentialOrganisation, centre, "admin@eastmere.example", priya, "assessor1@centre-for-assessment.example", 1200, ct, Eastmere);
        await _certificates.SetConfidentialAsync(centre, eastmere, new SetConfidentialRequest { Confidential = true }, priya, ct);
    }

    /// <summary>
    /// A quick initial assessment, every element Compliance except the <paramref name="compliancePlus"/> ones (element, the
    /// assessor's reason), decided by the body's admin. Returns the certificate.
    /// </summary>
    private async Task<Guid> CertifyAsync(string organisationName, Guid body, string adminEmail, Actor bodyAdmin, string assessorEmail, int staff, CancellationToken ct,
        IReadOnlyDictionary<string, string>? compliancePlus = null)
    {
        var organisation = await OrganisationAsync(organisationName, ct);
        var admin = await PersonAsync(adminEmail, ct);
        var assessor = await PersonAsync(assessorEmail, ct);
        await selfAssessments.StartAsync(organisation, null, admin, ct);
        var contact = await db.Users.Where(u => u.Id == admin.UserId).Select(u => u.Email!).SingleAsync(ct);
        var id = (await _assessments.ApplyAsync(organisation, new ApplyForAssessmentRequest
        {
            CertificationBodyId = body, Type = AssessmentType.Initial, ScopeKind = ScopeKind.WholeOrganisation, Sites = "Headquarters",
            StaffNumbers = staff, ContactName = admin.Name, ContactEmail = contact,
        }, admin, ct)).Id;
        await _assessments.AcceptAsync(body, id, bodyAdmin, ct);
        await _assessments.AssignAsync(body, id, new AssignAssessorsRequest { LeadAssessorUserId = assessor.UserId }, bodyAdmin, ct);
        var numbers = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == id).OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync(ct);
        foreach (var number in numbers)
        {
            var rating = compliancePlus?.GetValueOrDefault(number) is { } why
                ? new RateElementRequest { RatingKey = "CompliancePlus", Comment = why }
                : new RateElementRequest { RatingKey = "Compliance" };
            await _assessments.RateElementAsync(body, id, number, rating, assessor, ct);
        }
        await _assessments.RecordSummaryAsync(body, id, new RecordSummaryRequest
        {
            Strengths = "A clear focus on customers across the organisation.", AreasForImprovement = "Publish performance against standards more widely.",
        }, assessor, ct);
        await _assessments.ReleaseReportAsync(body, id, assessor, ct);
        var decision = await _assessments.DecideAsync(body, id, new RecordDecisionRequest(), bodyAdmin, ct);
        return decision.Certificate!.Id;
    }

    private async Task SeedCompletedAsync(CancellationToken ct)
    {
        var organisation = await OrganisationAsync(CompletedOrganisation, ct);
        var body = await BodyAsync("Centre for Assessment", ct);
        var claire = await PersonAsync("admin@riverside.example", ct);
        var priya = await PersonAsync("admin@centre-for-assessment.example", ct);
        var tom = await PersonAsync("assessor1@centre-for-assessment.example", ct);
        var aisha = await PersonAsync("assessor2@centre-for-assessment.example", ct);

        await bodies.DeclareConflictAsync(body, new DeclareConflictRequest
        {
            AssessorUserId = aisha.UserId, OrganisationId = organisation, Reason = "Advised the council on its complaints review in 2025.",
        }, priya, ct);
        var assessment = await _assessments.ApplyAsync(organisation, new ApplyForAssessmentRequest
        {
            CertificationBodyId = body, Type = AssessmentType.Initial, ScopeKind = ScopeKind.WholeOrganisation,
            Sites = "Town Hall, Market Square; Riverside Customer Service Centre; Northfield Library", StaffNumbers = 1450,
            ContactName = "Claire Evans", ContactEmail = "admin@riverside.example", ContactPhone = "01632 960123",
            PreferredDates = "Any week in the second half of the month, avoiding the council meeting on the 20th",
        }, claire, ct);
        var id = assessment.Id;
        await _assessments.AcceptAsync(body, id, priya, ct);
        await _assessments.AssignAsync(body, id, new AssignAssessorsRequest { LeadAssessorUserId = tom.UserId }, priya, ct);
        var visit = Today.AddDays(-28);
        await _assessments.AgreeDatesAsync(body, id, new AgreeDatesRequest { DocumentReviewOn = Today.AddDays(-42), VisitStartsOn = visit, VisitEndsOn = visit.AddDays(1) }, priya, ct);

        await _assessments.RecordReviewAsync(body, id, "1.1.3", new RecordReviewRequest
        {
            ProvisionalRatingKey = "PartialCompliance", Reviewed = true,
            Note = "Groups heard from least are named, but the outreach plan is in draft. Ask for the plan and any results.",
        }, tom, ct);
        await _assessments.RecordReviewAsync(body, id, "3.4.3", new RecordReviewRequest
        {
            ProvisionalRatingKey = "CompliancePlus", Reviewed = true, Note = "Strong community grants story: test with groups on site.",
        }, tom, ct);
        var request = await _assessments.RaiseEvidenceRequestAsync(body, id, new RaiseEvidenceRequest
        {
            ElementNumber = "1.1.3", Text = "Please provide the approved outreach plan and what changed for the groups you hear from least.", DueOn = Today.AddDays(7),
        }, tom, ct);
        var profile = await db.Set<EvidenceItem>().Where(i => i.OrganisationId == organisation && i.Title.StartsWith("Customer profile")).Select(i => i.Id).FirstAsync(ct);
        await _assessments.AnswerEvidenceRequestAsync(organisation, id, request.Id, new AnswerEvidenceRequest
        {
            Comment = "The outreach plan was approved by the leadership team last month. The refreshed customer profile shows the groups it targets.",
            EvidenceItemIds = [profile],
        }, claire, ct);

        var sessions = new List<VisitSession>();
        foreach (var plan in VisitPlan(visit))
            sessions.Add(await _assessments.PlanSessionAsync(body, id, plan, tom, ct));
        await _assessments.RecordSessionNoteAsync(body, id, sessions[0].Id, new RecordSessionNoteRequest
        {
            ElementNumber = "4.3.4", Text = "All five residents had had a problem put right on the spot; two described it unprompted.",
        }, tom, ct);
        await _assessments.RecordSessionNoteAsync(body, id, sessions[1].Id, new RecordSessionNoteRequest
        {
            ElementNumber = "2.2.3", Text = "Customer service objectives are in appraisals in housing and revenues, not yet in planning or waste.",
        }, tom, ct);
        await _assessments.RecordSessionNoteAsync(body, id, sessions[2].Id, new RecordSessionNoteRequest
        {
            ElementNumber = "3.4.3", Text = "Met the chairs of three community groups kept going by the small grants scheme.",
        }, tom, ct);

        var numbers = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == id).OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync(ct);
        foreach (var number in numbers)
            await _assessments.RateElementAsync(body, id, number, FinalRating(number), tom, ct);

        await _assessments.RecordSummaryAsync(body, id, new RecordSummaryRequest
        {
            Strengths = """
                The council knows its residents well and uses what they say: every consultation ends with a published "you said, we did", and this year opening hours, the booking form and signage changed as a result.

                Front-line staff can put things right on the spot, and residents we met described this unprompted. The small grants scheme has kept three community services running.
                """,
            AreasForImprovement = """
                Make customer service objectives part of every team's appraisals, not only the front-line services.

                Test web content with residents as you already do with leaflets, starting with the most used pages.
                """,
            Findings = new Dictionary<string, string?>
            {
                ["1"] = "A current customer profile and a clear engagement strategy. The outreach plan for groups heard from least is approved and starting to show results.",
                ["2"] = "Leaders champion customer focus and act on insight. Appraisal objectives are not yet consistent across services.",
                ["3"] = "Clear information in print; web content has not been tested with customers. Excellent work with community partners.",
                ["4"] = "Challenging published standards, well monitored. The complaints process is easy to use and staff are empowered to resolve issues.",
                ["5"] = "Timeliness standards are met and monitored monthly; comparison with similar councils has begun.",
            },
        }, tom, ct);
        await _assessments.ReleaseReportAsync(body, id, tom, ct);
        await _assessments.AddFactualAccuracyCommentAsync(organisation, id, new AddFactualAccuracyCommentRequest
        {
            ElementNumber = "2.2.3", Text = "Planning added customer service objectives to its appraisals in January; the waste team has not yet.",
        }, claire, ct);
        await _assessments.DecideAsync(body, id, new RecordDecisionRequest { Note = "Report and factual-accuracy comment reviewed. The comment does not change the rating of 2.2.3." }, priya, ct);
    }

    private async Task SeedInReviewAsync(CancellationToken ct)
    {
        var organisation = await OrganisationAsync(InReviewOrganisation, ct);
        var body = await BodyAsync("Northern Quality Certification", ct);
        var joanna = await PersonAsync("admin@westbridge.example", ct);
        var gareth = await PersonAsync("admin@nqc.example", ct);
        var fiona = await PersonAsync("assessor1@nqc.example", ct);
        var daniel = await PersonAsync("assessor2@nqc.example", ct);

        await bodies.ReplaceSizingAsync(body, new ReplaceSizingRequest
        {
            Bands =
            [
                new() { UpToStaff = 300, DeskDays = 1, OnSiteDays = 1 },
                new() { UpToStaff = 1500, DeskDays = 1.5m, OnSiteDays = 2 },
                new() { DeskDays = 2.5m, OnSiteDays = 3 },
            ],
        }, gareth, ct);
        var assessment = await _assessments.ApplyAsync(organisation, new ApplyForAssessmentRequest
        {
            CertificationBodyId = body, Type = AssessmentType.Initial, ScopeKind = ScopeKind.NamedServices, ScopeDescription = "Student Services and the Library",
            Sites = "Westbridge Campus: the Student Hub and the Main Library", StaffNumbers = 620,
            ContactName = "Joanna Webb", ContactEmail = "admin@westbridge.example", ContactPhone = "01632 960456", PreferredDates = "Outside exam weeks",
        }, joanna, ct);
        var id = assessment.Id;
        await _assessments.AcceptAsync(body, id, gareth, ct);
        await _assessments.AssignAsync(body, id, new AssignAssessorsRequest { LeadAssessorUserId = fiona.UserId, TeamUserIds = [daniel.UserId!.Value] }, gareth, ct);
        var visit = Today.AddDays(21);
        await _assessments.AgreeDatesAsync(body, id, new AgreeDatesRequest { DocumentReviewOn = Today.AddDays(-3), VisitStartsOn = visit, VisitEndsOn = visit.AddDays(1) }, gareth, ct);

        foreach (var (number, rating, note) in new[]
        {
            ("1.1.1", "Compliance", "Student profile by faculty, year and mode of study. Current."),
            ("1.1.2", "Compliance", "Insight sheets for each main student group, reviewed each term."),
            ("1.1.3", "PartialCompliance", "Commuter and part-time students named as under-heard; no plan yet to reach them."),
            ("1.2.1", "Compliance", "Engagement strategy approved by Senate."),
            ("1.2.2", (string?)null, "Need the 'you said, we did' examples for this academic year."),
            ("2.2.1", "Compliance", "Training record complete for Student Hub staff."),
        })
        {
            await _assessments.RecordReviewAsync(body, id, number, new RecordReviewRequest { ProvisionalRatingKey = rating, Note = note, Reviewed = rating is not null }, fiona, ct);
        }
        await _assessments.RaiseEvidenceRequestAsync(body, id, new RaiseEvidenceRequest
        {
            ElementNumber = "1.2.2", Text = "Please provide examples from this academic year of changes made after consulting students, and how you told them.", DueOn = Today.AddDays(10),
        }, fiona, ct);
        await _assessments.RaiseEvidenceRequestAsync(body, id, new RaiseEvidenceRequest
        {
            ElementNumber = "1.1.3", Text = "Please provide any plan or actions to hear from commuter and part-time students.", DueOn = Today.AddDays(14),
        }, fiona, ct);
        var answered = await _assessments.RaiseEvidenceRequestAsync(body, id, new RaiseEvidenceRequest
        {
            ElementNumber = "2.2.1", Text = "Please provide the induction programme for library staff.", DueOn = Today.AddDays(7),
        }, daniel, ct);
        var training = await db.Set<EvidenceItem>().Where(i => i.OrganisationId == organisation && i.Title.StartsWith("Staff induction")).Select(i => i.Id).FirstAsync(ct);
        await _assessments.AnswerEvidenceRequestAsync(organisation, id, answered.Id, new AnswerEvidenceRequest
        {
            Comment = "Library staff follow the same induction as the Student Hub; the record attached covers both teams.", EvidenceItemIds = [training],
        }, joanna, ct);

        foreach (var plan in VisitPlan(visit).Take(3))
            await _assessments.PlanSessionAsync(body, id, plan with { Site = plan.Site.Replace("Customer Service Centre", "Student Hub", StringComparison.Ordinal) }, fiona, ct);
    }

    private static IEnumerable<PlanSessionRequest> VisitPlan(DateOnly first) =>
    [
        new()
        {
            Date = first, StartsAt = new TimeOnly(9, 30), EndsAt = new TimeOnly(10, 30), Site = "Customer Service Centre, meeting room 2", Kind = SessionKind.CustomerInterview,
            Participants = "Five customers who contacted us in the last three months (names not recorded)", ElementNumbers = ["1.3.1", "4.3.2", "4.3.4", "5.1.1"],
        },
        new()
        {
            Date = first, StartsAt = new TimeOnly(11, 0), EndsAt = new TimeOnly(12, 0), Site = "Customer Service Centre, meeting room 2", Kind = SessionKind.StaffInterview,
            Participants = "Six front-line staff from different teams", ElementNumbers = ["2.2.1", "2.2.2", "2.2.3", "4.3.3"],
        },
        new()
        {
            Date = first, StartsAt = new TimeOnly(14, 0), EndsAt = new TimeOnly(15, 0), Site = "Customer Service Centre, community room", Kind = SessionKind.PartnerInterview,
            Participants = "Three partner and community organisations", ElementNumbers = ["3.4.1", "3.4.2", "3.4.3"],
        },
        new()
        {
            Date = first.AddDays(1), StartsAt = new TimeOnly(9, 30), EndsAt = new TimeOnly(10, 30), Site = "Main reception", Kind = SessionKind.Observation,
            Participants = "Reception staff and visitors", ElementNumbers = ["3.3.3", "3.3.4"],
        },
        new()
        {
            Date = first.AddDays(1), StartsAt = new TimeOnly(15, 0), EndsAt = new TimeOnly(16, 0), Site = "Town Hall, committee room", Kind = SessionKind.FeedbackMeeting,
            Participants = "Chief executive, customer service lead and the contact", ElementNumbers = [],
        },
    ];

    /// <summary>The fire service's Compliance Plus ratings, with the assessor's reasons: the best-practice cases start from these.</summary>
    private static readonly Dictionary<string, string> Eastmere = new(StringComparer.Ordinal)
    {
        ["1.1.3"] = "Safe and Well visits reach people the service never used to see, through GP surgeries, food banks and carers' groups; referrals from partners tripled.",
        ["3.4.1"] = "One referral form shared with the ambulance service and both district councils: a vulnerable resident tells their story once.",
        ["2.2.4"] = "Every watch holds a ten-minute insight huddle after incidents and visits, and station managers act on what they hear.",
        ["3.3.3"] = "Eight fire stations open their community rooms to local groups, with step-free access and a hearing loop in each.",
    };

    private static readonly Dictionary<string, string> Harbourside = new(StringComparer.Ordinal)
    {
        ["4.3.5"] = "A panel of tenants reviews a sample of complaints every quarter with staff and chooses what to change; the changes are published.",
        ["1.2.4"] = "Door-knocking and pop-up sessions on the estates bring in tenants who never answer surveys, including those who speak little English.",
        ["5.2.2"] = "Every repair reported by phone or online gets a call back within the hour from the person who will arrange it.",
    };

    private static RateElementRequest FinalRating(string number) => number switch
    {
        "1.2.2" => new() { RatingKey = "CompliancePlus", Comment = "Every consultation ends with a published 'you said, we did'; residents we met could name changes that came from it." },
        "4.1.3" => new() { RatingKey = "CompliancePlus", Comment = "A monthly scorecard in every library and on the website shows each service against its standards, in plain English." },
        "5.2.3" => new() { RatingKey = "CompliancePlus", Comment = "Four in five calls are resolved at first contact because the adviser who answers owns the enquiry to the end." },
        "3.4.3" => new() { RatingKey = "CompliancePlus", Comment = "Small grants, volunteer time and free rooms have kept three community services running; the groups told us so themselves." },
        "4.3.4" => new() { RatingKey = "CompliancePlus", Comment = "Staff put things right on the spot without referral; formal complaints fell by a third and two partners have adopted the scheme." },
        "2.2.3" => new() { RatingKey = "PartialCompliance", Comment = "Customer service objectives are not yet in every team's appraisals (planning and waste have none)." },
        "3.2.2" => new() { RatingKey = "PartialCompliance", Comment = "Leaflets are tested with customers, web content is not." },
        "1.1.3" => new() { RatingKey = "Compliance", Comment = "The approved outreach plan, provided on request, closes the gap the self-assessment described." },
        _ => new() { RatingKey = "Compliance" },
    };

    private Task<Guid> OrganisationAsync(string name, CancellationToken ct) => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(ct);

    private Task<Guid> BodyAsync(string name, CancellationToken ct) => db.CertificationBodies.Where(b => b.Name == name).Select(b => b.Id).SingleAsync(ct);

    private async Task<Actor> PersonAsync(string email, CancellationToken ct)
    {
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        return new Actor(user.Id, user.DisplayName);
    }
}

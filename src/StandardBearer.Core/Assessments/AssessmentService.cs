using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Assessments;

/// <summary>
/// Every change to an external assessment, one method per write, each audited in the same save. This file holds the
/// application and the body's handling of it; the desktop review, the visit and the report and decision are in the
/// other parts of this class. Who may do what is checked here through <see cref="AssessmentAccess"/>, not only in
/// the pages: assignment refuses conflicted or inactive assessors, only the assigned team reviews and rates, and
/// the decision needs someone at the body who did not assess (docs/decisions/0005).
/// </summary>
public sealed partial class AssessmentService(AppDbContext db, IEmailSender email, CertificateService certificates)
{
    /// <summary>
    /// An organisation admin applies to a body. Freezes a snapshot of the open self-assessment: every element's
    /// self-rating, narrative and owner, and each linked evidence item at its current revision. For an annual review
    /// only the named elements are in scope; the others carry forward the last certified assessment's final ratings.
    /// </summary>
    public async Task<Assessment> ApplyAsync(Guid organisationId, ApplyForAssessmentRequest request, Actor actor, CancellationToken ct = default)
    {
        await RequireOrganisationAdminAsync(organisationId, actor, ct);
        var errors = Validation.ErrorsOf(request);
        string? bodyName = null;
        if (request.CertificationBodyId is { } bodyId)
        {
            bodyName = await db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleOrDefaultAsync(ct);
            if (bodyName is null) errors[nameof(ApplyForAssessmentRequest.CertificationBodyId)] = ["Select a certification body"];
        }
        if (request.Type is { } type && !Enum.IsDefined(type)) errors[nameof(ApplyForAssessmentRequest.Type)] = ["Select the type of assessment"];
        if (request.ScopeKind is { } kind && !Enum.IsDefined(kind)) errors[nameof(ApplyForAssessmentRequest.ScopeKind)] = ["Select what the assessment covers"];
        if (request.ScopeKind == ScopeKind.NamedServices && string.IsNullOrWhiteSpace(request.ScopeDescription))
            errors[nameof(ApplyForAssessmentRequest.ScopeDescription)] = ["Enter the services or departments the assessment covers"];

        var record = await db.Set<SelfAssessmentRecord>().Include(s => s.Elements)
            .SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open, ct)
            ?? throw new ConflictException("Start your self-assessment before applying: it is what the assessor reviews.");
        if (await db.Set<Assessment>().AnyAsync(a => a.OrganisationId == organisationId && a.Status != AssessmentStatus.Declined && a.Status != AssessmentStatus.Decided, ct))
            throw new ConflictException("Your organisation already has an assessment in progress.");

        var numbers = record.Elements.Select(e => e.ElementNumber).ToHashSet(StringComparer.Ordinal);
        var inScope = numbers;
        var carried = new Dictionary<string, string>(StringComparer.Ordinal);
        Guid? carriedFrom = null;
        if (request.Type == AssessmentType.AnnualReview)
        {
            var previous = await LastCertifiedAsync(organisationId, ct);
            var chosen = request.InScopeElements.Select(n => n.Trim()).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
            if (previous is null)
                errors[nameof(ApplyForAssessmentRequest.Type)] = ["Select initial assessment or reassessment: there is no earlier certified assessment to review"];
            else if (chosen.Count == 0)
                errors[nameof(ApplyForAssessmentRequest.InScopeElements)] = ["Select the elements this annual review covers"];
            else if (!chosen.IsSubsetOf(numbers))
                errors[nameof(ApplyForAssessmentRequest.InScopeElements)] = ["Select elements of the standard"];
            else
            {
                var earlier = await EarlierRatingsAsync(previous.Value, record.StandardVersionId, ct);
                var missing = numbers.Except(chosen).Where(n => !earlier.ContainsKey(n)).Order(ElementNumberComparer.Instance).ToList();
                if (missing.Count > 0)
                    errors[nameof(ApplyForAssessmentRequest.InScopeElements)] = [$"Include {string.Join(", ", missing)} in the scope: there is no earlier rating to carry forward"];
                inScope = chosen;
                carried = numbers.Except(chosen).Where(earlier.ContainsKey).ToDictionary(n => n, n => earlier[n], StringComparer.Ordinal);
                carriedFrom = previous;
            }
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = db.Time.GetUtcNow();
        var assessment = new Assessment
        {
            Id = db.NewId(), OrganisationId = organisationId, CertificationBodyId = request.CertificationBodyId!.Value,
            StandardVersionId = record.StandardVersionId, SelfAssessmentId = record.Id, Type = request.Type!.Value, Status = AssessmentStatus.Applied,
            ScopeKind = request.ScopeKind!.Value, ScopeDescription = Validation.CleanText(request.ScopeDescription), Sites = Validation.CleanText(request.Sites)!,
            StaffNumbers = request.StaffNumbers!.Value, ContactName = request.ContactName.Trim(), ContactEmail = request.ContactEmail.Trim(),
            ContactPhone = Validation.CleanText(request.ContactPhone), PreferredDates = Validation.CleanText(request.PreferredDates), AppliedAt = now, AppliedByUserId = actor.UserId,
            CarriedForwardFromAssessmentId = carriedFrom,
        };
        var evidence = await FreezeSnapshotAsync(assessment, record, inScope, carried, ct);
        db.Add(assessment);
        db.Record(actor, "AssessmentApplied", Subject(assessment.Id), organisationId, assessment.CertificationBodyId, after: new
        {
            Body = bodyName, Type = assessment.Type.ToString(), Scope = assessment.ScopeText, assessment.StaffNumbers,
            InScope = inScope.Count, CarriedForward = carried.Count, Evidence = evidence,
        });
        await db.SaveChangesAsync(ct);

        var organisation = await OrganisationNameAsync(organisationId, ct);
        await NotifyAsync(await EmailsOfBodyAdminsAsync(assessment.CertificationBodyId, ct), $"New application for assessment from {organisation}",
            $"""
            {organisation} has applied to {bodyName} for an {AssessmentNames.Display(assessment.Type).ToLowerInvariant()} against the Customer Service Excellence standard.

            Scope: {assessment.ScopeText}
            Staff: {assessment.StaffNumbers:N0}
            Contact: {assessment.ContactName}, {assessment.ContactEmail}

            Sign in to StandardBearer to accept or decline the application.
            """, ct);
        return assessment;
    }

    public async Task AcceptAsync(Guid bodyId, Guid assessmentId, Actor actor, CancellationToken ct = default)
    {
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireBodyAdmin(access, "accept an application");
        RequireStatus(assessment, "accept the application", AssessmentStatus.Applied);
        assessment.Status = AssessmentStatus.Accepted;
        assessment.RespondedAt = db.Time.GetUtcNow();
        assessment.RespondedByUserId = actor.UserId;
        db.Record(actor, "AssessmentAccepted", Subject(assessment.Id), assessment.OrganisationId, bodyId);
        await db.SaveChangesAsync(ct);
        await NotifyOrganisationAsync(assessment, "Your application for assessment has been accepted",
            $"{await BodyNameAsync(bodyId, ct)} has accepted your application. They will assign an assessor and agree dates with {assessment.ContactName}.", ct);
    }

    public async Task DeclineAsync(Guid bodyId, Guid assessmentId, DeclineAssessmentRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireBodyAdmin(access, "decline an application");
        RequireStatus(assessment, "decline the application", AssessmentStatus.Applied);
        assessment.Status = AssessmentStatus.Declined;
        assessment.DeclineReason = Validation.CleanText(request.Reason);
        assessment.RespondedAt = db.Time.GetUtcNow();
        assessment.RespondedByUserId = actor.UserId;
        db.Record(actor, "AssessmentDeclined", Subject(assessment.Id), assessment.OrganisationId, bodyId, after: new { Reason = assessment.DeclineReason });
        await db.SaveChangesAsync(ct);
        await NotifyOrganisationAsync(assessment, "Your application for assessment has been declined",
            $"{await BodyNameAsync(bodyId, ct)} has declined your application.\n\nTheir reason: {assessment.DeclineReason}", ct);
    }

    /// <summary>
    /// Assigns the lead assessor and any team members, replacing an earlier assignment, and suggests the days from
    /// the body's sizing table. Refuses anyone who is not an active assessor of this body or who has declared a
    /// conflict of interest with the organisation.
    /// </summary>
    public async Task AssignAsync(Guid bodyId, Guid assessmentId, AssignAssessorsRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireBodyAdmin(access, "assign assessors");
        RequireStatus(assessment, "assign assessors", AssessmentStatus.Accepted, AssessmentStatus.DesktopReview, AssessmentStatus.OnSite);

        var lead = request.LeadAssessorUserId!.Value;
        var team = request.TeamUserIds.Where(id => id != lead).Distinct().ToList();
        var everyone = team.Append(lead).ToList();
        // These checks refuse, so they must not fail open: read with the body named explicitly, whatever the caller's scope.
        var assessors = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.CertificationBodyId == bodyId && m.Role == Role.Assessor && everyone.Contains(m.UserId))
            .Select(m => new { m.UserId, m.DeactivatedAt, m.User!.DisplayName }).ToListAsync(ct);
        var conflicted = await db.Set<AssessorConflict>().IgnoreQueryFilters()
            .Where(c => c.CertificationBodyId == bodyId && c.OrganisationId == assessment.OrganisationId && c.WithdrawnAt == null && everyone.Contains(c.AssessorUserId))
            .Select(c => c.AssessorUserId).ToListAsync(ct);
        var bodyName = await BodyNameAsync(bodyId, ct);
        var organisation = await OrganisationNameAsync(assessment.OrganisationId, ct);
        string? Problem(Guid userId)
        {
            var assessor = assessors.FirstOrDefault(a => a.UserId == userId);
            if (assessor is null) return $"Select an assessor from {bodyName}";
            if (assessor.DeactivatedAt is not null) return $"{assessor.DisplayName} has been deactivated: select an active assessor";
            if (conflicted.Contains(userId)) return $"{assessor.DisplayName} has declared a conflict of interest with {organisation}: select another assessor";
            return null;
        }
        var errors = new Dictionary<string, string[]>();
        if (Problem(lead) is { } leadProblem) errors[nameof(AssignAssessorsRequest.LeadAssessorUserId)] = [leadProblem];
        var teamProblems = team.Select(Problem).OfType<string>().ToArray();
        if (teamProblems.Length > 0) errors[nameof(AssignAssessorsRequest.TeamUserIds)] = teamProblems;
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var now = db.Time.GetUtcNow();
        var current = await db.Set<AssessmentTeamMember>().Where(t => t.AssessmentId == assessmentId).ToListAsync(ct);
        var before = new { Lead = assessment.LeadAssessorUserId, Team = current.Select(t => t.UserId).ToList() };
        db.RemoveRange(current.Where(t => !team.Contains(t.UserId)));
        foreach (var userId in team.Where(id => current.All(t => t.UserId != id)))
        {
            db.Add(new AssessmentTeamMember
            {
                Id = db.NewId(), AssessmentId = assessmentId, OrganisationId = assessment.OrganisationId, CertificationBodyId = bodyId, UserId = userId, AssignedAt = now,
            });
        }
        var days = Sizing.Suggest(await CertificationBodyService.SizingTableAsync(db, bodyId, ct), assessment.StaffNumbers);
        assessment.LeadAssessorUserId = lead;
        assessment.AssignedAt = now;
        assessment.SuggestedDeskDays = days.DeskDays;
        assessment.SuggestedOnSiteDays = days.OnSiteDays;
        if (assessment.Status == AssessmentStatus.Accepted) assessment.Status = AssessmentStatus.DesktopReview;
        db.Record(actor, "AssessorsAssigned", Subject(assessment.Id), assessment.OrganisationId, bodyId, before: before, after: new
        {
            Lead = assessors.Single(a => a.UserId == lead).DisplayName, Team = team.Select(id => assessors.Single(a => a.UserId == id).DisplayName),
            days.DeskDays, days.OnSiteDays,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The body (an admin or the lead assessor) records the dates agreed with the organisation.</summary>
    public async Task AgreeDatesAsync(Guid bodyId, Guid assessmentId, AgreeDatesRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        if (!access.IsBodyAdmin && !access.IsLeadAssessor)
            throw new ForbiddenException("Only an admin of the certification body or the lead assessor can agree the dates.");
        RequireStatus(assessment, "agree dates", AssessmentStatus.Accepted, AssessmentStatus.DesktopReview, AssessmentStatus.OnSite, AssessmentStatus.Rated);
        var errors = new Dictionary<string, string[]>();
        if (request.VisitEndsOn < request.VisitStartsOn)
            errors[nameof(AgreeDatesRequest.VisitEndsOn)] = ["The last day of the visit must be the same as or after the first day"];
        if (request.DocumentReviewOn > request.VisitStartsOn)
            errors[nameof(AgreeDatesRequest.DocumentReviewOn)] = ["The document review must be on or before the first day of the visit"];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var before = Dates(assessment);
        assessment.DocumentReviewOn = request.DocumentReviewOn;
        assessment.VisitStartsOn = request.VisitStartsOn;
        assessment.VisitEndsOn = request.VisitEndsOn;
        db.Record(actor, "AssessmentDatesAgreed", Subject(assessment.Id), assessment.OrganisationId, bodyId, before: before, after: Dates(assessment));
        await db.SaveChangesAsync(ct);

        static object Dates(Assessment a) => new
        {
            DocumentReview = a.DocumentReviewOn?.ToString("yyyy-MM-dd"), VisitStarts = a.VisitStartsOn?.ToString("yyyy-MM-dd"), VisitEnds = a.VisitEndsOn?.ToString("yyyy-MM-dd"),
        };
    }

    private async Task<int> FreezeSnapshotAsync(Assessment assessment, SelfAssessmentRecord record, HashSet<string> inScope, Dictionary<string, string> carried, CancellationToken ct)
    {
        var owners = record.Elements.Where(e => e.OwnerUserId is not null).Select(e => e.OwnerUserId!.Value).Distinct().ToList();
        var ownerNames = await db.Users.Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var elementIds = new Dictionary<Guid, Guid>();
        foreach (var source in record.Elements.OrderBy(e => e.Order))
        {
            var element = new AssessmentElement
            {
                Id = db.NewId(), AssessmentId = assessment.Id, OrganisationId = assessment.OrganisationId, CertificationBodyId = assessment.CertificationBodyId,
                ElementNumber = source.ElementNumber, Order = source.Order, SelfRatingKey = source.RatingKey, Narrative = source.Narrative,
                OwnerName = source.OwnerUserId is { } owner ? ownerNames.GetValueOrDefault(owner) : null,
                InScope = inScope.Contains(source.ElementNumber),
            };
            if (carried.TryGetValue(source.ElementNumber, out var rating))
            {
                element.FinalRatingKey = rating;
                element.CarriedForward = true;
            }
            assessment.Elements.Add(element);
            elementIds[source.Id] = element.Id;
        }

        // Deleted items are unlinked from the open self-assessment when deleted, so every link here is to a live item.
        var links = await db.Set<EvidenceLink>()
            .Where(l => l.OrganisationId == assessment.OrganisationId && db.Set<ElementSelfAssessment>().Any(e => e.Id == l.ElementSelfAssessmentId && e.SelfAssessmentId == record.Id))
            .Join(db.Set<EvidenceItem>().Where(i => i.DeletedAt == null), l => l.EvidenceItemId, i => i.Id,
                (l, i) => new { l.ElementSelfAssessmentId, Item = i.Id, i.Title, i.Description, i.Kind, i.CurrentRevision })
            .Join(db.Set<EvidenceRevision>(), x => new { x.Item, Number = x.CurrentRevision }, r => new { Item = r.EvidenceItemId, r.Number },
                (x, r) => new { x.ElementSelfAssessmentId, x.Item, x.Title, x.Description, x.Kind, Revision = r.Id, r.Number, r.Url })
            .ToListAsync(ct);
        foreach (var link in links)
        {
            db.Add(new AssessmentEvidence
            {
                Id = db.NewId(), AssessmentId = assessment.Id, OrganisationId = assessment.OrganisationId, CertificationBodyId = assessment.CertificationBodyId,
                AssessmentElementId = elementIds[link.ElementSelfAssessmentId], EvidenceItemId = link.Item, EvidenceRevisionId = link.Revision,
                RevisionNumber = link.Number, Title = link.Title, Description = link.Description, Kind = link.Kind, Url = link.Url,
            });
        }
        return links.Count;
    }

    private Task<Guid?> LastCertifiedAsync(Guid organisationId, CancellationToken ct) =>
        db.Set<Assessment>()
            .Where(a => a.OrganisationId == organisationId && a.Status == AssessmentStatus.Decided
                && (a.Outcome == OutcomeKind.Certify || a.Outcome == OutcomeKind.CertifyWithActionPlan))
            .OrderByDescending(a => a.DecidedAt).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);

    /// <summary>The final ratings of an earlier assessment, by element number of <paramref name="versionId"/> (through its crosswalk if the version changed).</summary>
    private async Task<Dictionary<string, string>> EarlierRatingsAsync(Guid assessmentId, Guid versionId, CancellationToken ct)
    {
        var earlier = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == assessmentId && e.FinalRatingKey != null)
            .Select(e => new { e.ElementNumber, e.FinalRatingKey }).ToListAsync(ct);
        var crosswalk = await db.Set<CrosswalkEntry>().Where(c => c.StandardVersionId == versionId).ToDictionaryAsync(c => c.OldNumber, c => c.NewNumber, ct);
        var keys = await db.StandardVersions.Where(v => v.Id == versionId).SelectMany(v => v.Ratings).Select(r => r.Key).ToListAsync(ct);
        return earlier.Where(e => keys.Contains(e.FinalRatingKey!))
            .GroupBy(e => crosswalk.GetValueOrDefault(e.ElementNumber, e.ElementNumber), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().FinalRatingKey!, StringComparer.Ordinal);
    }

    // ---- shared by every part of the service ----

    private async Task<(Assessment Assessment, AssessmentAccess Access)> ForBodyAsync(Guid bodyId, Guid assessmentId, Actor actor, CancellationToken ct)
    {
        var assessment = await db.Set<Assessment>().SingleOrDefaultAsync(a => a.Id == assessmentId && a.CertificationBodyId == bodyId, ct)
            ?? throw new NotFoundException("Assessment not found");
        var access = await AssessmentAccess.ForAsync(db, assessmentId, actor.UserId, ct);
        if (!access.CanSee) throw new NotFoundException("Assessment not found");
        return (assessment, access);
    }

    private async Task<Assessment> ForOrganisationAsync(Guid organisationId, Guid assessmentId, Actor actor, CancellationToken ct)
    {
        var assessment = await db.Set<Assessment>().SingleOrDefaultAsync(a => a.Id == assessmentId && a.OrganisationId == organisationId, ct)
            ?? throw new NotFoundException("Assessment not found");
        var access = await AssessmentAccess.ForAsync(db, assessmentId, actor.UserId, ct);
        if (!access.IsOrganisationMember) throw new NotFoundException("Assessment not found");
        return assessment;
    }

    private async Task RequireOrganisationAdminAsync(Guid organisationId, Actor actor, CancellationToken ct)
    {
        if (actor.UserId is not { } user || !await db.Memberships.IgnoreQueryFilters()
                .AnyAsync(m => m.UserId == user && m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin, ct))
            throw new ForbiddenException("Only an admin of the organisation can apply for an assessment.");
    }

    private static void RequireBodyAdmin(AssessmentAccess access, string doing)
    {
        if (!access.IsBodyAdmin) throw new ForbiddenException($"Only an admin of the certification body can {doing}.");
    }

    private static void RequireAssessor(AssessmentAccess access, string doing)
    {
        if (!access.IsAssessor) throw new ForbiddenException($"Only the assessors assigned to this assessment can {doing}.");
    }

    private static void RequireLead(AssessmentAccess access, string doing)
    {
        if (!access.IsLeadAssessor) throw new ForbiddenException($"Only the lead assessor can {doing}.");
    }

    private static void RequireStatus(Assessment assessment, string doing, params AssessmentStatus[] allowed)
    {
        if (!allowed.Contains(assessment.Status))
            throw new ConflictException($"You cannot {doing} while the assessment is at the stage '{AssessmentNames.Display(assessment.Status)}'.");
    }

    /// <summary>An element of the assessment that this assessment rates: refused for an annual review's carried-forward elements.</summary>
    private async Task<AssessmentElement> InScopeElementAsync(Assessment assessment, string number, CancellationToken ct)
    {
        var element = await db.Set<AssessmentElement>().SingleOrDefaultAsync(e => e.AssessmentId == assessment.Id && e.ElementNumber == number, ct)
            ?? throw new NotFoundException("Element not found");
        if (!element.InScope)
            throw new ConflictException($"Element {number} is not in the scope of this annual review: its rating carries forward.");
        return element;
    }

    private async Task<RatingScale> ScaleAsync(Assessment assessment, CancellationToken ct) =>
        RatingScale.Of(await db.StandardVersions.Include(v => v.Ratings).SingleAsync(v => v.Id == assessment.StandardVersionId, ct));

    private DateOnly Today => DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);

    private Task<string> BodyNameAsync(Guid bodyId, CancellationToken ct) =>
        db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);

    private Task<string> OrganisationNameAsync(Guid organisationId, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);

    /// <summary>
    /// Cross-tenant by design: a change on one side of an assessment is news for the other side's admins, whose
    /// memberships the caller's scope cannot see. Only their email addresses are read.
    /// </summary>
    private Task<List<string>> EmailsOfBodyAdminsAsync(Guid bodyId, CancellationToken ct) => db.BodyAdminsAsync(bodyId, ct);

    private async Task NotifyOrganisationAsync(Assessment assessment, string subject, string body, CancellationToken ct) =>
        await email.SendToAllAsync(await db.OrganisationAdminsAsync(assessment.OrganisationId, ct), subject, body, ct);

    private Task NotifyAsync(IEnumerable<string> recipients, string subject, string body, CancellationToken ct) => email.SendToAllAsync(recipients, subject, body, ct);

    private static string Subject(Guid assessmentId) => $"Assessment/{assessmentId}";
}

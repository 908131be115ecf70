using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;

namespace StandardBearer.Core.Certification;

/// <summary>
/// Every change to a certificate after the decision that issued it: status changes with a reason, confidentiality,
/// the review plan and predecessor awards; and, for <see cref="AssessmentService"/>'s decision, issuing or renewing
/// it and keeping the plan up to date. Each change is written to the certificate's history and the audit trail.
/// Only the body's admins (or a system actor, such as the CLI) may change a certificate.
/// </summary>
public sealed class CertificateService(AppDbContext db, IEmailSender email)
{
    public async Task ChangeStatusAsync(Guid bodyId, Guid certificateId, ChangeCertificateStatusRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        await RequireBodyAdminAsync(bodyId, actor, ct);
        var certificate = await LoadAsync(bodyId, certificateId, ct);
        var to = request.Status!.Value;
        var from = certificate.StatusOn(Today);
        if (!Enum.IsDefined(to))
            throw new DomainValidationException(nameof(ChangeCertificateStatusRequest.Status), "Select the new status");
        if (!CertificateTransitions.CanChange(from, to))
            throw new DomainValidationException(nameof(ChangeCertificateStatusRequest.Status), CertificateTransitions.AllowedFrom(from).Count == 0
                ? $"A certificate that is {from.ToString().ToLowerInvariant()} cannot change status; certify the organisation again to issue a new one"
                : $"A certificate that is {from.ToString().ToLowerInvariant()} can only be {OrList(CertificateTransitions.AllowedFrom(from).Select(Past).ToList())}");
        SetStatus(certificate, to, request.Reason.Trim(), actor);
        await db.SaveChangesAsync(ct);

        var subject = $"Certificate {certificate.Number} is now {to.ToString().ToLowerInvariant()}";
        var text = $"""
            {await BodyNameAsync(bodyId, ct)} has changed the status of certificate {certificate.Number} from {from} to {to} on {Dates.Day(Today)}.

            Reason: {certificate.StatusReason}

            Sign in to StandardBearer to see the certificate's history.
            """;
        await email.SendToAllAsync(await db.OrganisationAdminsAsync(certificate.OrganisationId, ct), subject, text, ct);
    }

    public async Task SetConfidentialAsync(Guid bodyId, Guid certificateId, SetConfidentialRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        await RequireBodyAdminAsync(bodyId, actor, ct);
        var certificate = await LoadAsync(bodyId, certificateId, ct);
        var confidential = request.Confidential!.Value;
        if (certificate.Confidential == confidential) return;
        certificate.Confidential = confidential;
        AddEvent(certificate, confidential ? CertificateEventKind.MadeConfidential : CertificateEventKind.MadePublic, certificate.Status, certificate.Status,
            confidential ? "Not listed on the public register; the number still verifies" : "Listed on the public register", actor);
        db.Record(actor, confidential ? "CertificateMadeConfidential" : "CertificateMadePublic", Subject(certificate.Id), certificate.OrganisationId, bodyId,
            after: new { certificate.Number, certificate.Confidential });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves elements between the visits of the current cycle. Partials added after a visit stay where they are.</summary>
    public async Task AdjustReviewPlanAsync(Guid bodyId, Guid certificateId, AdjustReviewPlanRequest request, Actor actor, CancellationToken ct = default)
    {
        await RequireBodyAdminAsync(bodyId, actor, ct);
        var certificate = await LoadAsync(bodyId, certificateId, ct);
        if (!certificate.IsHeld)
            throw new ConflictException("Only an active or suspended certificate has a review plan to change.");
        var elements = await ElementsInOrderAsync(certificate.AssessmentId, ct);
        var items = await db.Set<ReviewPlanItem>().Where(p => p.CertificateId == certificateId).ToListAsync(ct);
        var current = items.Select(p => new PlannedElement(p.Visit, p.ElementNumber, p.Reason)).ToList();
        var (plan, errors) = ReviewPlanner.Adjust(elements, current, request.RotationVisit);
        if (errors.Count > 0)
            throw new DomainValidationException(nameof(AdjustReviewPlanRequest.RotationVisit), string.Join(". ", errors));
        db.RemoveRange(items);
        AddPlan(certificate, plan);
        db.Record(actor, "ReviewPlanAdjusted", Subject(certificate.Id), certificate.OrganisationId, bodyId,
            before: Counts(current), after: Counts(plan));
        await db.SaveChangesAsync(ct);
    }

    public async Task<PredecessorAward> AddPredecessorAwardAsync(Guid bodyId, Guid organisationId, AddPredecessorAwardRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        await RequireBodyAdminAsync(bodyId, actor, ct);
        if (!await CertificateQueries.IsClientAsync(db, bodyId, organisationId, ct)) throw new NotFoundException("Organisation not found among your clients");
        var errors = new Dictionary<string, string[]>();
        var today = Today;
        if (request.HeldFrom > today)
            errors[nameof(AddPredecessorAwardRequest.HeldFrom)] = ["The date the award was first held must be today or in the past"];
        if (request.HeldUntil is { } until && until < request.HeldFrom)
            errors[nameof(AddPredecessorAwardRequest.HeldUntil)] = ["The date the award ended must be the same as or after the date it was first held"];
        else if (request.HeldUntil > today)
            errors[nameof(AddPredecessorAwardRequest.HeldUntil)] = ["The date the award ended must be today or in the past"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var award = new PredecessorAward
        {
            Id = db.NewId(), OrganisationId = organisationId, CertificationBodyId = bodyId, Name = request.Name.Trim(),
            HeldFrom = request.HeldFrom!.Value, HeldUntil = request.HeldUntil, EnteredAt = db.Time.GetUtcNow(), EnteredByUserId = actor.UserId,
        };
        db.Add(award);
        db.Record(actor, "PredecessorAwardAdded", $"PredecessorAward/{award.Id}", organisationId, bodyId,
            after: new { award.Name, HeldFrom = award.HeldFrom.ToString("yyyy-MM-dd"), HeldUntil = award.HeldUntil?.ToString("yyyy-MM-dd") });
        await db.SaveChangesAsync(ct);
        return award;
    }

    public async Task RemovePredecessorAwardAsync(Guid bodyId, Guid awardId, Actor actor, CancellationToken ct = default)
    {
        await RequireBodyAdminAsync(bodyId, actor, ct);
        var award = await db.Set<PredecessorAward>().IgnoreQueryFilters().SingleOrDefaultAsync(a => a.Id == awardId && a.CertificationBodyId == bodyId, ct)
            ?? throw new NotFoundException("Predecessor award not found");
        db.Remove(award);
        db.Record(actor, "PredecessorAwardRemoved", $"PredecessorAward/{award.Id}", award.OrganisationId, bodyId,
            before: new { award.Name, HeldFrom = award.HeldFrom.ToString("yyyy-MM-dd") });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A certifying initial assessment or reassessment. With this body's certificate still held, renews it in place;
    /// otherwise issues a new one, and cancels a certificate another body holds for the organisation (it has moved).
    /// Either way the cycle's review plan is drawn up afresh. Does not save: the decision saves everything at once.
    /// </summary>
    internal async Task<Certificate> CertifyAsync(Assessment assessment, IReadOnlyList<string> elementsInOrder, IReadOnlyList<string> partials, DateOnly today, Actor actor, CancellationToken ct)
    {
        var held = await db.Set<Certificate>().IgnoreQueryFilters()
            .Where(c => c.OrganisationId == assessment.OrganisationId && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended))
            .ToListAsync(ct);
        var mine = held.FirstOrDefault(c => c.CertificationBodyId == assessment.CertificationBodyId && c.ExpiresOn >= today);
        Certificate certificate;
        if (mine is not null)
        {
            certificate = mine;
            var before = new { IssuedOn = mine.IssuedOn.ToString("yyyy-MM-dd"), ExpiresOn = mine.ExpiresOn.ToString("yyyy-MM-dd"), Status = mine.Status.ToString() };
            var from = mine.Status;
            mine.AssessmentId = assessment.Id;
            mine.Scope = assessment.ScopeText;
            mine.IssuedOn = today;
            mine.ExpiresOn = today.AddYears(Certificate.ValidYears);
            mine.Status = CertificateStatus.Active;
            mine.StatusChangedAt = db.Time.GetUtcNow();
            mine.StatusReason = $"Renewed after the {AssessmentNames.Display(assessment.Type).ToLowerInvariant()}";
            AddEvent(mine, CertificateEventKind.Renewed, from, CertificateStatus.Active, $"{mine.StatusReason}, valid to {Dates.Day(mine.ExpiresOn)}", actor);
            db.Record(actor, "CertificateRenewed", Subject(mine.Id), mine.OrganisationId, mine.CertificationBodyId, before: before,
                after: new { mine.Number, IssuedOn = mine.IssuedOn.ToString("yyyy-MM-dd"), ExpiresOn = mine.ExpiresOn.ToString("yyyy-MM-dd") });
            db.RemoveRange(await db.Set<ReviewPlanItem>().IgnoreQueryFilters().Where(p => p.CertificateId == mine.Id).ToListAsync(ct));
        }
        else
        {
            certificate = await IssueAsync(assessment, today, actor, ct);
        }
        // Any other certificate still in force was issued by another body (or has run out): the organisation has moved on.
        foreach (var old in held.Where(c => c.Id != certificate.Id))
            SetStatus(old, old.ExpiresOn < today ? CertificateStatus.Expired : CertificateStatus.Cancelled,
                $"Replaced by certificate {certificate.Number} issued on {Dates.Day(today)}", actor);
        AddPlan(certificate, ReviewPlanner.Plan(elementsInOrder, partials));
        return certificate;
    }

    /// <summary>
    /// An annual review's decision: if it certified, the partials it found join the next visit's plan; if not,
    /// the body's certificate is suspended. Does not save.
    /// </summary>
    internal async Task AnnualReviewDecidedAsync(Assessment review, bool certified, IReadOnlyList<string> partials, Actor actor, CancellationToken ct)
    {
        var certificate = await db.Set<Certificate>().IgnoreQueryFilters()
            .Where(c => c.OrganisationId == review.OrganisationId && c.CertificationBodyId == review.CertificationBodyId
                && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended))
            .OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);
        if (certificate is null) return;
        if (!certified)
        {
            if (certificate.Status == CertificateStatus.Active)
                SetStatus(certificate, CertificateStatus.Suspended, $"The annual review decided on {Dates.Day(Today)} did not certify the organisation", actor);
            return;
        }
        var reviewsSoFar = await CertificateQueries.AnnualReviewsDoneAsync(db, certificate, ct) + 1; // this one is not saved yet
        var nextVisit = Math.Min(reviewsSoFar + 1, ReviewPlanner.Visits);
        var items = await db.Set<ReviewPlanItem>().IgnoreQueryFilters().Where(p => p.CertificateId == certificate.Id).ToListAsync(ct);
        var current = items.Select(p => new PlannedElement(p.Visit, p.ElementNumber, p.Reason)).ToList();
        var added = ReviewPlanner.WithPartials(current, nextVisit, partials).Skip(current.Count).ToList();
        AddPlan(certificate, added);
    }

    /// <summary>Changes the status and writes the history line and the audit row. Does not save.</summary>
    internal void SetStatus(Certificate certificate, CertificateStatus to, string reason, Actor actor)
    {
        var from = certificate.Status;
        certificate.Status = to;
        certificate.StatusChangedAt = db.Time.GetUtcNow();
        certificate.StatusReason = reason;
        AddEvent(certificate, CertificateEventKind.StatusChanged, from, to, reason, actor);
        db.Record(actor, $"Certificate{to}", Subject(certificate.Id), certificate.OrganisationId, certificate.CertificationBodyId,
            before: new { certificate.Number, Status = from.ToString() }, after: new { Status = to.ToString(), Reason = reason });
    }

    private async Task<Certificate> IssueAsync(Assessment assessment, DateOnly today, Actor actor, CancellationToken ct)
    {
        var standardCode = await db.StandardVersions.Where(v => v.Id == assessment.StandardVersionId).Select(v => v.Standard!.Code).SingleAsync(ct);
        var prefix = CertificateNumbers.Prefix(standardCode, await BodyNameAsync(assessment.CertificationBodyId, ct), today.Year);
        // Numbers are unique across the platform (two bodies can share initials), so count every body's; a unique index backs this up.
        var issued = await db.Set<Certificate>().IgnoreQueryFilters().CountAsync(c => c.Number.StartsWith(prefix), ct);
        var certificate = new Certificate
        {
            Id = db.NewId(), Number = CertificateNumbers.Format(prefix, issued + 1), OrganisationId = assessment.OrganisationId,
            CertificationBodyId = assessment.CertificationBodyId, AssessmentId = assessment.Id, Scope = assessment.ScopeText,
            OriginalIssuedOn = today, IssuedOn = today, ExpiresOn = today.AddYears(Certificate.ValidYears), Status = CertificateStatus.Active,
            StatusChangedAt = db.Time.GetUtcNow(), StatusReason = $"Issued after the {AssessmentNames.Display(assessment.Type).ToLowerInvariant()}",
        };
        db.Add(certificate);
        AddEvent(certificate, CertificateEventKind.Issued, null, CertificateStatus.Active, $"{certificate.StatusReason}, valid to {Dates.Day(certificate.ExpiresOn)}", actor);
        db.Record(actor, "CertificateIssued", Subject(certificate.Id), assessment.OrganisationId, assessment.CertificationBodyId, after: new
        {
            certificate.Number, certificate.Scope, IssuedOn = certificate.IssuedOn.ToString("yyyy-MM-dd"), ExpiresOn = certificate.ExpiresOn.ToString("yyyy-MM-dd"),
        });
        return certificate;
    }

    private void AddEvent(Certificate certificate, CertificateEventKind kind, CertificateStatus? from, CertificateStatus to, string reason, Actor actor) =>
        db.Add(new CertificateEvent
        {
            Id = db.NewId(), CertificateId = certificate.Id, OrganisationId = certificate.OrganisationId, CertificationBodyId = certificate.CertificationBodyId,
            At = db.Time.GetUtcNow(), Kind = kind, FromStatus = from, ToStatus = to, Reason = reason, UserId = actor.UserId, UserName = actor.Name,
        });

    private void AddPlan(Certificate certificate, IEnumerable<PlannedElement> plan)
    {
        foreach (var p in plan)
            db.Add(new ReviewPlanItem
            {
                Id = db.NewId(), CertificateId = certificate.Id, OrganisationId = certificate.OrganisationId, CertificationBodyId = certificate.CertificationBodyId,
                Visit = p.Visit, ElementNumber = p.ElementNumber, Reason = p.Reason,
            });
    }

    private Task<List<string>> ElementsInOrderAsync(Guid assessmentId, CancellationToken ct) =>
        db.Set<AssessmentElement>().IgnoreQueryFilters().Where(e => e.AssessmentId == assessmentId).OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync(ct);

    private async Task<Certificate> LoadAsync(Guid bodyId, Guid certificateId, CancellationToken ct) =>
        await db.Set<Certificate>().IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == certificateId && c.CertificationBodyId == bodyId, ct)
        ?? throw new NotFoundException("Certificate not found");

    private async Task RequireBodyAdminAsync(Guid bodyId, Actor actor, CancellationToken ct)
    {
        if (actor.UserId is not { } userId) return; // the CLI and the daily job act for the platform
        var admin = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.CertificationBodyId == bodyId && m.Role == Role.CertificationBodyAdmin, ct);
        if (!admin) throw new ForbiddenException("Only an admin of the certification body can change its certificates.");
    }

    private Task<string> BodyNameAsync(Guid bodyId, CancellationToken ct) =>
        db.CertificationBodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);

    private DateOnly Today => Dates.Today(db.Time);

    private static Dictionary<string, int> Counts(IEnumerable<PlannedElement> plan) =>
        plan.GroupBy(p => p.Visit).OrderBy(g => g.Key).ToDictionary(g => CertificateCycle.VisitName(g.Key), g => g.Count());

    private static string OrList(List<string> words) =>
        words.Count <= 1 ? string.Concat(words) : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";

    private static string Past(CertificateStatus status) => status switch
    {
        CertificateStatus.Active => "reinstated",
        CertificateStatus.Suspended => "suspended",
        CertificateStatus.Withdrawn => "withdrawn",
        CertificateStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Subject(Guid id) => $"Certificate/{id}";
}

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;

namespace StandardBearer.Core.BestPractice;

/// <summary>
/// Every change to a best-practice case after the assessor's rating opened it, one method per write, each audited in
/// the same save. The organisation describes the practice (members and admins) and its admins consent, decline or
/// withdraw consent; the standard owner publishes, asks for changes or rejects. Nothing is published unless the
/// organisation consented and the owner published it, and withdrawing consent takes it out of the library at once.
/// Who sees which case is <see cref="BestPracticeQueries"/>; a case a caller cannot see is "not found".
/// </summary>
public sealed class BestPracticeService(AppDbContext db, IEmailSender email)
{
    /// <summary>The organisation's description. Editing a submitted case keeps it submitted: the owner moderates what is there when they look.</summary>
    public async Task<BestPracticeCase> DescribeAsync(Guid organisationId, Guid caseId, DescribeCaseRequest request, Actor actor, CancellationToken ct = default)
    {
        var c = await OrganisationCaseAsync(organisationId, caseId, actor, ct);
        RequireStatus(c, "change the description", CaseRules.CanDescribe(c.Status));
        var errors = Validation.ErrorsOf(request);
        foreach (var (field, message) in Missing(request.Title, request.Description, request.ContactName, request.ContactEmail, ""))
            errors.TryAdd(field, [message]);
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var before = Snapshot(c);
        c.Title = Validation.CleanText(request.Title);
        c.Description = Validation.CleanText(request.Description);
        c.Results = Validation.CleanText(request.Results);
        c.ContactName = Validation.CleanText(request.ContactName);
        c.ContactEmail = Validation.CleanText(request.ContactEmail);
        Touch(c, actor);
        db.Record(actor, "BestPracticeCaseDescribed", Subject(c), c.OrganisationId, before: before, after: Snapshot(c));
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>An admin consents to publication, which submits the case for moderation. The description must be complete.</summary>
    public async Task<BestPracticeCase> ConsentAsync(Guid organisationId, Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var c = await OrganisationCaseAsync(organisationId, caseId, actor, ct);
        await RequireOrganisationAdminAsync(organisationId, actor, "consent to publication", ct);
        if (c.Status == CaseStatus.Submitted) throw new ConflictException("You have already consented: the case is awaiting moderation.");
        RequireStatus(c, "consent to publication", CaseRules.CanConsent(c.Status));
        var missing = Missing(c.Title, c.Description, c.ContactName, c.ContactEmail, " before you consent to publication").ToList();
        if (missing.Count > 0) throw new DomainValidationException(missing.ToDictionary(m => m.Field, m => new[] { m.Message }));

        var from = c.Status;
        c.Status = CaseStatus.Submitted;
        c.ConsentedAt = db.Time.GetUtcNow();
        c.ConsentedByUserId = actor.UserId;
        c.DeclineReason = null;
        Touch(c, actor);
        db.Record(actor, "BestPracticeConsentGiven", Subject(c), c.OrganisationId, after: new { Element = c.ElementNumber, From = from.ToString() });
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>An admin declines publication, optionally saying why. They can describe it and consent later.</summary>
    public async Task<BestPracticeCase> DeclineAsync(Guid organisationId, Guid caseId, DeclineCaseRequest request, Actor actor, CancellationToken ct = default)
    {
        var c = await OrganisationCaseAsync(organisationId, caseId, actor, ct);
        await RequireOrganisationAdminAsync(organisationId, actor, "decline publication", ct);
        if (c.Status is CaseStatus.Submitted or CaseStatus.Published)
            throw new ConflictException("You have consented to publication: withdraw your consent instead.");
        RequireStatus(c, "decline publication", CaseRules.CanDecline(c.Status));
        Validation.Validate(request);

        c.Status = CaseStatus.Declined;
        c.DeclineReason = Validation.CleanText(request.Reason);
        Touch(c, actor);
        db.Record(actor, "BestPracticeDeclined", Subject(c), c.OrganisationId, after: new { Element = c.ElementNumber, Reason = c.DeclineReason });
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>An admin withdraws consent to a submitted or published case: it is declined, and leaves the public library at once.</summary>
    public async Task<BestPracticeCase> WithdrawConsentAsync(Guid organisationId, Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var c = await OrganisationCaseAsync(organisationId, caseId, actor, ct);
        await RequireOrganisationAdminAsync(organisationId, actor, "withdraw consent", ct);
        if (!CaseRules.CanWithdrawConsent(c.Status))
            throw new ConflictException($"There is no consent to withdraw: the case is '{CaseNames.Display(c.Status)}'.");

        var wasPublished = c.Status == CaseStatus.Published;
        c.Status = CaseStatus.Declined;
        c.ConsentedAt = null;
        c.ConsentedByUserId = null;
        c.PublishedAt = null;
        Touch(c, actor);
        db.Record(actor, "BestPracticeConsentWithdrawn", Subject(c), c.OrganisationId, after: new { Element = c.ElementNumber, WasPublished = wasPublished });
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>The standard owner publishes a case the organisation consented to. It appears in the public library.</summary>
    public async Task<BestPracticeCase> PublishAsync(Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var c = await ModerationCaseAsync(caseId, actor, ct);
        if (!CaseRules.CanPublish(c.Status, c.ConsentedAt))
            throw new ConflictException($"Only a case the organisation has consented to and submitted can be published. This case is '{CaseNames.Display(c.Status)}'.");
        var now = db.Time.GetUtcNow();
        c.Status = CaseStatus.Published;
        c.PublishedAt = now;
        c.ModerationNote = null;
        Moderated(c, actor, now);
        db.Record(actor, "BestPracticeCasePublished", Subject(c), c.OrganisationId, after: new { Element = c.ElementNumber, c.Title });
        await db.SaveChangesAsync(ct);
        await NotifyAsync(c, "Your best-practice case has been published",
            $"""
            "{c.Title}" (element {c.ElementNumber}) is now in the public best-practice library of the Customer Service Excellence standard, so others can learn from your practice.

            An admin of your organisation can withdraw consent at any time in StandardBearer: the case is then taken out of the library straight away.
            """, ct);
        return c;
    }

    /// <summary>The standard owner sends a submitted case back with a note. The organisation changes it and consents again.</summary>
    public async Task<BestPracticeCase> RequestChangesAsync(Guid caseId, RequestCaseChangesRequest request, Actor actor, CancellationToken ct = default)
    {
        var c = await ModerationCaseAsync(caseId, actor, ct);
        RequireStatus(c, "ask for changes", CaseRules.CanRequestChanges(c.Status));
        Validation.Validate(request);
        c.Status = CaseStatus.ChangesRequested;
        c.ModerationNote = Validation.CleanText(request.Note);
        // The organisation consented to what it submitted; it consents again to the changed case.
        c.ConsentedAt = null;
        c.ConsentedByUserId = null;
        Moderated(c, actor, db.Time.GetUtcNow());
        db.Record(actor, "BestPracticeChangesRequested", Subject(c), c.OrganisationId, after: new { Element = c.ElementNumber, Note = c.ModerationNote });
        await db.SaveChangesAsync(ct);
        await NotifyAsync(c, "Changes requested to your best-practice case",
            $"""
            The standard owner has asked for changes to "{c.Title}" (element {c.ElementNumber}) before it can be published.

            What to change: {c.ModerationNote}

            Sign in to StandardBearer to change the description, then consent to publication again.
            """, ct);
        return c;
    }

    /// <summary>The standard owner rejects a case with a reason. This is final.</summary>
    public async Task<BestPracticeCase> RejectAsync(Guid caseId, RejectCaseRequest request, Actor actor, CancellationToken ct = default)
    {
        var c = await ModerationCaseAsync(caseId, actor, ct);
        RequireStatus(c, "reject the case", CaseRules.CanReject(c.Status));
        Validation.Validate(request);
        c.Status = CaseStatus.Rejected;
        c.ModerationNote = Validation.CleanText(request.Reason);
        Moderated(c, actor, db.Time.GetUtcNow());
        db.Record(actor, "BestPracticeCaseRejected", Subject(c), c.OrganisationId, after: new { Element = c.ElementNumber, Reason = c.ModerationNote });
        await db.SaveChangesAsync(ct);
        await NotifyAsync(c, "Your best-practice case will not be published",
            $"""
            The standard owner has decided not to publish "{c.Title}" (element {c.ElementNumber}) in the best-practice library.

            Their reason: {c.ModerationNote}
            """, ct);
        return c;
    }

    // ---- shared ----

    /// <summary>A case the organisation can see, for one of its members (a non-member gets "not found", as for any other tenant's thing).</summary>
    private async Task<BestPracticeCase> OrganisationCaseAsync(Guid organisationId, Guid caseId, Actor actor, CancellationToken ct)
    {
        if (await db.OrganisationRolesAsync(actor.UserId, organisationId, ct) is { Count: 0 }) throw new NotFoundException("Case not found");
        return await BestPracticeQueries.ForOrganisation(db, organisationId).SingleOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new NotFoundException("Case not found");
    }

    private async Task RequireOrganisationAdminAsync(Guid organisationId, Actor actor, string doing, CancellationToken ct)
    {
        if (!await db.IsOrganisationAdminAsync(actor.UserId, organisationId, ct))
            throw new ForbiddenException($"Only an admin of the organisation can {doing}.");
    }

    /// <summary>A case the standard owner may moderate. Anyone else is refused; drafts and declined cases are not found.</summary>
    private async Task<BestPracticeCase> ModerationCaseAsync(Guid caseId, Actor actor, CancellationToken ct)
    {
        if (!await db.IsStandardOwnerAsync(actor.UserId, ct))
            throw new ForbiddenException("Only the standard owner can moderate best-practice cases.");
        return await BestPracticeQueries.ForModeration(db).SingleOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new NotFoundException("Case not found");
    }

    /// <summary>The required parts of a description that are empty, keyed as <see cref="DescribeCaseRequest"/> names them.</summary>
    private static IEnumerable<(string Field, string Message)> Missing(string? title, string? description, string? contactName, string? contactEmail, string when)
    {
        if (string.IsNullOrWhiteSpace(title)) yield return (nameof(DescribeCaseRequest.Title), $"Enter a title{when}");
        if (string.IsNullOrWhiteSpace(description)) yield return (nameof(DescribeCaseRequest.Description), $"Enter what you do{when}");
        if (string.IsNullOrWhiteSpace(contactName)) yield return (nameof(DescribeCaseRequest.ContactName), $"Enter a contact name{when}");
        if (string.IsNullOrWhiteSpace(contactEmail)) yield return (nameof(DescribeCaseRequest.ContactEmail), $"Enter a contact email address{when}");
    }

    private static void RequireStatus(BestPracticeCase c, string doing, bool allowed)
    {
        if (!allowed)
            throw new ConflictException($"You cannot {doing} while the case is '{CaseNames.Display(c.Status)}'.");
    }

    private void Touch(BestPracticeCase c, Actor actor)
    {
        c.UpdatedAt = db.Time.GetUtcNow();
        c.UpdatedByUserId = actor.UserId;
    }

    private static void Moderated(BestPracticeCase c, Actor actor, DateTimeOffset now)
    {
        c.ModeratedAt = now;
        c.ModeratedByUserId = actor.UserId;
        c.UpdatedAt = now;
    }

    private async Task NotifyAsync(BestPracticeCase c, string subject, string body, CancellationToken ct) =>
        await email.SendToAllAsync(await db.OrganisationAdminsAsync(c.OrganisationId, ct), subject, body, ct);

    private static object Snapshot(BestPracticeCase c) => new
    {
        c.Title, DescriptionLength = c.Description?.Length ?? 0, ResultsLength = c.Results?.Length ?? 0, c.ContactName, c.ContactEmail,
    };

    private static string Subject(BestPracticeCase c) => $"BestPracticeCase/{c.Id}";
}

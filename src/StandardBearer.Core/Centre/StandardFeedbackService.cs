using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Email;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Centre;

public sealed record SendFeedbackRequest
{
    [Required(ErrorMessage = "Select what kind of feedback this is")]
    public FeedbackKind? Kind { get; init; }

    [Required(ErrorMessage = "Enter your feedback")]
    [StringLength(StandardFeedbackService.MaxTextLength, ErrorMessage = "Your feedback must be 4,000 characters or fewer")]
    public string Text { get; init; } = "";

    /// <summary>The version's label; empty means the current published version.</summary>
    public string? Version { get; init; }
}

public sealed record TriageFeedbackRequest
{
    [Required(ErrorMessage = "Select a status")]
    public FeedbackStatus? Status { get; init; }

    [StringLength(StandardFeedbackService.MaxReasonLength, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? Reason { get; init; }
}

/// <summary>
/// Feedback on the standard: any signed-in user sends it on an element, and the standard owner triages it. The sender
/// is told by email whenever its status changes.
/// </summary>
public sealed class StandardFeedbackService(AppDbContext db, IEmailSender email)
{
    public const int MaxTextLength = 4000;
    public const int MaxReasonLength = 2000;
    public const string DeclineReasonRequired = "Enter the reason for declining the feedback";

    /// <exception cref="NotFoundException">The element is not in the version.</exception>
    public async Task<StandardFeedback> SendAsync(string elementNumber, SendFeedbackRequest request, Actor actor, CancellationToken ct = default)
    {
        var senderId = actor.UserId ?? throw new ForbiddenException("Sign in to send feedback on the standard.");
        var versionId = await VersionIdAsync(request.Version, ct);
        if (!await db.Elements.AnyAsync(e => e.StandardVersionId == versionId && e.Number == elementNumber, ct))
            throw new NotFoundException("Element not found");
        Validation.Validate(request);
        if (!Enum.IsDefined(request.Kind!.Value))
            throw new DomainValidationException(nameof(SendFeedbackRequest.Kind), "Select what kind of feedback this is");

        var feedback = new StandardFeedback
        {
            Id = db.NewId(),
            StandardVersionId = versionId,
            ElementNumber = elementNumber,
            Kind = request.Kind.Value,
            Text = request.Text.Trim(),
            SenderUserId = senderId,
            SenderName = actor.Name,
            SentAt = db.Time.GetUtcNow(),
            Status = FeedbackStatus.New,
        };
        db.Add(feedback);
        db.Record(actor, "StandardFeedbackSent", Subject(feedback.Id), after: new { Element = elementNumber, Kind = feedback.Kind.ToString() });
        await db.SaveChangesAsync(ct);
        return feedback;
    }

    /// <summary>Sets the status (a reason is required to decline); the sender hears by email when the status changes.</summary>
    public async Task<StandardFeedback> TriageAsync(Guid feedbackId, TriageFeedbackRequest request, Actor actor, CancellationToken ct = default)
    {
        await RequireStandardOwnerAsync(actor, ct);
        var feedback = await db.Set<StandardFeedback>().SingleOrDefaultAsync(f => f.Id == feedbackId, ct)
            ?? throw new NotFoundException("Feedback not found");
        Validation.Validate(request);
        var to = request.Status!.Value;
        if (!Enum.IsDefined(to)) throw new DomainValidationException(nameof(TriageFeedbackRequest.Status), "Select a status");
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (to == FeedbackStatus.Declined && reason is null)
            throw new DomainValidationException(nameof(TriageFeedbackRequest.Reason), DeclineReasonRequired);

        var from = feedback.Status;
        if (from == to && feedback.StatusReason == reason) return feedback;
        var before = new { Status = from.ToString(), Reason = feedback.StatusReason };
        feedback.Status = to;
        feedback.StatusReason = reason;
        feedback.TriagedAt = db.Time.GetUtcNow();
        feedback.TriagedByUserId = actor.UserId;
        feedback.TriagedByName = actor.Name;
        db.Record(actor, "StandardFeedbackTriaged", Subject(feedback.Id), before: before, after: new { Status = to.ToString(), Reason = reason });
        await db.SaveChangesAsync(ct);

        if (from != to && await db.Users.Where(u => u.Id == feedback.SenderUserId).Select(u => u.Email).SingleOrDefaultAsync(ct) is { } sender)
        {
            var says = reason is null ? "" : $"The standard's owner says: {reason}\n\n";
            var text = $"""
                Your feedback on element {feedback.ElementNumber} of the standard is now: {FeedbackNames.Display(to)}.

                {says}Sign in to StandardBearer and open "Your feedback on the standard" from your account to see it.
                """;
            await email.SendAsync(new EmailMessage(sender, $"Your feedback on element {feedback.ElementNumber}: {FeedbackNames.Display(to)}", text), ct);
        }
        return feedback;
    }

    private async Task<Guid> VersionIdAsync(string? label, CancellationToken ct)
    {
        var version = string.IsNullOrWhiteSpace(label)
            ? await StandardCatalogue.CurrentAsync(db, BuiltInPacks.CseCode, ct)
            : await StandardCatalogue.FindAsync(db, BuiltInPacks.CseCode, label.Trim(), ct);
        if (version is null || version.Status == VersionStatus.Draft)
            throw new DomainValidationException(nameof(SendFeedbackRequest.Version), "Select a published version of the standard");
        return version.Id;
    }

    private async Task RequireStandardOwnerAsync(Actor actor, CancellationToken ct)
    {
        if (actor.UserId is not { } userId) return; // the CLI and seeding act for the platform
        if (!await db.IsStandardOwnerAsync(userId, ct))
            throw new ForbiddenException("Only the standard owner can triage feedback.");
    }

    private static string Subject(Guid id) => $"StandardFeedback/{id}";
}

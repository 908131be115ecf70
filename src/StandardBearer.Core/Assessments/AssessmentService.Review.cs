using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Core.Assessments;

/// <summary>The desktop review: the assigned assessors' notes and provisional ratings, and evidence requests with the organisation's answers.</summary>
public sealed partial class AssessmentService
{
    public async Task<AssessmentElement> RecordReviewAsync(Guid bodyId, Guid assessmentId, string elementNumber, RecordReviewRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireAssessor(access, "record the desktop review");
        RequireStatus(assessment, "record the desktop review", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite, AssessmentStatus.Rated);
        var element = await InScopeElementAsync(assessment, elementNumber, ct);
        var rating = string.IsNullOrWhiteSpace(request.ProvisionalRatingKey) ? null : request.ProvisionalRatingKey.Trim();
        if (rating is not null && (await ScaleAsync(assessment, ct)).Ratings.All(r => r.Key != rating))
            throw new DomainValidationException(nameof(RecordReviewRequest.ProvisionalRatingKey), "Select a rating");

        var before = new { element.ProvisionalRatingKey, element.Reviewed, NoteLength = element.ReviewNote?.Length ?? 0 };
        element.ProvisionalRatingKey = rating;
        element.ReviewNote = Validation.CleanText(request.Note);
        element.Reviewed = request.Reviewed;
        element.ReviewedAt = db.Time.GetUtcNow();
        element.ReviewedByUserId = actor.UserId;
        db.Record(actor, "ElementReviewed", Subject(assessment.Id), assessment.OrganisationId, bodyId, before: before,
            after: new { Element = elementNumber, element.ProvisionalRatingKey, element.Reviewed, NoteLength = element.ReviewNote?.Length ?? 0 });
        await db.SaveChangesAsync(ct);
        return element;
    }

    /// <summary>An assigned assessor asks for more evidence on an element, by a date. It appears on the organisation's task list.</summary>
    public async Task<EvidenceRequest> RaiseEvidenceRequestAsync(Guid bodyId, Guid assessmentId, RaiseEvidenceRequest request, Actor actor, CancellationToken ct = default)
    {
        var errors = Validation.ErrorsOf(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireAssessor(access, "ask for evidence");
        RequireStatus(assessment, "ask for evidence", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite);
        var number = request.ElementNumber.Trim();
        if (number.Length > 0 && !await db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == assessmentId && e.ElementNumber == number && e.InScope, ct))
            errors[nameof(RaiseEvidenceRequest.ElementNumber)] = ["Select an element this assessment covers"];
        if (request.DueOn < Today)
            errors[nameof(RaiseEvidenceRequest.DueOn)] = ["The date the evidence is due must be today or in the future"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var evidenceRequest = new EvidenceRequest
        {
            Id = db.NewId(), AssessmentId = assessmentId, OrganisationId = assessment.OrganisationId, CertificationBodyId = bodyId,
            ElementNumber = number, Text = Validation.CleanText(request.Text)!, DueOn = request.DueOn!.Value, Status = EvidenceRequestStatus.Open,
            RaisedAt = db.Time.GetUtcNow(), RaisedByUserId = actor.UserId, RaisedByName = actor.Name,
        };
        db.Add(evidenceRequest);
        db.Record(actor, "EvidenceRequested", $"EvidenceRequest/{evidenceRequest.Id}", assessment.OrganisationId, bodyId,
            after: new { Assessment = assessmentId, Element = number, evidenceRequest.Text, DueOn = evidenceRequest.DueOn.ToString("yyyy-MM-dd") });
        await db.SaveChangesAsync(ct);
        await NotifyOrganisationAsync(assessment, $"Your assessor has asked for more evidence on element {number}",
            $"""
            {actor.Name} has asked for more evidence on element {number}, by {Dates.Day(evidenceRequest.DueOn)}:

            {evidenceRequest.Text}

            Sign in to StandardBearer to answer the request.
            """, ct);
        return evidenceRequest;
    }

    /// <summary>
    /// The organisation answers a request once, with a comment and items from its own library. Each item is frozen
    /// at its current revision beside the element, so the assessor sees what was given even if it changes later.
    /// </summary>
    public async Task AnswerEvidenceRequestAsync(Guid organisationId, Guid assessmentId, Guid requestId, AnswerEvidenceRequest request, Actor actor, CancellationToken ct = default)
    {
        var errors = Validation.ErrorsOf(request);
        var assessment = await ForOrganisationAsync(organisationId, assessmentId, actor, ct);
        RequireStatus(assessment, "answer evidence requests", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite, AssessmentStatus.Rated);
        var evidenceRequest = await db.Set<EvidenceRequest>().SingleOrDefaultAsync(r => r.Id == requestId && r.AssessmentId == assessmentId, ct)
            ?? throw new NotFoundException("Evidence request not found");
        if (evidenceRequest.Status != EvidenceRequestStatus.Open) throw new ConflictException("This request has already been answered.");
        var ids = request.EvidenceItemIds.Distinct().ToList();
        var items = await db.Set<EvidenceItem>().Where(i => i.OrganisationId == organisationId && ids.Contains(i.Id) && i.DeletedAt == null)
            .Select(i => new
            {
                i.Id, i.Title, i.Description, i.Kind, i.CurrentRevision,
                Revision = db.Set<EvidenceRevision>().Where(r => r.EvidenceItemId == i.Id && r.Number == i.CurrentRevision).Select(r => new { r.Id, r.Url }).First(),
            })
            .ToListAsync(ct);
        if (items.Count != ids.Count)
            errors[nameof(AnswerEvidenceRequest.EvidenceItemIds)] = ["Select evidence from your organisation's library"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var elementId = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == assessmentId && e.ElementNumber == evidenceRequest.ElementNumber)
            .Select(e => e.Id).SingleAsync(ct);
        foreach (var item in items)
        {
            db.Add(new AssessmentEvidence
            {
                Id = db.NewId(), AssessmentId = assessmentId, OrganisationId = organisationId, CertificationBodyId = assessment.CertificationBodyId,
                AssessmentElementId = elementId, EvidenceRequestId = evidenceRequest.Id, EvidenceItemId = item.Id, EvidenceRevisionId = item.Revision.Id,
                RevisionNumber = item.CurrentRevision, Title = item.Title, Description = item.Description, Kind = item.Kind, Url = item.Revision.Url,
            });
        }
        evidenceRequest.Status = EvidenceRequestStatus.Answered;
        evidenceRequest.Answer = Validation.CleanText(request.Comment);
        evidenceRequest.AnsweredAt = db.Time.GetUtcNow();
        evidenceRequest.AnsweredByUserId = actor.UserId;
        evidenceRequest.AnsweredByName = actor.Name;
        db.Record(actor, "EvidenceRequestAnswered", $"EvidenceRequest/{evidenceRequest.Id}", organisationId, assessment.CertificationBodyId,
            after: new { Assessment = assessmentId, Element = evidenceRequest.ElementNumber, AnswerLength = evidenceRequest.Answer!.Length, Items = items.Select(i => new { i.Title, Revision = i.CurrentRevision }) });
        await db.SaveChangesAsync(ct);
    }
}

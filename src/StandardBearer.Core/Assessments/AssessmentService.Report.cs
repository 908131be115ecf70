using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Assessments;

/// <summary>What a decision gave: the outcome with its reasons, and the certificate if one was issued.</summary>
public sealed record AssessmentDecision(AssessmentResult Result, Certificate? Certificate, IReadOnlyList<ImprovementAction> Actions);

/// <summary>Final ratings, the report (summary, findings, release, factual-accuracy comments) and the certification decision.</summary>
public sealed partial class AssessmentService
{
    /// <summary>
    /// An assigned assessor's final rating for an element in scope. The scale decides when a comment is required:
    /// what makes it exemplary above plain compliance, what is missing below it. Rating the last element in scope
    /// makes the assessment Rated. Ratings can still be corrected after the report is released, until the decision.
    /// </summary>
    public async Task<AssessmentElement> RateElementAsync(Guid bodyId, Guid assessmentId, string elementNumber, RateElementRequest request, Actor actor, CancellationToken ct = default)
    {
        var errors = Validation.ErrorsOf(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireAssessor(access, "rate elements");
        RequireStatus(assessment, "rate elements", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite, AssessmentStatus.Rated, AssessmentStatus.ReportReleased);
        var element = await InScopeElementAsync(assessment, elementNumber, ct);
        var scale = await ScaleAsync(assessment, ct);
        var rating = string.IsNullOrWhiteSpace(request.RatingKey) ? null : scale.Ratings.FirstOrDefault(r => r.Key == request.RatingKey.Trim());
        var comment = Validation.CleanText(request.Comment);
        if (rating is null)
            errors[nameof(RateElementRequest.RatingKey)] = ["Select a rating"];
        else if (comment is null && RatingComments.MissingCommentMessage(RatingComments.For(scale, rating)) is { } message)
            errors[nameof(RateElementRequest.Comment)] = [message];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var before = new { element.FinalRatingKey, CommentLength = element.FinalComment?.Length ?? 0 };
        element.FinalRatingKey = rating!.Key;
        element.FinalComment = comment;
        element.RatedAt = db.Time.GetUtcNow();
        element.RatedByUserId = actor.UserId;
        var othersUnrated = await db.Set<AssessmentElement>()
            .AnyAsync(e => e.AssessmentId == assessmentId && e.InScope && e.FinalRatingKey == null && e.Id != element.Id, ct);
        if (!othersUnrated && assessment.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite)
            assessment.Status = AssessmentStatus.Rated;
        var exemplary = RatingComments.For(scale, rating) == CommentRequirement.WhatMakesItExemplary;
        var bestPractice = await BestPracticeDrafts.FollowRatingAsync(db, assessment, element, exemplary, ct);
        db.Record(actor, "ElementRated", Subject(assessment.Id), assessment.OrganisationId, bodyId, before: before,
            after: new { Element = elementNumber, element.FinalRatingKey, CommentLength = comment?.Length ?? 0, BestPracticeCase = bestPractice?.Status.ToString() });
        await db.SaveChangesAsync(ct);
        return element;
    }

    /// <summary>The lead assessor's summary of strengths, areas for continuous improvement and findings per criterion.</summary>
    public async Task RecordSummaryAsync(Guid bodyId, Guid assessmentId, RecordSummaryRequest request, Actor actor, CancellationToken ct = default)
    {
        var errors = Validation.ErrorsOf(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireLead(access, "write the summary");
        RequireStatus(assessment, "write the summary", AssessmentStatus.DesktopReview, AssessmentStatus.OnSite, AssessmentStatus.Rated, AssessmentStatus.ReportReleased);
        var criteria = await db.Criteria.Where(c => c.StandardVersionId == assessment.StandardVersionId).Select(c => c.Number).ToListAsync(ct);
        var unknown = request.Findings.Keys.Where(k => !criteria.Contains(k.Trim())).ToList();
        if (unknown.Count > 0)
            errors[nameof(RecordSummaryRequest.Findings)] = [$"There is no criterion {string.Join(", ", unknown)} in this standard"];
        else if (request.Findings.Values.Any(v => v?.Length > 20000))
            errors[nameof(RecordSummaryRequest.Findings)] = ["Findings for each criterion must be 20,000 characters or fewer"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var findings = await db.Set<CriterionFinding>().Where(f => f.AssessmentId == assessmentId).ToListAsync(ct);
        foreach (var (key, value) in request.Findings)
        {
            var number = key.Trim();
            var text = Validation.CleanText(value);
            var existing = findings.FirstOrDefault(f => f.CriterionNumber == number);
            if (text is null && existing is not null) db.Remove(existing);
            else if (text is not null && existing is not null) existing.Text = text;
            else if (text is not null)
            {
                db.Add(new CriterionFinding
                {
                    Id = db.NewId(), AssessmentId = assessmentId, OrganisationId = assessment.OrganisationId, CertificationBodyId = bodyId, CriterionNumber = number, Text = text,
                });
            }
        }
        assessment.Strengths = Validation.CleanText(request.Strengths);
        assessment.AreasForImprovement = Validation.CleanText(request.AreasForImprovement);
        db.Record(actor, "AssessmentSummaryRecorded", Subject(assessment.Id), assessment.OrganisationId, bodyId, after: new
        {
            StrengthsLength = assessment.Strengths?.Length ?? 0, AreasLength = assessment.AreasForImprovement?.Length ?? 0,
            Findings = request.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Key.Trim()).Order(ElementNumberComparer.Instance),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The lead assessor releases the draft report: from now the organisation sees the ratings, comments and summary
    /// and can send factual-accuracy comments. Every element in scope must be rated and the summary written.
    /// </summary>
    public async Task ReleaseReportAsync(Guid bodyId, Guid assessmentId, Actor actor, CancellationToken ct = default)
    {
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        RequireLead(access, "release the report");
        if (assessment.Status is AssessmentStatus.DesktopReview or AssessmentStatus.OnSite)
            throw new ConflictException("Rate every element in scope before releasing the report.");
        RequireStatus(assessment, "release the report", AssessmentStatus.Rated);
        var errors = new Dictionary<string, string[]>();
        if (assessment.Strengths is null)
            errors[nameof(RecordSummaryRequest.Strengths)] = ["Enter the summary of strengths before releasing the report"];
        if (assessment.AreasForImprovement is null)
            errors[nameof(RecordSummaryRequest.AreasForImprovement)] = ["Enter the areas for continuous improvement before releasing the report"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        assessment.Status = AssessmentStatus.ReportReleased;
        assessment.ReportReleasedAt = db.Time.GetUtcNow();
        assessment.ReportReleasedByUserId = actor.UserId;
        db.Record(actor, "AssessmentReportReleased", Subject(assessment.Id), assessment.OrganisationId, bodyId);
        await db.SaveChangesAsync(ct);
        // The cases belong to the organisation, outside the body's scope: counted by this assessment's id.
        var exemplary = await db.BestPracticeCases.IgnoreQueryFilters().CountAsync(c => c.AssessmentId == assessment.Id && c.Status == CaseStatus.Draft, ct);
        var invitation = exemplary == 0 ? "" : $"\n\n{exemplary} element{(exemplary == 1 ? " was" : "s were")} rated Compliance Plus: you are invited to describe {(exemplary == 1 ? "it" : "them")} for the best-practice library, under Best practice in StandardBearer, so that others can learn from you.";
        await NotifyOrganisationAsync(assessment, "Your draft assessment report is ready",
            $"""
            {actor.Name} has released the draft report of your {AssessmentNames.Display(assessment.Type).ToLowerInvariant()}.

            Sign in to StandardBearer to read it. If anything in it is factually wrong, send a factual-accuracy comment before the certification decision is made.{invitation}
            """, ct);
    }

    public async Task<FactualAccuracyComment> AddFactualAccuracyCommentAsync(Guid organisationId, Guid assessmentId, AddFactualAccuracyCommentRequest request, Actor actor, CancellationToken ct = default)
    {
        var errors = Validation.ErrorsOf(request);
        var assessment = await ForOrganisationAsync(organisationId, assessmentId, actor, ct);
        RequireStatus(assessment, "comment on the report", AssessmentStatus.ReportReleased);
        var number = string.IsNullOrWhiteSpace(request.ElementNumber) ? null : request.ElementNumber.Trim();
        if (number is not null && !await db.Set<AssessmentElement>().AnyAsync(e => e.AssessmentId == assessmentId && e.ElementNumber == number, ct))
            errors[nameof(AddFactualAccuracyCommentRequest.ElementNumber)] = ["Select an element of this assessment"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var comment = new FactualAccuracyComment
        {
            Id = db.NewId(), AssessmentId = assessmentId, OrganisationId = organisationId, CertificationBodyId = assessment.CertificationBodyId,
            ElementNumber = number, Text = Validation.CleanText(request.Text)!, CreatedAt = db.Time.GetUtcNow(), CreatedByUserId = actor.UserId, CreatedByName = actor.Name,
        };
        db.Add(comment);
        db.Record(actor, "FactualAccuracyCommentAdded", Subject(assessmentId), organisationId, assessment.CertificationBodyId,
            after: new { Element = number, TextLength = comment.Text.Length });
        await db.SaveChangesAsync(ct);
        return comment;
    }

    /// <summary>
    /// Records the certification decision. Four eyes: only an admin of the body who is neither the lead nor on the
    /// team may decide, whatever the page showed. The outcome is the standard's own rule over every element (carried
    /// forward ones included). A certifying initial assessment or reassessment issues a certificate valid for three
    /// years; an annual review keeps the current certificate, and suspends it if the organisation is not certified.
    /// Partial compliances rated here go on the organisation's action plan, due by the next annual review.
    /// </summary>
    public async Task<AssessmentDecision> DecideAsync(Guid bodyId, Guid assessmentId, RecordDecisionRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var (assessment, access) = await ForBodyAsync(bodyId, assessmentId, actor, ct);
        if (!access.CanDecide)
            throw new ForbiddenException(access.IsAssessor
                ? "You assessed this organisation, so someone else at the certification body must record the decision."
                : "Only an admin of the certification body can record the decision.");
        RequireStatus(assessment, "record the decision", AssessmentStatus.ReportReleased);
        var elements = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == assessmentId).ToListAsync(ct);
        var unrated = elements.Where(e => e.InScope && e.FinalRatingKey is null).Select(e => e.ElementNumber).Order(ElementNumberComparer.Instance).ToList();
        if (unrated.Count > 0)
            throw new ConflictException($"Every element in scope must be rated before the decision. Not rated: {string.Join(", ", unrated)}.");

        var scale = await ScaleAsync(assessment, ct);
        var result = AssessmentOutcome.Compute(scale,
            elements.Where(e => e.InScope).ToDictionary(e => e.ElementNumber, e => e.FinalRatingKey!),
            elements.Where(e => !e.InScope && e.FinalRatingKey is not null).ToDictionary(e => e.ElementNumber, e => e.FinalRatingKey!));
        var now = db.Time.GetUtcNow();
        var today = Today;
        assessment.Status = AssessmentStatus.Decided;
        assessment.Outcome = result.Outcome.Kind;
        assessment.DecisionReasons = string.Join("\n", Reasons(scale, result.Outcome));
        assessment.DecisionNote = Validation.CleanText(request.Note);
        assessment.DecidedAt = now;
        assessment.DecidedByUserId = actor.UserId;
        assessment.DecidedByName = actor.Name;
        db.Record(actor, "AssessmentDecided", Subject(assessment.Id), assessment.OrganisationId, bodyId, after: new
        {
            Outcome = result.Outcome.Kind.ToString(), result.Outcome.Assessed, result.Outcome.Compliant, result.Outcome.ActionPlanElements,
            result.Outcome.BlockingElements, CarriedForward = result.CarriedForwardElements.Count,
        });

        var certifies = result.Outcome.Kind is OutcomeKind.Certify or OutcomeKind.CertifyWithActionPlan;
        var partials = elements.Where(e => e.InScope && scale.Find(e.FinalRatingKey!)!.NeedsActionPlan).OrderBy(e => e.Order).Select(e => e.ElementNumber).ToList();
        Certificate? certificate = null;
        if (assessment.Type == AssessmentType.AnnualReview)
            await certificates.AnnualReviewDecidedAsync(assessment, certifies, partials, actor, ct);
        else if (certifies)
            certificate = await certificates.CertifyAsync(assessment, elements.OrderBy(e => e.Order).Select(e => e.ElementNumber).ToList(), partials, today, actor, ct);

        var actions = new List<ImprovementAction>();
        foreach (var number in result.NewActionPlanElements)
        {
            var element = elements.Single(e => e.ElementNumber == number);
            var description = $"Address the {scale.Find(element.FinalRatingKey!)!.Name.ToLowerInvariant()} found at the {AssessmentNames.Display(assessment.Type).ToLowerInvariant()} decided on {Dates.Day(today)}: {element.FinalComment}";
            var action = new ImprovementAction
            {
                Id = db.NewId(), OrganisationId = assessment.OrganisationId, ElementNumber = number,
                Description = description.Length <= 2000 ? description : description[..1997] + "...",
                DueDate = today.AddYears(1), Status = ActionStatus.Open, CreatedAt = now, CreatedByUserId = actor.UserId,
            };
            db.Add(action);
            actions.Add(action);
            db.Record(actor, "ImprovementActionAdded", $"ImprovementAction/{action.Id}", assessment.OrganisationId,
                after: new { Element = number, action.Description, DueDate = action.DueDate.ToString("yyyy-MM-dd"), Assessment = assessmentId });
        }
        await db.SaveChangesAsync(ct);

        var bodyName = await BodyNameAsync(bodyId, ct);
        await NotifyOrganisationAsync(assessment, certifies ? "Your organisation has been certified" : "The decision on your assessment",
            $"""
            {bodyName} has made its decision on your {AssessmentNames.Display(assessment.Type).ToLowerInvariant()}: {OutcomeName(result.Outcome.Kind)}.

            {assessment.DecisionReasons}
            {(certificate is null ? "" : $"\nCertificate {certificate.Number} is valid from {Dates.Day(certificate.IssuedOn)} to {Dates.Day(certificate.ExpiresOn)}.\n")}{(actions.Count == 0 ? "" : $"\n{actions.Count} improvement action{(actions.Count == 1 ? " has" : "s have")} been added to your action plan, due by {Dates.Day(today.AddYears(1))}.\n")}
            Sign in to StandardBearer to read the report.
            """, ct);
        return new AssessmentDecision(result, certificate, actions);
    }

    public static string OutcomeName(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Certify => "certified",
        OutcomeKind.CertifyWithActionPlan => "certified with an action plan",
        _ => "not certified",
    };

    /// <summary>
    /// Why, in sentences: which rules failed, or which elements need action, or that every rule was met. Pure, so
    /// the decision page can preview exactly what will be recorded.
    /// </summary>
    public static IReadOnlyList<string> Reasons(RatingScale scale, Outcome outcome)
    {
        if (outcome.Kind == OutcomeKind.NotCertified) return outcome.Reasons.ToList();
        var share = outcome.CompliantShare.ToString("P0", CultureInfo.GetCultureInfo("en-GB"));
        var met = $"{outcome.Compliant} of {outcome.Assessed} elements ({share}) are compliant and none blocks certification.";
        if (outcome.Kind == OutcomeKind.Certify) return [met];
        var name = scale.Ratings.FirstOrDefault(r => r.NeedsActionPlan)?.Name ?? "action plan";
        return [met, $"{outcome.ActionPlanElements.Count} element{(outcome.ActionPlanElements.Count == 1 ? "" : "s")} rated {name} to address in an action plan: {string.Join(", ", outcome.ActionPlanElements)}."];
    }
}

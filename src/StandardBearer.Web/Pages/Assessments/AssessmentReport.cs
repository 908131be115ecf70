using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>One row of the compliance table: the element, its short title and the final rating (given here or carried forward).</summary>
public sealed record ReportElement(
    string Number, string Title, string CriterionNumber, bool InScope, bool CarriedForward, string? RatingKey, string? RatingName, string RatingColour, string? Comment);

public sealed record ReportCriterion(string Number, string Title, string? Findings);

public sealed record RatingCount(string Key, string Name, string Colour, int Count);

public sealed record SessionKindCount(SessionKind Kind, string Name, int Count);

public sealed record FactualAccuracyCommentView(Guid Id, DateTimeOffset CreatedAt, string? CreatedByName, string? ElementNumber, string Text);

/// <summary>
/// The assessment report as one read model: the HTML page on both sides, the DOCX and the API all render this, so
/// they cannot disagree. Built only for someone who may see the assessor's work (the body's side, or the organisation
/// once the report is released). Before every element in scope is rated it is not ready: <see cref="IsReady"/> is
/// false and <see cref="Missing"/> says what is still to do.
/// </summary>
public sealed record AssessmentReport(
    KeyInformation Key,
    bool IsReady,
    bool IsDraft,
    IReadOnlyList<string> Missing,
    int RatedInScope,
    int InScope,
    IReadOnlyList<string> Methodology,
    IReadOnlyList<SessionKindCount> Sessions,
    string? Strengths,
    string? AreasForImprovement,
    IReadOnlyList<ReportCriterion> Criteria,
    IReadOnlyList<ReportElement> Elements,
    IReadOnlyList<RatingCount> RatingCounts,
    string? OutcomeName,
    IReadOnlyList<string> DecisionReasons,
    IReadOnlyList<FactualAccuracyCommentView> FactualAccuracyComments)
{
    /// <summary>Free text split into paragraphs at blank lines, for the page and the DOCX alike.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<AssessmentReport> LoadAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct = default)
    {
        if (!access.CanSeeAssessorWork) throw new NotFoundException("Assessment not found");
        var key = await AssessmentKeyInformation.ForAsync(db, access, ct);
        var tree = await StandardCatalogue.TreeAsync(db, await StandardCatalogue.ByIdAsync(db, key.StandardVersionId, ct), ct);
        var scale = new RatingScale(tree.Ratings, tree.MinimumCompliantShare);
        var snapshot = (await AssessmentQueries.ElementsAsync(db, access, ct)).ToDictionary(e => e.Number, StringComparer.Ordinal);
        var id = access.AssessmentId;

        var elements = tree.Criteria
            .SelectMany(c => c.SubCriteria.SelectMany(s => s.Elements).Select(e => (Criterion: c.Number, Element: e)))
            .Where(x => snapshot.ContainsKey(x.Element.Number))
            .Select(x =>
            {
                var row = snapshot[x.Element.Number];
                var rating = row.FinalRatingKey is null ? null : scale.Find(row.FinalRatingKey);
                return new ReportElement(x.Element.Number, x.Element.Title, x.Criterion, row.InScope, row.CarriedForward,
                    rating?.Key, rating?.Name, RatingTags.Colour(scale, rating), row.FinalComment);
            })
            .ToList();
        var inScope = elements.Count(e => e.InScope);
        var rated = elements.Count(e => e.InScope && e.RatingKey is not null);

        var summary = await db.Set<Assessment>().Where(a => a.Id == id).Select(a => new { a.Strengths, a.AreasForImprovement }).SingleAsync(ct);
        var findings = await db.Set<CriterionFinding>().Where(f => f.AssessmentId == id).ToDictionaryAsync(f => f.CriterionNumber, f => f.Text, ct);
        var sessions = (await db.Set<VisitSession>().Where(s => s.AssessmentId == id).Select(s => s.Kind).ToListAsync(ct))
            .GroupBy(k => k).OrderBy(g => g.Key).Select(g => new SessionKindCount(g.Key, SessionKinds.DisplayName(g.Key), g.Count())).ToList();
        var comments = await db.Set<FactualAccuracyComment>().Where(c => c.AssessmentId == id).OrderBy(c => c.CreatedAt)
            .Select(c => new FactualAccuracyCommentView(c.Id, c.CreatedAt, c.CreatedByName, c.ElementNumber, c.Text)).ToListAsync(ct);

        var isReady = key.Status is AssessmentStatus.Rated or AssessmentStatus.ReportReleased or AssessmentStatus.Decided;
        var missing = new List<string>();
        if (rated < inScope) missing.Add($"{inScope - rated} of {inScope} elements in scope {(inScope - rated == 1 ? "is" : "are")} not rated yet");
        if (summary.Strengths is null) missing.Add("The summary of strengths is not written yet");
        if (summary.AreasForImprovement is null) missing.Add("The areas for continuous improvement are not written yet");

        return new AssessmentReport(
            key, isReady, key.Status != AssessmentStatus.Decided, missing, rated, inScope,
            MethodologyFor(key, tree, sessions, elements.Any(e => e.CarriedForward)), sessions,
            summary.Strengths, summary.AreasForImprovement,
            tree.Criteria.Select(c => new ReportCriterion(c.Number, c.Title, findings.GetValueOrDefault(c.Number))).ToList(),
            elements,
            scale.Ratings.Select(r => new RatingCount(r.Key, r.Name, RatingTags.Colour(scale, r), elements.Count(e => e.RatingKey == r.Key)))
                .Where(r => r.Count > 0).ToList(),
            key.Outcome is { } outcome ? Capitalise(AssessmentService.OutcomeName(outcome)) : null,
            key.DecisionReasons?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            comments);
    }

    /// <summary>How the assessment was done, in our own generic words, with this assessment's dates and sessions filled in.</summary>
    private static List<string> MethodologyFor(KeyInformation key, VersionTree tree, IReadOnlyList<SessionKindCount> sessions, bool anyCarriedForward)
    {
        var paragraphs = new List<string>
        {
            $"The assessment was made against {key.StandardLabel} in two stages: a desktop review, then an on-site visit.",
            $"Desktop review{(key.DocumentReviewOn is { } review ? $" (document review on {Dates.Day(review)})" : "")}: the assessor reviewed the organisation's self-assessment of each element of the standard, "
                + "with its narrative and the evidence linked to it, as they stood when the organisation applied. Where more evidence was needed the assessor asked for it, and the organisation's answers were reviewed in the same way.",
        };
        var total = sessions.Sum(s => s.Count);
        var visit = $"On-site visit{(key.VisitDates is { } dates ? $" ({dates})" : "")}: the assessor tested what the self-assessment and evidence described by speaking with the people who use and deliver the service and by seeing it at work.";
        paragraphs.Add(total == 0
            ? visit
            : $"{visit} {total} session{(total == 1 ? " was" : "s were")} held: {string.Join(", ", sessions.Select(s => $"{s.Name.ToLowerInvariant()} ({s.Count})"))}.");
        paragraphs.Add($"Each element in scope was then given a final rating on the standard's scale ({string.Join(", ", tree.Ratings.Select(r => r.Name))}). "
            + "A rating above plain compliance comes with a comment on what makes the practice exemplary; a rating below it, with a comment on what is missing.");
        if (anyCarriedForward)
            paragraphs.Add("This annual review covered some elements only: the others keep the rating given at the previous assessment, shown in the compliance table as carried forward.");
        return paragraphs;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>The GOV.UK tag colour for a rating, from the scale's data rather than its keys.</summary>
public static class RatingTags
{
    public static string Colour(RatingScale scale, ScaleRating? rating)
    {
        if (rating is null) return "grey";
        if (rating.Blocks) return "red";
        if (!rating.CountsAsCompliant || rating.NeedsActionPlan) return "yellow";
        return RatingComments.For(scale, rating) == CommentRequirement.WhatMakesItExemplary ? "green" : "blue";
    }
}

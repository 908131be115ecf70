using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Reports;

/// <summary>
/// Everything a board report says, read once from the database by <see cref="BoardReportFactsQuery"/>;
/// <see cref="BoardReportComposer"/> turns it into text. Null or empty parts are data the organisation does not have
/// (no assessment this year, no costs), which the composer says rather than leaving a section out.
/// </summary>
public sealed record BoardReportFacts(
    string OrganisationName,
    int Year,
    DateOnly Today,
    StandardFacts? Standard,
    UseFacts Uses,
    HoldingFacts? Holding,
    AssessmentFacts? Assessment,
    PositionFacts Position,
    IReadOnlyList<TrendFacts> Trend,
    CostYearSummary Costs,
    CostYearSummary PreviousCosts,
    CertificateFacts? Certificate,
    string? ContactName,
    string? ContactEmail);

/// <summary>The standard version the report describes: the year's assessment's, or else the one the organisation self-assesses against.</summary>
public sealed record StandardFacts(
    string Name,
    string VersionLabel,
    IReadOnlyList<CriterionFacts> Criteria,
    int ElementCount,
    IReadOnlyList<ScaleRating> Ratings);

public sealed record CriterionFacts(string Number, string Title);

/// <summary>
/// The four ways an organisation uses the standard, each from its own data: continuous improvement (its open
/// self-assessment and improvement actions), skills development (element champions, learning log), independent
/// validation (its assessments) and best practice (its published cases).
/// </summary>
public sealed record UseFacts(
    SelfAssessmentFacts? SelfAssessment,
    int OpenActions,
    int OverdueActions,
    int Champions,
    int ElementsWithChampions,
    decimal LearningHours,
    int LearningActivities,
    int Assessments,
    int? FirstAssessedYear,
    IReadOnlyList<string> PublishedCases);

public sealed record SelfAssessmentFacts(int Elements, int Completed, int InProgress, DateTimeOffset StartedAt);

/// <summary>How long the organisation has held the standard without a break, and under which awards (a predecessor award included).</summary>
public sealed record HoldingFacts(DateOnly Since, IReadOnlyList<HoldingPeriod> Periods);

/// <summary>The year's assessment: the latest of the organisation's released or decided assessments in the calendar year.</summary>
public sealed record AssessmentFacts(
    AssessmentType Type,
    string BodyName,
    string? LeadAssessorName,
    DateOnly? VisitStartsOn,
    DateOnly? VisitEndsOn,
    DateTimeOffset? ReportReleasedAt,
    DateTimeOffset? DecidedAt,
    OutcomeKind? Outcome,
    string Sites,
    IReadOnlyList<SessionFacts> Sessions,
    string VersionLabel,
    IReadOnlyList<ScaleRating> Scale,
    IReadOnlyList<ElementResult> Elements,
    PreviousAssessmentFacts? Previous,
    IReadOnlyList<ActionFacts> Actions);

public sealed record SessionFacts(DateOnly Date, string Site, SessionKind Kind, string? Participants);

/// <summary>An element's final rating, with its title and statement as worded in the assessment's standard version.</summary>
public sealed record ElementResult(string Number, string Title, string Statement, string? RatingKey, bool CarriedForward, string? Comment);

/// <summary>The organisation's released or decided assessment before this one, for what changed at the top rating.</summary>
public sealed record PreviousAssessmentFacts(int Year, IReadOnlyList<string> TopRated, IReadOnlyDictionary<string, string> Titles);

/// <summary>An open improvement action on an element.</summary>
public sealed record ActionFacts(string ElementNumber, string Description, string? OwnerName, DateOnly DueDate);

/// <summary>
/// The organisation's position in its body's benchmark table at the end of the year (today, for this year), as its
/// own benchmark page shows it. <see cref="Sentence"/> is null when it is not in a table or the table is too small.
/// </summary>
public sealed record PositionFacts(DateOnly? AsOf, string? BodyName, bool InTable, bool Suppressed, string? Sentence, bool Published);

public sealed record TrendFacts(int Year, DateOnly AsOf, string? BodyName, int? Rank, bool Tied, int? Total, int? Points, int? CompliancePlus);

/// <summary>The certificate the organisation holds and the next due date in its cycle.</summary>
public sealed record CertificateFacts(string Number, string BodyName, DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status, CertificateMilestone? Next);

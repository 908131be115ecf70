using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Assessments;

/// <summary>The assessor's findings for one criterion of the standard, for the report.</summary>
public class CriterionFinding : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public required string CriterionNumber { get; set; }
    public required string Text { get; set; }
}

/// <summary>The organisation pointing out a factual error in the released draft report, before the decision.</summary>
public class FactualAccuracyComment : IOrganisationAndBodyOwned
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    /// <summary>The element the comment is about, or null for the report as a whole.</summary>
    public string? ElementNumber { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public string? CreatedByName { get; set; }
}

using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Skills;

public enum LearningKind
{
    Training,
    Workshop,
    Visit,
    PeerReview,
    Other,
}

public static class LearningKinds
{
    public static readonly IReadOnlyList<LearningKind> All = Enum.GetValues<LearningKind>();

    public static string Display(LearningKind kind) => kind switch
    {
        LearningKind.Training => "Training",
        LearningKind.Workshop => "Workshop",
        LearningKind.Visit => "Visit to another holder",
        LearningKind.PeerReview => "Peer review",
        _ => "Other",
    };
}

/// <summary>
/// One entry in an organisation's learning log: who learned what, when, for how long, and which elements and
/// published best-practice cases it was about. Once recorded as evidence it keeps the evidence item's id.
/// </summary>
public class LearningActivity : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public LearningKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>People or teams who took part, as typed.</summary>
    public required string People { get; set; }

    public decimal Hours { get; set; }
    public string? Notes { get; set; }

    /// <summary>Element numbers of the standard version current when saved, in the standard's order.</summary>
    public List<string> ElementNumbers { get; set; } = [];

    /// <summary>Published best-practice cases the activity learned from.</summary>
    public List<Guid> BestPracticeCaseIds { get; set; } = [];

    public Guid? EvidenceItemId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
}

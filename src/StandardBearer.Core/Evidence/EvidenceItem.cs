using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Evidence;

public enum EvidenceKind
{
    Document,
    WebLink,
    Photo,
    Data,
    Note,
}

public static class EvidenceKinds
{
    public static string DisplayName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Document => "Document",
        EvidenceKind.WebLink => "Web link",
        EvidenceKind.Photo => "Photo",
        EvidenceKind.Data => "Data",
        EvidenceKind.Note => "Note",
        _ => kind.ToString(),
    };
}

/// <summary>
/// One piece of the organisation's evidence portfolio. What it is and when it was true live here; what was
/// uploaded lives in <see cref="EvidenceRevision"/>s, of which the highest number is current and none is ever lost.
/// Deleting only marks the item, so assessments that already used it still show it.
/// </summary>
public class EvidenceItem : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public EvidenceKind Kind { get; set; }
    public Guid? OwnerUserId { get; set; }

    /// <summary>When the evidence was true (a single date has no <see cref="EffectiveTo"/>); not when it was uploaded.</summary>
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>Lower case, trimmed, distinct.</summary>
    public List<string> Tags { get; set; } = [];

    public int CurrentRevision { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public Guid? DeletedByUserId { get; set; }
    public List<EvidenceRevision> Revisions { get; set; } = [];
}

/// <summary>What was provided at one point: files, or a web address. Kept for good so the history shows who, when and which bytes.</summary>
public class EvidenceRevision : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid EvidenceItemId { get; set; }
    public int Number { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public string? CreatedByName { get; set; }
    public List<EvidenceFile> Files { get; set; } = [];
}

/// <summary>A file in a revision. The bytes are in the <see cref="IEvidenceStore"/> under <see cref="Sha256"/>, stored once however often uploaded.</summary>
public class EvidenceFile : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid EvidenceRevisionId { get; set; }
    public required string FileName { get; set; }
    public required string MediaType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
}

/// <summary>An item supporting one element of one self-assessment. One item can support many elements.</summary>
public class EvidenceLink : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid EvidenceItemId { get; set; }
    public Guid ElementSelfAssessmentId { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
    public Guid? LinkedByUserId { get; set; }
}

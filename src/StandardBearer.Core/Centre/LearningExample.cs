using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Centre;

public enum LearningExampleStatus
{
    Draft,
    Published,
}

/// <summary>
/// How an organisation learned from others' best practice, which the standard asks it to show: what it learned and
/// from whom, what changed as a result, the elements it bears on and any published best-practice cases it drew on.
/// Drafts are the organisation's own; published examples are public.
/// </summary>
public class LearningExample : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    /// <summary>Whom it learned from: another holder, a network, a visit.</summary>
    public required string LearnedFrom { get; set; }
    public required string WhatWeLearned { get; set; }
    public required string WhatChanged { get; set; }
    public List<string> ElementNumbers { get; set; } = [];
    /// <summary>Published best-practice cases it drew on.</summary>
    public List<Guid> CaseIds { get; set; } = [];
    public LearningExampleStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}

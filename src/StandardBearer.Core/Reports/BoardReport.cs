using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Reports;

/// <summary>
/// An organisation's report to its board or elected members for one assessment year: six numbered sections drafted
/// from its own data, each of which the lead may edit before exporting. One per organisation and year.
/// </summary>
public class BoardReport : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }

    /// <summary>The contact officer named at the end of the report; the user who first generated it, until changed.</summary>
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }

    public DateTimeOffset GeneratedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public List<BoardReportSection> Sections { get; set; } = [];
}

/// <summary>
/// One numbered section. <see cref="Generated"/> is recomposed from the data on every regeneration;
/// <see cref="Edited"/>, when set, is what the report shows and survives regeneration until the section is refreshed.
/// Both are plain text in the small markup <see cref="BoardReportText"/> reads.
/// </summary>
public class BoardReportSection : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid BoardReportId { get; set; }
    public Guid OrganisationId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string Generated { get; set; }
    public string? Edited { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public string? EditedByName { get; set; }
}

public sealed record EditBoardReportSectionRequest
{
    public string? Text { get; init; }
}

/// <summary>The report as every reader and writer sees it: the organisation's name and each section's current text.</summary>
public sealed record BoardReportDocument(
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    int Year,
    string Title,
    string? ContactName,
    string? ContactEmail,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<BoardReportSectionView> Sections);

/// <summary>A section's <see cref="Text"/> is the edit when there is one, otherwise the generated text.</summary>
public sealed record BoardReportSectionView(
    int Number,
    string Title,
    string Text,
    bool IsEdited,
    string Generated,
    DateTimeOffset? EditedAt,
    string? EditedByName);

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Reports;

/// <summary>
/// Every change to a board report: generating (or regenerating) it from the organisation's data, editing a section,
/// and refreshing a section back to the generated text. An edited section keeps its edit through regeneration.
/// </summary>
public sealed class BoardReportService(AppDbContext db)
{
    public const int MaxTextLength = 20_000;

    /// <summary>
    /// Creates the report for (organisation, year) or regenerates it: every section's generated text is recomposed
    /// from the data; an edited section keeps its edit. The contact officer defaults to the acting user on first generation.
    /// </summary>
    public async Task<BoardReport> GenerateAsync(Guid organisationId, int year, Actor actor, CancellationToken ct = default)
    {
        CheckYear(year);
        var report = await FindAsync(organisationId, year, ct);
        var created = report is null;
        if (report is null)
        {
            var contact = actor.UserId is { } userId
                ? await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct)
                : null;
            report = new BoardReport
            {
                Id = db.NewId(), OrganisationId = organisationId, Year = year, ContactName = contact?.DisplayName, ContactEmail = contact?.Email,
            };
        }
        var facts = await BoardReportFactsQuery.LoadAsync(db, organisationId, year, ct) with { ContactName = report.ContactName, ContactEmail = report.ContactEmail };
        var sections = BoardReportComposer.Compose(facts);
        var now = db.Time.GetUtcNow();
        if (created) db.Add(report);
        foreach (var (number, title, text) in sections)
        {
            var section = report.Sections.SingleOrDefault(s => s.Number == number);
            if (section is null)
            {
                section = new BoardReportSection { Id = db.NewId(), BoardReportId = report.Id, OrganisationId = organisationId, Number = number, Title = title, Generated = text };
                report.Sections.Add(section);
                db.Add(section);
            }
            section.Title = title;
            section.Generated = text;
        }
        report.GeneratedAt = now;
        report.UpdatedAt = now;
        report.UpdatedByUserId = actor.UserId;
        db.Record(actor, created ? "BoardReportGenerated" : "BoardReportRegenerated", $"BoardReport/{report.Id}", organisationId,
            after: new { report.Year, Edited = report.Sections.Where(s => s.Edited is not null).Select(s => s.Number).OrderBy(n => n).ToList() });
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Saves the user's text for one section (1-6); what the report shows until the section is refreshed.</summary>
    public async Task EditSectionAsync(Guid organisationId, int year, int number, EditBoardReportSectionRequest request, Actor actor, CancellationToken ct = default)
    {
        var text = Validation.CleanText(request.Text);
        if (text is null)
            throw new DomainValidationException(nameof(request.Text), "Enter the text of the section");
        if (text.Length > MaxTextLength)
            throw new DomainValidationException(nameof(request.Text), $"The text of the section must be 20,000 characters or fewer");
        var (report, section) = await FindSectionAsync(organisationId, year, number, ct);
        var before = section.Edited;
        var now = db.Time.GetUtcNow();
        section.Edited = text;
        section.EditedAt = now;
        section.EditedByName = actor.Name;
        report.UpdatedAt = now;
        report.UpdatedByUserId = actor.UserId;
        db.Record(actor, "BoardReportSectionEdited", $"BoardReport/{report.Id}/Section/{number}", organisationId, before: before, after: text);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Drops the edit of one section and takes freshly generated text.</summary>
    public async Task RefreshSectionAsync(Guid organisationId, int year, int number, Actor actor, CancellationToken ct = default)
    {
        var (report, section) = await FindSectionAsync(organisationId, year, number, ct);
        var facts = await BoardReportFactsQuery.LoadAsync(db, organisationId, year, ct);
        var fresh = BoardReportComposer.Compose(facts).Single(s => s.Number == number);
        var before = section.Edited;
        var now = db.Time.GetUtcNow();
        section.Title = fresh.Title;
        section.Generated = fresh.Text;
        section.Edited = null;
        section.EditedAt = null;
        section.EditedByName = null;
        report.UpdatedAt = now;
        report.UpdatedByUserId = actor.UserId;
        db.Record(actor, "BoardReportSectionRefreshed", $"BoardReport/{report.Id}/Section/{number}", organisationId, before: before);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A year a report can sensibly be about; the CLI and the API pass what they were given.</summary>
    public static bool IsValidYear(int year) => year is >= 2000 and <= 2100;

    private static void CheckYear(int year)
    {
        if (!IsValidYear(year))
            throw new DomainValidationException("Year", "Enter a year between 2000 and 2100");
    }

    private Task<BoardReport?> FindAsync(Guid organisationId, int year, CancellationToken ct) =>
        db.Set<BoardReport>().Include(r => r.Sections).SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Year == year, ct);

    private async Task<(BoardReport Report, BoardReportSection Section)> FindSectionAsync(Guid organisationId, int year, int number, CancellationToken ct)
    {
        var report = await FindAsync(organisationId, year, ct) ?? throw new NotFoundException("Board report not found");
        var section = report.Sections.SingleOrDefault(s => s.Number == number) ?? throw new NotFoundException("Board report section not found");
        return (report, section);
    }
}

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Core.Reports;

/// <summary>Everything a board report says, read once from the database; <see cref="BoardReportComposer"/> turns it into text.</summary>
public sealed record BoardReportFacts(string OrganisationName, int Year);

public static class BoardReportFactsQuery
{
    public static async Task<BoardReportFacts> LoadAsync(AppDbContext db, Guid organisationId, int year, CancellationToken ct = default)
    {
        var name = await db.Set<Organisation>().Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException("Organisation not found");
        return new BoardReportFacts(name, year);
    }
}

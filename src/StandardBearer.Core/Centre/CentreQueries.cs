using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Centre;

/// <summary>
/// Loads what the standard owner's dashboard is computed from. The owner's statistics are across every tenant, so
/// this is one of the named cross-tenant reads (IgnoreQueryFilters); only counts leave it, never a holder's name.
/// </summary>
public static class CentreQueries
{
    public static async Task<CentreDashboardFigures> DashboardAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        var data = await BenchmarkQueries.LoadAsync(db, BenchmarkQueries.DefaultStandard, ct);
        var certificates = await (from c in db.Set<Certificate>().IgnoreQueryFilters().AsNoTracking()
                                  join o in db.Organisations on c.OrganisationId equals o.Id
                                  select new { Certificate = c, o.Sector })
            .ToListAsync(ct);
        var facts = certificates.Select(x => new CertificateFact(x.Certificate.OrganisationId, x.Sector, x.Certificate.CertificationBodyId,
            x.Certificate.StatusOn(today))).ToList();
        return CentreDashboard.Build(data, facts, await PublishedCasesAsync(db, ct), today);
    }

    /// <summary>How many published best-practice cases each element has.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> PublishedCasesAsync(AppDbContext db, CancellationToken ct = default) =>
        await db.BestPracticeCases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.Published)
            .GroupBy(c => c.ElementNumber).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, ct);
}

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Benchmarking;

public sealed record ResultsImportRow(
    Guid Id, DateTimeOffset ImportedAt, string ImportedBy, string FileName, string StandardCode, string VersionLabel, string Sha256,
    int Rows, int ResultsCreated, int ResultsUpdated, int ResultsUnchanged, int OrganisationsCreated, int BodiesCreated)
{
    public string Summary => ResultsImportReport.Summary(Rows, ResultsCreated, ResultsUpdated, ResultsUnchanged, OrganisationsCreated, BodiesCreated);
}

public static class ResultsImportQueries
{
    /// <summary>The imports a body's admins made, newest first. Imports from the command line belong to no body and are not here.</summary>
    public static Task<List<ResultsImportRow>> HistoryAsync(AppDbContext db, Guid bodyId, CancellationToken ct = default) =>
        (from i in db.ResultsImports
         join v in db.StandardVersions on i.StandardVersionId equals v.Id
         where i.CertificationBodyId == bodyId
         orderby i.ImportedAt descending, i.Id descending
         select new ResultsImportRow(i.Id, i.ImportedAt, i.ImportedBy, i.FileName, v.Standard!.Code, v.Label, i.Sha256,
             i.Rows, i.ResultsCreated, i.ResultsUpdated, i.ResultsUnchanged, i.OrganisationsCreated, i.BodiesCreated)).ToListAsync(ct);

    /// <summary>One of the body's imports, for the banner after an upload.</summary>
    public static Task<ResultsImportRow?> FindAsync(AppDbContext db, Guid bodyId, Guid importId, CancellationToken ct = default) =>
        (from i in db.ResultsImports
         join v in db.StandardVersions on i.StandardVersionId equals v.Id
         where i.CertificationBodyId == bodyId && i.Id == importId
         select new ResultsImportRow(i.Id, i.ImportedAt, i.ImportedBy, i.FileName, v.Standard!.Code, v.Label, i.Sha256,
             i.Rows, i.ResultsCreated, i.ResultsUpdated, i.ResultsUnchanged, i.OrganisationsCreated, i.BodiesCreated)).SingleOrDefaultAsync(ct);
}

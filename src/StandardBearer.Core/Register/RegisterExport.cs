using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Register;

/// <summary>One certificate in the field layout of an IAF CertSearch upload.</summary>
public sealed record RegisterExportRow(
    string CertificateNumber,
    CertificateStatus Status,
    string EntityName,
    string StreetAddress,
    string City,
    string PostalCode,
    string Country,
    string Scope,
    DateOnly OriginalIssuedOn,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    string CertificationBody);

/// <summary>
/// The register as a file a body can upload to IAF CertSearch (or anyone can open in a spreadsheet), as CSV or
/// XLSX. The public export holds the rows the register lists; a body's own export holds all its certificates.
/// </summary>
public static class RegisterExport
{
    public const string Country = "United Kingdom";

    public static readonly IReadOnlyList<string> Header =
    [
        "Certificate Number", "Certification Status", "Certified Entity Name", "Street Address", "City", "Postal Code", "Country",
        "Certification Scope", "Original Issue Date", "Issue Date", "Expiry Date", "Certification Body",
    ];

    /// <summary>The holders the register lists for these filters (paging ignored): active or suspended, not confidential.</summary>
    public static Task<IReadOnlyList<RegisterExportRow>> PublicAsync(AppDbContext db, RegisterQuery filters, DateOnly today, CancellationToken ct = default) =>
        RowsAsync(RegisterQueries.Holders(db, filters, today), today, ct);

    /// <summary>Every certificate of one body in every status; confidential ones only when asked for (the body's own upload).</summary>
    public static Task<IReadOnlyList<RegisterExportRow>> ForBodyAsync(AppDbContext db, Guid bodyId, bool includeConfidential, DateOnly today, CancellationToken ct = default) =>
        RowsAsync(RegisterQueries.Certificates(db).Where(x => x.Certificate.CertificationBodyId == bodyId && (includeConfidential || !x.Certificate.Confidential)), today, ct);

    private static async Task<IReadOnlyList<RegisterExportRow>> RowsAsync(IQueryable<RegisterQueries.Listing> listings, DateOnly today, CancellationToken ct)
    {
        var rows = await listings.OrderBy(x => x.Organisation.Name).ThenBy(x => x.Certificate.Number)
            .Select(x => new
            {
                x.Certificate.Number, x.Certificate.Status, x.Certificate.ExpiresOn, x.Certificate.OriginalIssuedOn, x.Certificate.IssuedOn, x.Certificate.Scope,
                x.Organisation.Name, x.Organisation.Address.Line1, x.Organisation.Address.Line2, x.Organisation.Address.Town, x.Organisation.Address.Postcode,
                Body = x.Body.Name,
            })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new RegisterExportRow(
            r.Number,
            // As the public reads it: a certificate past its expiry date is expired even before the daily job says so.
            r.Status is CertificateStatus.Active or CertificateStatus.Suspended && today > r.ExpiresOn ? CertificateStatus.Expired : r.Status,
            r.Name,
            string.Join(", ", new[] { r.Line1, r.Line2 }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())),
            r.Town?.Trim() ?? "",
            r.Postcode?.Trim() ?? "",
            Country,
            r.Scope,
            r.OriginalIssuedOn,
            r.IssuedOn,
            r.ExpiresOn,
            r.Body)).ToList();
    }

    public static IReadOnlyList<string> Fields(RegisterExportRow row) =>
    [
        row.CertificateNumber, row.Status.ToString(), row.EntityName, row.StreetAddress, row.City, row.PostalCode, row.Country, row.Scope,
        Iso(row.OriginalIssuedOn), Iso(row.IssuedOn), Iso(row.ExpiresOn), row.CertificationBody,
    ];

    /// <summary>RFC 4180 CSV with formulas defused (see <see cref="Csv"/>).</summary>
    public static string ToCsv(IEnumerable<RegisterExportRow> rows) => Csv.Write(Header, rows.Select(Fields));

    /// <summary>Every value an inline string, so dates stay ISO text as CertSearch expects.</summary>
    public static byte[] ToXlsx(IEnumerable<RegisterExportRow> rows) => Xlsx.Write("Certificates", Header, rows.Select(Fields), Widths);

    private static readonly double[] Widths = [22, 14, 40, 36, 20, 12, 16, 50, 14, 12, 12, 36];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Register;

/// <summary>What the public asks the register for. Paging values out of range are brought into range, not refused.</summary>
public sealed record RegisterQuery
{
    /// <summary>Part of the organisation's name, in any case.</summary>
    public string? Query { get; init; }
    public Sector? Sector { get; init; }
    public Region? Region { get; init; }
    public Guid? CertificationBodyId { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = RegisterQueries.DefaultPageSize;
}

/// <summary>One row of the register: a certificate in force and the organisation holding it.</summary>
public sealed record RegisterHolder(
    string Number,
    string OrganisationName,
    Sector Sector,
    Region Region,
    string Scope,
    Guid CertificationBodyId,
    string BodyName,
    CertificateStatus Status,
    DateOnly? HeldSince,
    int CompliancePlus);

public sealed record RegisterResults(IReadOnlyList<RegisterHolder> Items, int Page, int PageSize, int Total)
{
    public int TotalPages => Total == 0 ? 1 : (int)((Total + (long)PageSize - 1) / PageSize);
}

/// <summary>The public facts of one certificate, whatever its status and whether or not it is listed.</summary>
public sealed record CertificateVerification(
    string Number,
    string OrganisationName,
    string Scope,
    string BodyName,
    string StandardTitle,
    string VersionLabel,
    CertificateStatus Status,
    string? StatusReason,
    DateOnly? StatusChangedOn,
    DateOnly OriginalIssuedOn,
    DateOnly IssuedOn,
    DateOnly ExpiresOn)
{
    public bool IsValid => Status == CertificateStatus.Active;
}

/// <summary>
/// The public register of holders and certificate verification. Certificates are public facts, so these named
/// methods read across every tenant on purpose (IgnoreQueryFilters) and project only what the public may see.
/// </summary>
public static class RegisterQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    private const int MaxQueryLength = 200;

    /// <summary>Holders (active or suspended as of <paramref name="today"/>, not confidential) matching the filters, a page at a time, by organisation name.</summary>
    public static async Task<RegisterResults> SearchAsync(AppDbContext db, RegisterQuery query, DateOnly today, CancellationToken ct = default)
    {
        var pageSize = query.PageSize < 1 ? DefaultPageSize : Math.Min(query.PageSize, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var holders = Holders(db, query, today);
        var total = await holders.CountAsync(ct);
        var skip = (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);
        // The highest-scoring rating of the assessment's own version is its "Compliance Plus", whatever the scale calls it.
        var rows = await holders.OrderBy(x => x.Organisation.Name).ThenBy(x => x.Certificate.Number).Skip(skip).Take(pageSize)
            .Select(x => new
            {
                x.Certificate.Number,
                OrganisationId = x.Organisation.Id,
                x.Organisation.Name,
                x.Organisation.Sector,
                x.Organisation.Region,
                x.Certificate.Scope,
                BodyId = x.Body.Id,
                BodyName = x.Body.Name,
                x.Certificate.Status,
                CompliancePlus = db.Set<AssessmentElement>().IgnoreQueryFilters().Count(e => e.AssessmentId == x.Certificate.AssessmentId
                    && e.FinalRatingKey == db.Set<VersionRating>()
                        .Where(r => r.StandardVersionId == x.StandardVersionId)
                        .OrderByDescending(r => r.Points).ThenBy(r => r.Order).Select(r => r.Key).FirstOrDefault()),
            })
            .ToListAsync(ct);
        var holdings = await CertificateQueries.HoldingsAsync(db, rows.Select(r => r.OrganisationId).Distinct().ToList(), today, ct);
        var items = rows.Select(r => new RegisterHolder(r.Number, r.Name, r.Sector, r.Region, r.Scope, r.BodyId, r.BodyName, r.Status,
            holdings.TryGetValue(r.OrganisationId, out var holding) ? holding.Since : null, r.CompliancePlus)).ToList();
        return new RegisterResults(items, page, pageSize, total);
    }

    /// <summary>
    /// Any certificate by its number (spaces around it and letter case ignored), in any status and confidential or
    /// not: someone holding a certificate number may always check it. Null when no certificate has that number.
    /// </summary>
    public static async Task<CertificateVerification?> VerifyAsync(AppDbContext db, string? number, DateOnly today, CancellationToken ct = default)
    {
        var wanted = number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(wanted) || wanted.Length > 40) return null;
        var found = await (from c in db.Set<Certificate>().IgnoreQueryFilters()
                           where c.Number.ToUpper() == wanted
                           join o in db.Organisations on c.OrganisationId equals o.Id
                           join b in db.CertificationBodies on c.CertificationBodyId equals b.Id
                           join a in db.Set<Assessment>().IgnoreQueryFilters() on c.AssessmentId equals a.Id
                           join v in db.StandardVersions on a.StandardVersionId equals v.Id
                           select new { Certificate = c, Organisation = o.Name, Body = b.Name, Standard = v.Standard!.Title, v.Label })
            .AsNoTracking().FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var certificate = found.Certificate;
        var status = certificate.StatusOn(today);
        // Past its expiry date but not yet marked by the daily job: say what the job will say.
        var (reason, changedOn) = status != certificate.Status
            ? ($"Reached its expiry date, {Dates.Day(certificate.ExpiresOn)}, without a certifying reassessment", certificate.ExpiresOn)
            : (certificate.StatusReason, certificate.StatusChangedAt is { } at ? Dates.ToDate(at) : (DateOnly?)null);
        return new CertificateVerification(certificate.Number, found.Organisation, certificate.Scope, found.Body, found.Standard, found.Label, status, reason,
            changedOn, certificate.OriginalIssuedOn, certificate.IssuedOn, certificate.ExpiresOn);
    }

    /// <summary>A certificate with what the register shows beside it.</summary>
    internal sealed class Listing
    {
        public required Certificate Certificate { get; init; }
        public required Organisation Organisation { get; init; }
        public required CertificationBody Body { get; init; }
        public Guid StandardVersionId { get; init; }
    }

    /// <summary>The register's rows, unordered: the same for the search and the public export.</summary>
    internal static IQueryable<Listing> Holders(AppDbContext db, RegisterQuery query, DateOnly today)
    {
        // "Held as of today" is StatusOn(today) in SQL: active or suspended, and not past the expiry date.
        var holders = Certificates(db).Where(x => !x.Certificate.Confidential
            && (x.Certificate.Status == CertificateStatus.Active || x.Certificate.Status == CertificateStatus.Suspended)
            && x.Certificate.ExpiresOn >= today);
        if (Term(query.Query) is { } term) holders = holders.Where(x => x.Organisation.Name.ToLower().Contains(term));
        if (query.Sector is { } sector) holders = holders.Where(x => x.Organisation.Sector == sector);
        if (query.Region is { } region) holders = holders.Where(x => x.Organisation.Region == region);
        if (query.CertificationBodyId is { } bodyId) holders = holders.Where(x => x.Certificate.CertificationBodyId == bodyId);
        return holders;
    }

    /// <summary>Every certificate of every tenant with its organisation, body and standard version.</summary>
    internal static IQueryable<Listing> Certificates(AppDbContext db) =>
        from c in db.Set<Certificate>().IgnoreQueryFilters()
        join o in db.Organisations on c.OrganisationId equals o.Id
        join b in db.CertificationBodies on c.CertificationBodyId equals b.Id
        join a in db.Set<Assessment>().IgnoreQueryFilters() on c.AssessmentId equals a.Id
        select new Listing { Certificate = c, Organisation = o, Body = b, StandardVersionId = a.StandardVersionId };

    /// <summary>The name search, lower-cased here and in SQL so that it ignores case on SQLite and PostgreSQL alike.</summary>
    private static string? Term(string? query)
    {
        var term = string.Join(' ', (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (term.Length == 0) return null;
        return (term.Length > MaxQueryLength ? term[..MaxQueryLength] : term).ToLowerInvariant();
    }
}

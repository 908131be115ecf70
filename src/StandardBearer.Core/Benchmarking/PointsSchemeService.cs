using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Benchmarking;

public sealed record SavePointsSchemeRequest
{
    [Required(ErrorMessage = "Enter a name for the scheme")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; init; } = "";

    [Required(ErrorMessage = "Enter the date the scheme takes effect")]
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Points for each rating key of the standard's scale. Every rating needs a whole number from -100 to 100.</summary>
    public IReadOnlyDictionary<string, int?> Points { get; init; } = new Dictionary<string, int?>();
}

/// <summary>A points scheme as a body's admin sees it in the list.</summary>
public sealed record PointsSchemeSummary(Guid Id, string Name, DateOnly EffectiveFrom, IReadOnlyList<(string Rating, int Points)> Points, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>A body's own points per rating. Schemes are kept, not edited, so past tables can still say which scheme they used.</summary>
public sealed class PointsSchemeService(AppDbContext db)
{
    public const int MinPoints = -100;
    public const int MaxPoints = 100;

    public async Task<PointsScheme> AddAsync(Guid bodyId, SavePointsSchemeRequest request, Actor actor, string standardCode = BenchmarkQueries.DefaultStandard,
        CancellationToken ct = default)
    {
        await RequireBodyAdminAsync(bodyId, actor, ct);
        Validation.Validate(request);
        var (standardId, scale) = await ScaleAsync(standardCode, ct);

        var errors = new Dictionary<string, string[]>();
        foreach (var rating in scale.Ratings)
        {
            var field = $"{nameof(SavePointsSchemeRequest.Points)}[{rating.Key}]";
            if (!request.Points.TryGetValue(rating.Key, out var points) || points is null)
                errors[field] = [$"Enter the points for {rating.Name}"];
            else if (points is < MinPoints or > MaxPoints)
                errors[field] = [$"Points for {rating.Name} must be a whole number from {MinPoints} to {MaxPoints}"];
        }
        var unknown = request.Points.Keys.Where(k => scale.Ratings.All(r => r.Key != k)).ToList();
        if (unknown.Count > 0) errors[nameof(SavePointsSchemeRequest.Points)] = [$"Unknown rating: {string.Join(", ", unknown)}"];
        var from = request.EffectiveFrom!.Value;
        if (await db.PointsSchemes.AnyAsync(s => s.CertificationBodyId == bodyId && s.StandardId == standardId && s.EffectiveFrom == from, ct))
            errors[nameof(SavePointsSchemeRequest.EffectiveFrom)] = [$"A scheme already takes effect on {Dates.Day(from)}. Choose another date or remove that scheme first"];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var scheme = new PointsScheme
        {
            Id = db.NewId(),
            CertificationBodyId = bodyId,
            StandardId = standardId,
            Name = request.Name.Trim(),
            EffectiveFrom = from,
            CreatedAt = db.Time.GetUtcNow(),
            CreatedBy = actor.Name,
        };
        scheme.Ratings.AddRange(scale.Ratings.Select(r => new PointsSchemeRating
        {
            Id = db.NewId(), PointsSchemeId = scheme.Id, CertificationBodyId = bodyId, RatingKey = r.Key, Points = request.Points[r.Key]!.Value,
        }));
        db.PointsSchemes.Add(scheme);
        db.Record(actor, "PointsSchemeAdded", Subject(scheme.Id), certificationBodyId: bodyId,
            after: new { scheme.Name, EffectiveFrom = from.ToString("yyyy-MM-dd"), Points = scheme.Ratings.ToDictionary(r => r.RatingKey, r => r.Points) });
        await db.SaveChangesAsync(ct);
        return scheme;
    }

    public async Task RemoveAsync(Guid bodyId, Guid schemeId, Actor actor, CancellationToken ct = default)
    {
        await RequireBodyAdminAsync(bodyId, actor, ct);
        var scheme = await db.PointsSchemes.Include(s => s.Ratings).SingleOrDefaultAsync(s => s.Id == schemeId && s.CertificationBodyId == bodyId, ct)
            ?? throw new NotFoundException("Points scheme not found");
        db.PointsSchemes.Remove(scheme);
        db.Record(actor, "PointsSchemeRemoved", Subject(scheme.Id), certificationBodyId: bodyId,
            before: new { scheme.Name, EffectiveFrom = scheme.EffectiveFrom.ToString("yyyy-MM-dd") });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The body's schemes, newest first, with points in the scale's order.</summary>
    public static async Task<IReadOnlyList<PointsSchemeSummary>> ListAsync(AppDbContext db, Guid bodyId, CancellationToken ct = default)
    {
        var schemes = await db.PointsSchemes.AsNoTracking().Where(s => s.CertificationBodyId == bodyId).Include(s => s.Ratings).ToListAsync(ct);
        var (_, scale) = await ScaleAsync(db, BenchmarkQueries.DefaultStandard, ct);
        return schemes.OrderByDescending(s => s.EffectiveFrom)
            .Select(s => new PointsSchemeSummary(s.Id, s.Name, s.EffectiveFrom,
                scale.Ratings.Select(r => (r.Name, s.Ratings.FirstOrDefault(x => x.RatingKey == r.Key)?.Points ?? r.Points)).ToList(), s.CreatedAt, s.CreatedBy))
            .ToList();
    }

    /// <summary>The rating scale of the standard's newest published version: what a scheme gives points to.</summary>
    public static async Task<(Guid StandardId, RatingScale Scale)> ScaleAsync(AppDbContext db, string standardCode, CancellationToken ct = default)
    {
        var version = await db.StandardVersions.AsNoTracking().Include(v => v.Ratings)
            .Where(v => v.Standard!.Code == standardCode && v.Status == VersionStatus.Published)
            .OrderByDescending(v => v.PublishedAt).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"No published version of {standardCode}");
        return (version.StandardId, RatingScale.Of(version));
    }

    private Task<(Guid StandardId, RatingScale Scale)> ScaleAsync(string standardCode, CancellationToken ct) => ScaleAsync(db, standardCode, ct);

    private async Task RequireBodyAdminAsync(Guid bodyId, Actor actor, CancellationToken ct)
    {
        if (actor.UserId is not { } userId) return; // the CLI and seeding act for the platform
        var admin = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.CertificationBodyId == bodyId && m.Role == Role.CertificationBodyAdmin, ct);
        if (!admin) throw new ForbiddenException("Only an admin of the certification body can change its points schemes.");
    }

    private static string Subject(Guid id) => $"PointsScheme/{id}";
}

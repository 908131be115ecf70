using StandardBearer.Core.Common;

namespace StandardBearer.Core.Certification;

/// <summary>A stretch of time an organisation held an award. An open end means it is still held, or, for a predecessor award, that it ran on into the next one.</summary>
public sealed record HoldingPeriod(string Award, DateOnly From, DateOnly? To);

/// <summary>How long an organisation has held the standard without a break, and under which awards.</summary>
public sealed record Holding(DateOnly Since, IReadOnlyList<HoldingPeriod> Periods)
{
    /// <summary>"Held since 1997 (Charter Mark from 1997, Customer Service Excellence from 2009)".</summary>
    public string Sentence
    {
        get
        {
            var awards = Periods.OrderBy(p => p.From).GroupBy(p => p.Award).Select(g => $"{g.Key} from {g.First().From.Year}").ToList();
            return awards.Count <= 1 ? $"Held since {Since.Year}" : $"Held since {Since.Year} ({string.Join(", ", awards)})";
        }
    }
}

/// <summary>
/// Continuity as a pure function: start from the periods that cover today and walk back while the previous period
/// ends within <see cref="AllowedGapDays"/> of the next one starting, since a reassessment a few weeks late does not
/// mean the organisation stopped holding the standard.
/// </summary>
public static class Continuity
{
    public const int AllowedGapDays = 92;

    public static Holding? On(IEnumerable<HoldingPeriod> periods, DateOnly today)
    {
        var all = periods.Where(p => p.To is null || p.To >= p.From).OrderBy(p => p.From).ToList();
        var run = all.Where(p => p.From <= today && (p.To is null || p.To >= today)).ToList();
        if (run.Count == 0) return null;
        var since = run.Min(p => p.From);
        bool extended;
        do
        {
            extended = false;
            foreach (var p in all.Where(p => !run.Contains(p) && p.From < since && (p.To ?? DateOnly.MaxValue) >= since.AddDays(-AllowedGapDays)))
            {
                run.Add(p);
                since = p.From < since ? p.From : since;
                extended = true;
            }
        } while (extended);
        return new Holding(since, run.OrderBy(p => p.From).ToList());
    }

    /// <summary>The periods a certificate covers: from first issue to today while held, or to the day it ended.</summary>
    public static HoldingPeriod Of(Certificate certificate, string standardName, DateOnly today) => new(
        standardName,
        certificate.OriginalIssuedOn,
        certificate.StatusOn(today) switch
        {
            CertificateStatus.Active or CertificateStatus.Suspended => null,
            CertificateStatus.Expired => certificate.ExpiresOn,
            // Withdrawn or cancelled: no longer held from the day it happened.
            _ => certificate.StatusChangedAt is { } at ? Dates.ToDate(at).AddDays(-1) : certificate.ExpiresOn,
        });
}

using System.Globalization;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Common;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Reports;

/// <summary>
/// Turns <see cref="BoardReportFacts"/> into the six numbered sections, in the markup of <see cref="BoardReportText"/>.
/// Pure: the same facts give the same text. Every sentence states the organisation's own data; where there is none,
/// the section says so rather than disappearing.
/// </summary>
public static class BoardReportComposer
{
    private static readonly CultureInfo English = Dates.English;

    public static readonly IReadOnlyList<string> Titles =
    [
        "Purpose of the report",
        "Background",
        "This year's assessment",
        "Wider context",
        "Financial and staff implications",
        "Recommendations",
    ];

    public static IReadOnlyList<(int Number, string Title, string Text)> Compose(BoardReportFacts facts) =>
    [
        (1, Titles[0], Purpose(facts)),
        (2, Titles[1], Background(facts)),
        (3, Titles[2], ThisYear(facts)),
        (4, Titles[3], WiderContext(facts)),
        (5, Titles[4], Finance(facts)),
        (6, Titles[5], Recommendations(facts)),
    ];

    private static string StandardName(BoardReportFacts f) => f.Standard?.Name is { Length: > 0 } name ? name : "Customer Service Excellence";

    private static string Purpose(BoardReportFacts f) => Join(
        $"This report tells the board what the {f.Year} {StandardName(f)} assessment of {f.OrganisationName} found, how {f.OrganisationName} compares with other holders of the standard, what holding it cost in {f.Year}, and recommends whether to continue to hold it.",
        "Every figure in it comes from the organisation's own records in StandardBearer.");

    private static string Background(BoardReportFacts f)
    {
        var text = new List<string> { "## The standard in brief" };
        if (f.Standard is { } s)
        {
            text.Add($"{s.Name} (version {s.VersionLabel}) has {Count(s.Criteria.Count, "criterion", "criteria")} and {Count(s.ElementCount, "element")}. Its criteria are:");
            text.AddRange(s.Criteria.Select(c => $"- {c.Number} {c.Title}"));
            text.Add("");
            text.Add($"An assessor rates each element on the scale {List(s.Ratings.Select(r => r.Name))}.");
        }
        else
        {
            text.Add("No version of the standard is recorded for the organisation.");
        }

        var u = f.Uses;
        text.Add("");
        text.Add($"## How {f.OrganisationName} uses the standard");
        text.Add(ContinuousImprovement(u, f.Today));
        text.Add(SkillsDevelopment(u, f.Year));
        text.Add(u.Assessments == 0
            ? "- Independent validation: no assessment report has been released to the organisation yet."
            : $"- Independent validation: {Count(u.Assessments, "independent assessment")} with a released report since {u.FirstAssessedYear}.");
        text.Add(u.PublishedCases.Count == 0
            ? "- Best practice: none of the organisation's practice has been published as a best-practice case yet."
            : $"- Best practice: {Count(u.PublishedCases.Count, "published best-practice case")} for other holders to learn from ({string.Join("; ", u.PublishedCases)}).");

        text.Add("");
        text.Add("## How long the standard has been held");
        text.Add(f.Holding is { } h ? Held(f.OrganisationName, h) : $"{f.OrganisationName} did not hold the standard on {Dates.Day(f.Today)}.");
        return Join([.. text]);
    }

    private static string ContinuousImprovement(UseFacts u, DateOnly today)
    {
        var actions = u.OpenActions == 0 ? "no improvement actions are open"
            : $"{Count(u.OpenActions, "improvement action")} {(u.OpenActions == 1 ? "is" : "are")} open{(u.OverdueActions > 0 ? $", {u.OverdueActions.ToString(English)} of them past {(u.OverdueActions == 1 ? "its" : "their")} due date on {Dates.Day(today)}" : "")}";
        return u.SelfAssessment is { } s
            ? $"- Continuous improvement: the self-assessment started on {Dates.Day(s.StartedAt)} has {s.Completed.ToString(English)} of {Count(s.Elements, "element")} completed and {s.InProgress.ToString(English)} in progress; {actions}."
            : $"- Continuous improvement: no self-assessment is open; {actions}.";
    }

    private static string SkillsDevelopment(UseFacts u, int year)
    {
        var champions = u.Champions == 0 ? "no element champions are named"
            : $"{Count(u.Champions, "member of staff", "members of staff")} {(u.Champions == 1 ? "is a champion" : "are champions")} for {Count(u.ElementsWithChampions, "element")}";
        var learning = u.LearningActivities == 0 ? $"no learning was logged in {year}"
            : $"the learning log records {Hours(u.LearningHours)} of learning in {year}, across {Count(u.LearningActivities, "activity", "activities")}";
        return $"- Skills development: {champions}; {learning}.";
    }

    private static string Held(string organisation, HoldingFacts h)
    {
        var awards = h.Periods.OrderBy(p => p.From).GroupBy(p => p.Award).Select(g => $"{g.Key} from {g.First().From.Year}").ToList();
        return awards.Count <= 1
            ? $"{organisation} has held the standard without a break since {Dates.Day(h.Since)}."
            : $"{organisation} has held the standard without a break since {Dates.Day(h.Since)}, including its predecessor: {List(awards)}.";
    }

    private static string ThisYear(BoardReportFacts f)
    {
        if (f.Assessment is not { } a) return $"No assessment report was released to {f.OrganisationName} in {f.Year}.";
        var scale = new RatingScale(a.Scale, 0);
        var top = a.Scale.MaxBy(r => r.Points);
        var topName = top?.Name ?? "the top rating";
        var text = new List<string>();

        var when = new List<string>();
        if (Dates.Range(a.VisitStartsOn, a.VisitEndsOn) is { } visit) when.Add($"The visit took place on {visit}");
        if (a.ReportReleasedAt is { } released) when.Add($"the report was released on {Dates.Day(released)}");
        if (a.DecidedAt is { } decided) when.Add($"the certification decision was made on {Dates.Day(decided)}{(a.Outcome is { } o ? $": {Outcome(o)}" : "")}");
        text.Add($"{AssessmentNames.Display(a.Type)} by {a.BodyName}{(a.LeadAssessorName is { } lead ? $", led by {lead}" : "")}, against version {a.VersionLabel} of the standard.");
        if (when.Count > 0) text.Add(Sentence(string.Join("; ", when)));

        text.Add("");
        text.Add("## Sites visited and who the assessor met");
        if (a.Sessions.Count == 0)
        {
            text.Add($"Sites given in the application: {a.Sites}. No visit sessions were recorded.");
        }
        else
        {
            text.Add($"The assessor visited {List(a.Sessions.Select(s => s.Site).Distinct())}:");
            text.AddRange(a.Sessions.Select(s => $"- {Dates.Day(s.Date)}, {s.Site}: {SessionKinds.DisplayName(s.Kind)}{(string.IsNullOrWhiteSpace(s.Participants) ? "" : $" with {s.Participants}")}"));
        }

        text.Add("");
        text.Add("## The result");
        var rated = a.Elements.Where(e => e.RatingKey is not null && scale.Find(e.RatingKey) is not null)
            .Select(e => (Element: e, Rating: scale.Find(e.RatingKey!)!)).ToList();
        var topRated = rated.Where(x => Standings.KindOf(x.Rating, scale) == RatingKind.CompliancePlus).Select(x => x.Element).ToList();
        var needingAction = rated.Where(x => x.Rating.Blocks || x.Rating.NeedsActionPlan).ToList();
        text.Add(needingAction.Count == 0
            ? $"{f.OrganisationName} achieved full compliance across all {Count(rated.Count, "element")}, with {topName} in {topRated.Count.ToString(English)}."
            : $"{f.OrganisationName} was compliant in {rated.Count(x => x.Rating.CountsAsCompliant).ToString(English)} of {Count(rated.Count, "element")}, with {topName} in {topRated.Count.ToString(English)}; "
                + List(needingAction.GroupBy(x => x.Rating.Name).Select(g => $"{Count(g.Count(), "element")} {(g.Count() == 1 ? "was" : "were")} rated {g.Key}")) + ".");
        var carried = a.Elements.Count(e => e.CarriedForward);
        if (carried > 0)
            text.Add($"This assessment covered {Count(a.Elements.Count - carried, "element")}; the other {carried.ToString(English)} kept the ratings of the previous assessment.");

        text.Add("");
        text.Add($"## {topName} compared with the previous assessment");
        if (a.Previous is not { } p)
        {
            text.Add("There is no earlier assessment to compare with.");
        }
        else
        {
            var now = topRated.Select(e => e.Number).ToHashSet(StringComparer.Ordinal);
            var gained = topRated.Where(e => !p.TopRated.Contains(e.Number)).ToList();
            var lost = p.TopRated.Where(n => !now.Contains(n)).ToList();
            text.Add(gained.Count == 0
                ? $"No element is newly rated {topName} since the {p.Year} assessment."
                : $"{Count(gained.Count, "element")} {(gained.Count == 1 ? "is" : "are")} newly rated {topName} since the {p.Year} assessment, which gave {topName} in {p.TopRated.Count.ToString(English)}:");
            text.AddRange(gained.Select(e => $"- {e.Number} {e.Title}"));
            if (gained.Count > 0) text.Add("");
            text.Add(lost.Count == 0
                ? $"No element has lost {topName} since {p.Year}."
                : $"{Count(lost.Count, "element")} rated {topName} in {p.Year} {(lost.Count == 1 ? "is" : "are")} no longer:");
            text.AddRange(lost.Select(n => $"- {n} {(a.Elements.FirstOrDefault(e => e.Number == n)?.Title is { Length: > 0 } t ? t : p.Titles.GetValueOrDefault(n, ""))}".TrimEnd()));
        }

        text.Add("");
        text.Add("## Partial compliances and action plans");
        if (needingAction.Count == 0)
        {
            text.Add("No element needs an action plan.");
        }
        else
        {
            foreach (var (element, rating) in needingAction)
            {
                var actions = a.Actions.Where(x => x.ElementNumber == element.Number).ToList();
                var plan = actions.Count == 0 ? "No open improvement action is recorded for it."
                    : string.Join(" ", actions.Select(x => $"Action: {Sentence(x.Description.Trim())} Owner: {x.OwnerName ?? "not assigned"}; due {Dates.Day(x.DueDate)}."));
                text.Add($"- {element.Number} {element.Title} ({rating.Name}). {(string.IsNullOrWhiteSpace(element.Comment) ? "" : $"Assessor: {Sentence(element.Comment.Trim())} ")}{plan}");
            }
        }

        text.Add("");
        text.Add($"## Elements rated {topName}");
        if (topRated.Count == 0)
        {
            text.Add($"No element was rated {topName}.");
        }
        else
        {
            text.Add($"As worded in version {a.VersionLabel} of the standard:");
            text.AddRange(topRated.Select(e => $"- {e.Number} {OneLine(e.Statement)}"));
        }
        return Join([.. text]);
    }

    private static string WiderContext(BoardReportFacts f)
    {
        var p = f.Position;
        var text = new List<string>();
        if (p.AsOf is not { } asOf)
            text.Add($"There is no benchmark position for {f.Year} yet.");
        else if (!p.InTable)
            text.Add($"{f.OrganisationName} is not in a certification body's benchmark table on {Dates.Day(asOf)}, as it held no assessed result then.");
        else if (p.Suppressed || p.Sentence is null)
            text.Add($"{p.BodyName}'s benchmark table on {Dates.Day(asOf)} has fewer than {BenchmarkViews.MinimumGroup.ToString(English)} holders, so no position is given.");
        else
            text.Add($"Among the holders certified by {p.BodyName}, on {Dates.Day(asOf)}: {p.Sentence}");
        if (p.InTable)
            text.Add(p.Published
                ? $"{f.OrganisationName} has agreed to appear by name in the public benchmark table."
                : $"{f.OrganisationName} has not agreed to appear by name in the public benchmark table; this position is from its own view of the table.");

        text.Add("");
        text.Add("## Trend");
        var years = f.Trend.Where(t => t.Rank is not null).ToList();
        if (years.Count == 0)
        {
            text.Add("There is no trend yet: no earlier benchmark position is recorded.");
        }
        else
        {
            text.Add("Position in the certification body's table at the end of each year (this year to date):");
            text.AddRange(f.Trend.Select(t => t.Rank is { } rank
                ? $"- {t.Year}: {(t.Tied ? "joint " : "")}{LeagueTable.Ordinal(rank)} of {Count(t.Total ?? 0, "holder")} of {t.BodyName}, {Count(t.Points ?? 0, "point")}, Compliance Plus in {(t.CompliancePlus ?? 0).ToString(English)}"
                : $"- {t.Year}: not holding the standard"));
        }
        return Join([.. text]);
    }

    private static string Finance(BoardReportFacts f)
    {
        var text = new List<string> { YearCosts(f.Costs, f.OrganisationName) };
        if (f.Costs.HasData || f.PreviousCosts.HasData)
        {
            text.Add("");
            text.Add($"## Compared with {f.PreviousCosts.Year}");
            text.Add(f.PreviousCosts.HasData ? YearCosts(f.PreviousCosts, f.OrganisationName) : $"No costs were recorded for {f.PreviousCosts.Year}.");
        }
        if (f.Costs.StaffEntries > 0 || f.PreviousCosts.StaffEntries > 0)
        {
            text.Add("");
            text.Add($"Staff time recorded in hours is converted to days at {CostTotals.HoursPerDay.ToString("0.#", English)} hours a day.");
        }
        return Join([.. text]);
    }

    private static string YearCosts(CostYearSummary c, string organisation)
    {
        if (!c.HasData) return $"No costs were recorded for {c.Year}.";
        var staff = c.StaffEntries == 0 && c.StaffDaysBudget is null
            ? $"No staff time was recorded for {c.Year}."
            : $"In {c.Year}, staff of {organisation} spent {Days(c.StaffDays)} on the standard"
                + (c.StaffDaysBudget is { } days ? $", against a budget of {Days(days)} ({Against(c.StaffDays - days, Days)})." : ", with no budget set for staff time.");
        var money = $"Costs came to {Money(c.TotalCost)}: {Money(c.AssessmentFees)} in assessment fees and {Money(c.OtherCosts)} in other costs"
            + (c.MoneyBudget is { } budget ? $", against a budget of {Money(budget)} ({Against(c.TotalCost - budget, Money)})." : ", with no budget set.");
        return $"{staff} {money}";
    }

    private static string Against(decimal difference, Func<decimal, string> format) =>
        difference > 0 ? $"{format(difference)} over budget" : difference < 0 ? $"{format(-difference)} under budget" : "exactly on budget";

    private static string Recommendations(BoardReportFacts f)
    {
        var text = new List<string> { $"It is recommended that {f.OrganisationName} continues to hold {StandardName(f)}." };
        if (f.Certificate is { } c)
        {
            text.Add(c.Next is { } next
                ? $"The next step in the certificate cycle is the {next.Name.ToLower(English)} by {c.BodyName}, due by {Dates.Day(next.DueOn)} (certificate {c.Number}, expires {Dates.Day(c.ExpiresOn)})."
                : $"Certificate {c.Number} from {c.BodyName} expires on {Dates.Day(c.ExpiresOn)}.");
            if (c.Status != CertificateStatus.Active) text.Add($"The certificate's status is {c.Status.ToString().ToLower(English)}.");
        }
        else
        {
            text.Add($"{f.OrganisationName} holds no certificate at present, so the next step is to apply for an assessment.");
        }
        var actions = f.Assessment?.Actions.Count ?? f.Uses.OpenActions;
        if (actions > 0) text.Add($"The board is asked to note the {Count(actions, "open improvement action")} and their due dates.");

        text.Add("");
        text.Add("## Contact officer");
        text.Add(f.ContactName is null && f.ContactEmail is null
            ? "No contact officer is named."
            : string.Join(", ", new[] { f.ContactName, f.ContactEmail }.Where(x => !string.IsNullOrWhiteSpace(x))));
        return Join([.. text]);
    }

    private static string Outcome(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Certify => "certified",
        OutcomeKind.CertifyWithActionPlan => "certified with an action plan",
        _ => "not certified",
    };

    public static string Money(decimal pounds) =>
        pounds == decimal.Truncate(pounds) ? pounds.ToString("£#,##0", English) : pounds.ToString("£#,##0.00", English);

    public static string Days(decimal days) => $"{days.ToString("#,##0.#", English)} {(days == 1 ? "day" : "days")}";

    private static string Hours(decimal hours) => $"{hours.ToString("#,##0.#", English)} {(hours == 1 ? "hour" : "hours")}";

    private static string Count(int n, string noun, string? plural = null) => $"{n.ToString("N0", English)} {(n == 1 ? noun : plural ?? noun + "s")}";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }

    /// <summary>Ends a sentence with a full stop unless it already has one.</summary>
    private static string Sentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' ? text : text + ".";

    /// <summary>A statement on one line, so it stays one bullet however the standard wraps it.</summary>
    private static string OneLine(string text) => string.Join(" ", text.Replace('\r', '\n').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    private static string Join(params string[] lines) => string.Join("\n", lines).Trim();
}

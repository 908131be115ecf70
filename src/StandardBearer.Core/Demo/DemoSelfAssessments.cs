using System.Globalization;
using System.Text;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;

namespace StandardBearer.Core.Demo;

/// <summary>How far along one demo organisation is, and what it calls its customers.</summary>
public sealed record DemoProgress(string Organisation, string Customers, string Place, int ElementsRated, IReadOnlyList<string> CompliancePlus, IReadOnlyList<string> Partial);

/// <summary>
/// Gives each demo organisation a lived-in self-assessment: many elements rated with a narrative and an owner,
/// an evidence library of real (small) files and web links linked to the elements they support, and an action plan.
/// Everything goes through the services, so it is validated and audited like real use.
/// </summary>
public sealed class DemoSelfAssessments(SelfAssessmentService selfAssessments, EvidenceService evidence, ImprovementActionService actions, TimeProvider time)
{
    public static readonly IReadOnlyList<DemoProgress> Progress =
    [
        new("Northmoor National Park Authority", "visitors and residents", "the park", 32, ["1.2.4", "3.4.3", "4.3.4", "4.3.5"], ["1.1.3", "2.2.3", "3.2.2", "5.3.3"]),
        new("Riverside Borough Council", "residents", "the borough", 26, ["3.4.3"], ["1.1.3", "2.2.3", "3.2.2"]),
        new("University of Westbridge", "students", "campus", 12, [], ["1.1.3"]),
    ];

    private sealed record DemoEvidence(string Title, EvidenceKind Kind, string Tags, string[] Elements, string? FileName, string? Url, int MonthsAgo, int? PeriodMonths, string Description);

    private static readonly DemoEvidence[] Library =
    [
        new("Customer profile {year}", EvidenceKind.Data, "customer insight, profiling", ["1.1.1", "1.1.2", "1.1.3"], "customer-profile.csv", null, 3, 12,
            "Who our {customers} are: groups, numbers and how they contact us, drawn from the census, our CRM and survey returns."),
        new("Engagement and consultation strategy", EvidenceKind.Document, "engagement, consultation, strategy", ["1.2.1", "1.2.3", "1.2.4"], "engagement-strategy.pdf", null, 10, 36,
            "Approved by the leadership team. Sets out how and when we involve {customers}, including groups we hear from least."),
        new("You said, we did: consultation outcomes", EvidenceKind.WebLink, "consultation, you said we did", ["1.2.2", "1.3.4"], null, "https://www.example.org/you-said-we-did", 2, null,
            "Public page listing the changes made after each consultation this year."),
        new("Customer satisfaction survey results", EvidenceKind.Data, "satisfaction, survey", ["1.3.1", "1.3.2", "1.3.3"], "satisfaction-survey.csv", null, 4, 12,
            "Annual survey: satisfaction by channel and by customer group, with the key drivers of satisfaction."),
        new("Customer care charter", EvidenceKind.Document, "standards, charter, timeliness", ["4.1.1", "4.1.3", "5.1.1", "5.1.2", "5.2.1"], "customer-charter.pdf", null, 14, 24,
            "Our published service standards, including response times for every channel."),
        new("Staff induction and customer care training record", EvidenceKind.Data, "training, staff", ["2.2.1", "2.2.2"], "training-record.csv", null, 1, 12,
            "Completion of customer care and equality training by team."),
        new("Complaints procedure", EvidenceKind.Document, "complaints", ["4.3.2", "4.3.3", "4.3.4"], "complaints-procedure.txt", null, 8, null,
            "How to complain, how we investigate, and the remedies staff can offer on the spot."),
        new("Complaints learning log", EvidenceKind.Note, "complaints, learning", ["4.3.5", "4.3.1"], null, null, 1, 6,
            "Quarterly review of complaint themes. Q2: signage at the main reception; Q3: callback times. Both fixed and re-checked with customers."),
        new("Performance dashboard", EvidenceKind.Data, "performance, timeliness", ["4.1.2", "5.3.1", "5.3.2"], "performance-dashboard.csv", null, 1, 3,
            "Monthly figures against each service standard, published on our website."),
        new("Accessibility audit of premises", EvidenceKind.Photo, "access, premises", ["3.3.3", "3.3.4"], "reception.png", null, 6, null,
            "Photo from the audit of the main reception after the hearing loop and seating were installed."),
        new("Partnership agreement with the advice network", EvidenceKind.Document, "partners, signposting", ["3.4.1", "3.4.2"], "partnership-agreement.pdf", null, 18, 36,
            "Shared referral process and data-sharing agreement with local advice and support organisations."),
        new("Leadership team minutes: customer insight item", EvidenceKind.Document, "leadership, strategy", ["2.1.1", "2.1.2"], "leadership-minutes.pdf", null, 5, null,
            "Minutes where the leadership team reviewed survey and complaints insight and changed the service plan."),
    ];

    private static readonly Dictionary<string, string> Narratives = new()
    {
        ["1.1.1"] = "We keep a profile of our {customers} that we refresh every year from the census, our CRM records and survey returns. It is broken down by age, disability, ethnicity, how people contact us and where they live in {place}.",
        ["1.1.2"] = "Each service has a short insight sheet for its main customer groups: what they need from us, how they prefer to be contacted and what frustrates them. Team leaders review these at their quarterly planning meeting.",
        ["1.1.3"] = "We have identified groups we hear from least (people without internet access, young people, carers). Our outreach plan is in draft; we have not yet shown what changed as a result.",
        ["1.2.1"] = "Our engagement and consultation strategy sets out when we consult, the methods we use and how we feed back. It was approved by the leadership team and is reviewed every two years.",
        ["1.2.2"] = "Every consultation ends with a 'you said, we did' summary. This year opening hours, the booking form and the signage in {place} changed because of what {customers} told us.",
        ["1.2.3"] = "After each consultation we record how many people took part, who they were and what it cost, and we compare this with our customer profile to see whose voice is missing.",
        ["1.2.4"] = "We go to where people are: drop-in sessions in libraries and community venues, an easy-read survey, and paid-for interpreters. Participation by under-represented groups has doubled in two years, and other organisations have visited to learn from our approach.",
        ["1.3.1"] = "We run an annual satisfaction survey plus short 'how did we do' questions after each contact, across phone, email, web and face to face.",
        ["1.3.2"] = "Results are analysed by customer group and by channel, reported to the leadership team and published on our website each autumn.",
        ["1.3.3"] = "The survey asks about the key drivers of satisfaction: delivery, timeliness, information, professionalism and staff attitude.",
        ["1.3.4"] = "Survey results drive our service improvement plan: this year's plan has six actions that came directly from what {customers} told us.",
        ["2.1.1"] = "Customer focus is one of our three corporate priorities. Directors each sponsor a customer service improvement and report progress quarterly.",
        ["2.1.2"] = "Insight from surveys and complaints is a standing item at the leadership team, and the minutes show it changing the service plan.",
        ["2.2.1"] = "Recruitment tests customer skills, and every new starter completes customer care and equality training in their first month. Completion is tracked by team.",
        ["2.2.2"] = "Mystery shopping and survey comments show staff are polite and understanding; we share the best comments with teams every month.",
        ["2.2.3"] = "Customer service objectives are in some teams' appraisals but not yet everyone's. We plan to add a standard objective for all staff this year.",
        ["3.2.2"] = "We have started testing leaflets with customers but have not yet done this for web content.",
        ["3.3.3"] = "An access audit of our main sites led to a hearing loop, better seating and level access at the main entrance.",
        ["3.3.4"] = "Reception areas were refurbished after feedback: quieter space for private conversations and clearer signage.",
        ["3.4.1"] = "We work with the local advice network under a partnership agreement with a shared referral process.",
        ["3.4.2"] = "Staff use a shared directory to signpost {customers} to partners, and partners refer people to us the same way.",
        ["3.4.3"] = "We support community groups in {place} with small grants, volunteer time and free use of our rooms. Groups tell us this has kept three local services running that would otherwise have closed.",
        ["4.1.1"] = "Our customer care charter sets challenging standards developed with {customers} and staff, and is reviewed every year.",
        ["4.1.2"] = "Performance against every standard is reported monthly on a dashboard that teams and the leadership team both see.",
        ["4.1.3"] = "We publish our standards and how we did against them on our website and in reception areas.",
        ["4.3.2"] = "Our complaints procedure is on the website, in leaflets and on posters, and can be used by phone, email, letter or in person.",
        ["4.3.3"] = "Complaints are investigated by someone not involved, acknowledged within 3 working days and answered within 10.",
        ["4.3.4"] = "Front-line staff can put things right on the spot up to an agreed amount, without asking a manager. Since we introduced this, formal complaints have fallen by a third and the scheme has been adopted by two partner organisations.",
        ["4.3.5"] = "We review complaint themes every quarter and publish what we changed. Learning is shared with partners through a joint quarterly meeting, and the standard's owner featured our log as good practice.",
        ["5.1.1"] = "Our charter sets response times for every channel: phones answered within 60 seconds, emails within 2 working days, letters within 5.",
        ["5.3.1"] = "Timeliness is monitored monthly against each standard on the performance dashboard.",
        ["5.3.3"] = "We have begun comparing our response times with similar organisations but do not yet have enough data to show how we compare.",
    };

    /// <summary>Seeds one organisation's self-assessment, library and action plan.</summary>
    public async Task SeedAsync(Guid organisationId, DemoProgress progress, IReadOnlyList<Guid> staff, CancellationToken ct = default)
    {
        var actor = Actor.System("demo seed");
        var record = await selfAssessments.StartAsync(organisationId, null, actor, ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        foreach (var (item, index) in Library.Select((e, i) => (e, i)))
        {
            // Each item is created linked to its first element, then linked to the rest.
            var file = item.FileName is null ? null : FileContent(item, progress);
            var effectiveFrom = today.AddMonths(-item.MonthsAgo);
            var created = await evidence.CreateAsync(organisationId, new CreateEvidenceRequest
            {
                Title = Fill(item.Title, progress, today), Kind = item.Kind, Tags = item.Tags, Url = item.Url,
                Description = Fill(item.Description, progress, today), OwnerUserId = staff[index % staff.Count],
                EffectiveFrom = effectiveFrom, EffectiveTo = item.PeriodMonths is { } months ? effectiveFrom.AddMonths(months).AddDays(-1) : null,
            }, file is null ? [] : [new EvidenceUpload(() => new MemoryStream(file), item.FileName, file.Length)], actor, item.Elements[0], ct);
            foreach (var element in item.Elements.Skip(1))
                await evidence.LinkAsync(organisationId, element, [created.Id], actor, ct);
        }

        var rated = record.Elements.OrderBy(e => e.Order).Select(e => e.ElementNumber)
            .Where(n => Narratives.ContainsKey(n)).Take(progress.ElementsRated).ToList();
        foreach (var (number, index) in rated.Select((n, i) => (n, i)))
        {
            var rating = progress.CompliancePlus.Contains(number) ? "CompliancePlus" : progress.Partial.Contains(number) ? "PartialCompliance" : "Compliance";
            await selfAssessments.UpdateElementAsync(organisationId, record.Id, number, new UpdateElementRequest
            {
                RatingKey = rating, Narrative = Fill(Narratives[number], progress, today), OwnerUserId = staff[index % staff.Count],
                Progress = index % 4 == 3 ? ElementProgress.InProgress : ElementProgress.Completed, ExpectedVersion = 0,
            }, actor, ct);
        }

        foreach (var (number, index) in progress.Partial.Select((n, i) => (n, i)))
        {
            await actions.AddAsync(organisationId, number, new AddActionRequest
            {
                Description = $"Close the gap on {number}: agree an owner, gather the missing evidence and check the change with {progress.Customers}.",
                OwnerUserId = staff[index % staff.Count], DueDate = today.AddDays(index == 0 ? -14 : 45),
            }, actor, ct);
        }
    }

    private static string Fill(string text, DemoProgress p, DateOnly today) =>
        text.Replace("{customers}", p.Customers, StringComparison.Ordinal).Replace("{place}", p.Place, StringComparison.Ordinal)
            .Replace("{year}", today.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static byte[] FileContent(DemoEvidence item, DemoProgress p) => Path.GetExtension(item.FileName) switch
    {
        ".csv" => Encoding.UTF8.GetBytes(Csv(item.Title, p)),
        ".png" => DemoFiles.Png(),
        ".pdf" => DemoFiles.Pdf($"{item.Title} - {p.Organisation}", item.Description.Replace("{customers}", p.Customers, StringComparison.Ordinal)),
        _ => Encoding.UTF8.GetBytes($"{item.Title}\n{new string('=', item.Title.Length)}\n\n{p.Organisation}\n\n{item.Description.Replace("{customers}", p.Customers, StringComparison.Ordinal)}\n"),
    };

    private static string Csv(string title, DemoProgress p) => title switch
    {
        _ when title.StartsWith("Customer profile", StringComparison.Ordinal) =>
            "Group,Share of customers,Main channel\r\nUnder 25,14%,Web\r\n25 to 64,58%,Phone\r\n65 and over,28%,Face to face\r\nDisabled people,19%,Phone\r\n",
        _ when title.StartsWith("Customer satisfaction", StringComparison.Ordinal) =>
            "Channel,Satisfied,Responses\r\nPhone,86%,412\r\nEmail,79%,288\r\nWeb,82%,951\r\nFace to face,93%,207\r\n",
        _ when title.StartsWith("Staff induction", StringComparison.Ordinal) =>
            "Team,Staff,Customer care trained,Equality trained\r\nContact centre,24,24,23\r\nFront of house,11,11,11\r\nService teams,63,58,55\r\n",
        _ => "Month,Calls answered in 60 seconds,Emails answered in 2 days,Letters answered in 5 days\r\nJuly,91%,88%,95%\r\nAugust,89%,90%,97%\r\nSeptember,93%,92%,96%\r\n",
    } + $"\"Source: {p.Organisation}\",,,\r\n";
}

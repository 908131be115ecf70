using StandardBearer.Core.Assessments;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Reports;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.Tests.Reports;

/// <summary>The composer on hand-made facts: what each section says, and what it says when there is nothing to say.</summary>
public class BoardReportComposerTests
{
    private static readonly IReadOnlyList<ScaleRating> Scale =
    [
        new("CompliancePlus", "Compliance Plus", 4, true, false, false),
        new("Compliance", "Compliance", 2, true, false, false),
        new("PartialCompliance", "Partial Compliance", 0, false, false, true),
        new("NonCompliance", "Non-Compliance", -2, false, true, false),
    ];

    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CostYearSummary NoCosts(int year) => CostTotals.Summarise(year, [], [], null, null);

    private static BoardReportFacts Empty(int year = 2026) => new(
        "Riverside Council", year, Today, null,
        new UseFacts(null, 0, 0, 0, 0, 0, 0, 0, null, []),
        null, null, new PositionFacts(new DateOnly(year, 12, 31), null, false, false, null, false), [],
        NoCosts(year), NoCosts(year - 1), null, null, null);

    private static ElementResult Element(string number, string key, bool carried = false, string? comment = null) =>
        new(number, $"Title of {number}", $"Statement of {number}.", key, carried, comment);

    private static AssessmentFacts Assessment(IReadOnlyList<ElementResult> elements, PreviousAssessmentFacts? previous = null, IReadOnlyList<ActionFacts>? actions = null) => new(
        AssessmentType.AnnualReview, "Centre for Assessment", "Alex Assessor", new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 5),
        new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero), null, null, "Town hall", [], "2024", Scale, elements, previous, actions ?? []);

    private static string Section(BoardReportFacts facts, int number) => BoardReportComposer.Compose(facts).Single(s => s.Number == number).Text;

    [Fact]
    public void Compose_NoData_GivesAllSixSectionsInOrder_EachSayingWhatIsMissing()
    {
        var sections = BoardReportComposer.Compose(Empty());

        Assert.Equal([1, 2, 3, 4, 5, 6], sections.Select(s => s.Number));
        Assert.Equal(BoardReportComposer.Titles, sections.Select(s => s.Title));
        Assert.All(sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
        Assert.Contains("No version of the standard is recorded", sections[1].Text);
        Assert.Contains("Riverside Council did not hold the standard on 22 November 2026.", sections[1].Text);
        Assert.Equal("No assessment report was released to Riverside Council in 2026.", sections[2].Text);
        Assert.Contains("Riverside Council is not in a certification body's benchmark table on 31 December 2026", sections[3].Text);
        Assert.Contains("There is no trend yet", sections[3].Text);
        Assert.Equal("No costs were recorded for 2026.", sections[4].Text);
        Assert.Contains("holds no certificate at present", sections[5].Text);
        Assert.Contains("No contact officer is named.", sections[5].Text);
    }

    [Fact]
    public void Compose_CostsThisYearOnly_SaysThePreviousYearHasNone_AndTheBudgetDifference()
    {
        var costs = CostTotals.Summarise(2026, [(10m, TimeUnit.Days), (14.8m, TimeUnit.Hours)],
            [(CostKind.AssessmentFee, 2400m), (CostKind.Travel, 150.5m)], 2000m, 15m);

        var text = Section(Empty() with { Costs = costs }, 5);

        Assert.Contains("In 2026, staff of Riverside Council spent 12 days on the standard, against a budget of 15 days (3 days under budget).", text);
        Assert.Contains("Costs came to £2,550.50: £2,400 in assessment fees and £150.50 in other costs, against a budget of £2,000 (£550.50 over budget).", text);
        Assert.Contains("## Compared with 2025", text);
        Assert.Contains("No costs were recorded for 2025.", text);
        Assert.Contains("7.4 hours a day", text);
    }

    [Fact]
    public void Compose_LostCompliancePlus_NamesTheElementsGainedAndLost()
    {
        var previous = new PreviousAssessmentFacts(2025, ["1.1.1", "1.1.2"], new Dictionary<string, string> { ["1.1.2"] = "Old title of 1.1.2" });
        var facts = Empty() with { Assessment = Assessment([Element("1.1.1", "CompliancePlus"), Element("1.1.2", "Compliance"), Element("1.1.3", "CompliancePlus")], previous) };

        var text = Section(facts, 3);

        Assert.Contains("Riverside Council achieved full compliance across all 3 elements, with Compliance Plus in 2.", text);
        Assert.Contains("1 element is newly rated Compliance Plus since the 2025 assessment, which gave Compliance Plus in 2:\n- 1.1.3 Title of 1.1.3", text);
        Assert.Contains("1 element rated Compliance Plus in 2025 is no longer:\n- 1.1.2 Title of 1.1.2", text);
        Assert.Contains("- 1.1.1 Statement of 1.1.1.\n- 1.1.3 Statement of 1.1.3.", text);
    }

    [Fact]
    public void Compose_PartialWithActions_ListsEachPartialWithItsActionsOwnersAndDueDates()
    {
        var actions = new List<ActionFacts>
        {
            new("1.1.2", "Publish the complaints review", "Sam Owner", new DateOnly(2026, 6, 30)),
            new("1.1.3", "Train front-line staff", null, new DateOnly(2026, 9, 1)),
        };
        var facts = Empty() with
        {
            Assessment = Assessment([Element("1.1.1", "Compliance"), Element("1.1.2", "PartialCompliance", comment: "No evidence of acting on feedback"),
                Element("1.1.3", "NonCompliance"), Element("1.1.4", "PartialCompliance")], actions: actions),
        };

        var text = Section(facts, 3);

        Assert.Contains("Riverside Council was compliant in 1 of 4 elements, with Compliance Plus in 0; 2 elements were rated Partial Compliance and 1 element was rated Non-Compliance.", text);
        Assert.Contains("- 1.1.2 Title of 1.1.2 (Partial Compliance). Assessor: No evidence of acting on feedback. Action: Publish the complaints review. Owner: Sam Owner; due 30 June 2026.", text);
        Assert.Contains("- 1.1.3 Title of 1.1.3 (Non-Compliance). Action: Train front-line staff. Owner: not assigned; due 1 September 2026.", text);
        Assert.Contains("- 1.1.4 Title of 1.1.4 (Partial Compliance). No open improvement action is recorded for it.", text);
        Assert.Contains("No element was rated Compliance Plus.", text);
        Assert.Contains("There is no earlier assessment to compare with.", text);
    }

    [Fact]
    public void Compose_AnnualReview_SaysHowManyElementsCarriedForward()
    {
        var facts = Empty() with { Assessment = Assessment([Element("1.1.1", "Compliance", carried: true), Element("1.1.2", "CompliancePlus")]) };

        Assert.Contains("This assessment covered 1 element; the other 1 kept the ratings of the previous assessment.", Section(facts, 3));
    }

    [Fact]
    public void Compose_PositionNotPublished_GivesTheSentenceAndSaysTheOrganisationHasNotConsented()
    {
        var facts = Empty() with
        {
            Position = new PositionFacts(new DateOnly(2026, 11, 22), "Centre for Assessment", true, false, "3rd of 7 organisations; one of only 5 organisations with no partial compliances.", false),
            Trend = [new TrendFacts(2025, new DateOnly(2025, 12, 31), null, null, false, null, null, null), new TrendFacts(2026, Today, "Centre for Assessment", 3, false, 7, 130, 8)],
        };

        var text = Section(facts, 4);

        Assert.Contains("Among the holders certified by Centre for Assessment, on 22 November 2026: 3rd of 7 organisations; one of only 5 organisations with no partial compliances.", text);
        Assert.Contains("has not agreed to appear by name in the public benchmark table", text);
        Assert.Contains("- 2025: not holding the standard\n- 2026: 3rd of 7 holders of Centre for Assessment, 130 points, Compliance Plus in 8", text);
    }

    [Fact]
    public void Compose_SmallTable_GivesNoPosition()
    {
        var facts = Empty() with { Position = new PositionFacts(Today, "Centre for Assessment", true, true, null, true) };

        Assert.Contains("Centre for Assessment's benchmark table on 22 November 2026 has fewer than 5 holders, so no position is given.", Section(facts, 4));
    }

    [Fact]
    public void Compose_HoldingWithPredecessor_NamesBothAwards_AndTheNextStepIsTheCertificateCycle()
    {
        var facts = Empty() with
        {
            Holding = new HoldingFacts(new DateOnly(1997, 4, 1), [new HoldingPeriod("Charter Mark", new DateOnly(1997, 4, 1), null), new HoldingPeriod("Customer Service Excellence", new DateOnly(2009, 2, 10), null)]),
            Certificate = new CertificateFacts("CSE-CA-2026-0001", "Centre for Assessment", new DateOnly(2026, 3, 4), new DateOnly(2029, 3, 4), CertificateStatus.Active,
                new CertificateMilestone(CertificateMilestoneKind.FirstAnnualReview, new DateOnly(2027, 3, 4), false)),
            ContactName = "Casey Contact", ContactEmail = "casey@riverside.example",
        };

        Assert.Contains("Riverside Council has held the standard without a break since 1 April 1997, including its predecessor: Charter Mark from 1997 and Customer Service Excellence from 2009.", Section(facts, 2));
        var recommendations = Section(facts, 6);
        Assert.Contains("It is recommended that Riverside Council continues to hold Customer Service Excellence.", recommendations);
        Assert.Contains("The next step in the certificate cycle is the first annual review by Centre for Assessment, due by 4 March 2027", recommendations);
        Assert.EndsWith("## Contact officer\nCasey Contact, casey@riverside.example", recommendations);
    }

    [Fact]
    public void Parse_TheMarkup_GivesParagraphsBulletsAndSubHeadings()
    {
        var blocks = BoardReportText.Parse("First line\nsame paragraph\n\n## A heading\n- one\n- two\nAfter");

        Assert.Equal(
            [
                new BoardReportBlock(BoardReportBlockKind.Paragraph, "First line same paragraph"),
                new BoardReportBlock(BoardReportBlockKind.SubHeading, "A heading"),
                new BoardReportBlock(BoardReportBlockKind.Bullet, "one"),
                new BoardReportBlock(BoardReportBlockKind.Bullet, "two"),
                new BoardReportBlock(BoardReportBlockKind.Paragraph, "After"),
            ],
            blocks);
    }
}

using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Tests.Standards.Packs;

/// <summary>Each kind of bad pack, made by breaking one thing in <see cref="PackSamples.Small"/>.</summary>
public class PackReaderProblemTests
{
    private const string ElementPath = "$.criteria[0].subCriteria[0].elements[0]";
    private const string Element = "criteria[0].subCriteria[0].elements[0]";

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{ \"code\": \"CSE\", }")]
    [InlineData("")]
    public void Read_NotJson_ReportsWhyAtTheRoot(string text)
    {
        var result = PackReader.Read(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$", problem.Path);
        Assert.StartsWith("The file is not valid JSON: ", problem.Message);
        Assert.Null(result.Pack);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Read_NotJsonOnLaterLine_SaysWhichLineAndPosition()
    {
        var text = "{\n  \"code\": \"CSE\",\n  \"title\": oops\n}";

        var result = PackReader.Read(text);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("(line 3, position 12)", problem.Message);
        Assert.DoesNotContain("LineNumber", problem.Message);
    }

    [Fact]
    public void Read_DuplicateJsonProperty_IsNotValidJson()
    {
        var text = PackSamples.SmallJson().Replace("\"code\": \"TEST\",", "\"code\": \"TEST\",\n  \"code\": \"OTHER\",");

        var result = PackReader.Read(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$", problem.Path);
        Assert.StartsWith("The file is not valid JSON: ", problem.Message);
        Assert.Contains("'code'", problem.Message);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"CSE\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    public void Read_TopLevelNotObject_IsRejected(string text, string kind)
    {
        var result = PackReader.Read(text);

        Assert.Equal([new PackProblem("$", $"The pack must be a JSON object, not {kind}")], result.Problems);
        Assert.Null(result.Pack);
    }

    [Theory]
    // required fields missing
    [InlineData("code", null, "$.code", "'code' is required")]
    [InlineData("title", null, "$.title", "'title' is required")]
    [InlineData("version", null, "$.version", "'version' is required")]
    [InlineData("wording", null, "$.wording", "'wording' is required")]
    [InlineData("ratings", null, "$.ratings", "'ratings' is required")]
    [InlineData("outcome", null, "$.outcome", "'outcome' is required")]
    [InlineData("criteria", null, "$.criteria", "'criteria' is required")]
    [InlineData("ratings[1].key", null, "$.ratings[1].key", "'key' is required")]
    [InlineData("ratings[1].name", null, "$.ratings[1].name", "'name' is required")]
    [InlineData("ratings[1].points", null, "$.ratings[1].points", "'points' is required")]
    [InlineData("ratings[1].countsAsCompliant", null, "$.ratings[1].countsAsCompliant", "'countsAsCompliant' is required")]
    [InlineData("outcome.minimumCompliantShare", null, "$.outcome.minimumCompliantShare", "'minimumCompliantShare' is required")]
    [InlineData("outcome.blockingRatings", null, "$.outcome.blockingRatings", "'blockingRatings' is required")]
    [InlineData("outcome.actionPlanRatings", null, "$.outcome.actionPlanRatings", "'actionPlanRatings' is required")]
    [InlineData("criteria[1].number", null, "$.criteria[1].number", "'number' is required")]
    [InlineData("criteria[1].title", null, "$.criteria[1].title", "'title' is required")]
    [InlineData("criteria[1].subCriteria", null, "$.criteria[1].subCriteria", "'subCriteria' is required")]
    [InlineData("criteria[0].subCriteria[1].number", null, "$.criteria[0].subCriteria[1].number", "'number' is required")]
    [InlineData("criteria[0].subCriteria[1].title", null, "$.criteria[0].subCriteria[1].title", "'title' is required")]
    [InlineData("criteria[0].subCriteria[1].elements", null, "$.criteria[0].subCriteria[1].elements", "'elements' is required")]
    [InlineData(Element + ".number", null, ElementPath + ".number", "'number' is required")]
    [InlineData(Element + ".title", null, ElementPath + ".title", "'title' is required")]
    [InlineData(Element + ".statement", null, ElementPath + ".statement", "'statement' is required")]
    [InlineData(Element + ".statement", "null", ElementPath + ".statement", "'statement' is required")]
    // required fields empty
    [InlineData("code", "\"\"", "$.code", "'code' must not be empty")]
    [InlineData("title", "\"  \"", "$.title", "'title' must not be empty")]
    [InlineData("ratings", "[]", "$.ratings", "'ratings' must not be empty")]
    [InlineData("criteria", "[]", "$.criteria", "'criteria' must not be empty")]
    [InlineData("criteria[1].subCriteria", "[]", "$.criteria[1].subCriteria", "'subCriteria' must not be empty")]
    [InlineData("criteria[0].subCriteria[1].elements", "[]", "$.criteria[0].subCriteria[1].elements", "'elements' must not be empty")]
    [InlineData("ratings[1].name", "\"\"", "$.ratings[1].name", "'name' must not be empty")]
    [InlineData(Element + ".title", "\"\"", ElementPath + ".title", "'title' must not be empty")]
    [InlineData(Element + ".statement", "\"\"", ElementPath + ".statement", "'statement' must not be empty")]
    // wrong types
    [InlineData("code", "5", "$.code", "'code' must be a string, not a number")]
    [InlineData("title", "{}", "$.title", "'title' must be a string, not an object")]
    [InlineData("owner", "5", "$.owner", "'owner' must be a string, not a number")]
    [InlineData("ratings", "{}", "$.ratings", "'ratings' must be an array, not an object")]
    [InlineData("ratings[1]", "\"Compliance\"", "$.ratings[1]", "Each rating must be an object, not a string")]
    [InlineData("ratings[1].points", "\"2\"", "$.ratings[1].points", "'points' must be a number, not a string")]
    [InlineData("ratings[1].countsAsCompliant", "\"yes\"", "$.ratings[1].countsAsCompliant", "'countsAsCompliant' must be true or false, not a string")]
    [InlineData("outcome", "[]", "$.outcome", "'outcome' must be an object, not an array")]
    [InlineData("outcome.minimumCompliantShare", "\"0.8\"", "$.outcome.minimumCompliantShare", "'minimumCompliantShare' must be a number, not a string")]
    [InlineData("outcome.blockingRatings", "\"NonCompliance\"", "$.outcome.blockingRatings", "'blockingRatings' must be an array, not a string")]
    [InlineData("outcome.actionPlanRatings[0]", "1", "$.outcome.actionPlanRatings[0]", "Each rating key must be a string, not a number")]
    [InlineData("crosswalk", "[]", "$.crosswalk", "'crosswalk' must be an object, not an array")]
    [InlineData("crosswalk", "{ \"1.1.1\": 5 }", "$.crosswalk['1.1.1']", "Crosswalk value for '1.1.1' must be a string, not a number")]
    [InlineData("criteria", "{}", "$.criteria", "'criteria' must be an array, not an object")]
    [InlineData("criteria[1]", "2", "$.criteria[1]", "Each criterion must be an object, not a number")]
    [InlineData("criteria[1].number", "2", "$.criteria[1].number", "'number' must be a string, not a number")]
    [InlineData("criteria[0].subCriteria[1]", "[]", "$.criteria[0].subCriteria[1]", "Each sub-criterion must be an object, not an array")]
    [InlineData(Element, "\"1.1.1\"", ElementPath, "Each element must be an object, not a string")]
    [InlineData(Element + ".guidance", "true", ElementPath + ".guidance", "'guidance' must be a string, not true")]
    [InlineData(Element + ".showMe", "[]", ElementPath + ".showMe", "'showMe' must be a string, not an array")]
    [InlineData(Element + ".tellMe", "1", ElementPath + ".tellMe", "'tellMe' must be a string, not a number")]
    // code, version and wording
    [InlineData("wording", "\"draft\"", "$.wording", "'wording' must be 'summaries' or 'official', not 'draft'")]
    [InlineData("wording", "\"Official\"", "$.wording", "'wording' must be 'summaries' or 'official', not 'Official'")]
    [InlineData("code", "\"cse\"", "$.code", "'code' must be a capital letter then 1 to 19 capital letters, digits or hyphens, such as CSE, not 'cse'")]
    [InlineData("code", "\"C\"", "$.code", "'code' must be a capital letter then 1 to 19 capital letters, digits or hyphens, such as CSE, not 'C'")]
    [InlineData("code", "\"1CSE\"", "$.code", "'code' must be a capital letter then 1 to 19 capital letters, digits or hyphens, such as CSE, not '1CSE'")]
    [InlineData("code", "\"CS E\"", "$.code", "'code' must be a capital letter then 1 to 19 capital letters, digits or hyphens, such as CSE, not 'CS E'")]
    [InlineData("version", "\"-1\"", "$.version", "'version' must start with a letter or digit and have only letters, digits, dots, hyphens and underscores, such as summaries-1, not '-1'")]
    [InlineData("version", "\"v 2\"", "$.version", "'version' must start with a letter or digit and have only letters, digits, dots, hyphens and underscores, such as summaries-1, not 'v 2'")]
    // ratings
    [InlineData("ratings[1].key", "\"Compliance Plus\"", "$.ratings[1].key", "Rating key 'Compliance Plus' must start with a letter and have only letters and digits, such as PartialCompliance")]
    [InlineData("ratings[1].key", "\"2Good\"", "$.ratings[1].key", "Rating key '2Good' must start with a letter and have only letters and digits, such as PartialCompliance")]
    [InlineData("ratings[1].key", "\"CompliancePlus\"", "$.ratings[1].key", "Duplicate rating key 'CompliancePlus' (also at $.ratings[0].key)")]
    [InlineData("ratings[1].key", "\"complianceplus\"", "$.ratings[1].key", "Duplicate rating key 'complianceplus' (also at $.ratings[0].key)")]
    [InlineData("ratings[1].name", "\"Compliance Plus\"", "$.ratings[1].name", "Duplicate rating name 'Compliance Plus' (also at $.ratings[0].name)")]
    [InlineData("ratings[1].points", "-1", "$.ratings[1].points", "'points' must be between 0 and 100")]
    [InlineData("ratings[1].points", "101", "$.ratings[1].points", "'points' must be between 0 and 100")]
    [InlineData("ratings[1].points", "1e400", "$.ratings[1].points", "'points' must be between 0 and 100")]
    [InlineData("ratings[1].points", "2.5", "$.ratings[1].points", "'points' must be a whole number")]
    // outcome
    [InlineData("outcome.minimumCompliantShare", "-0.1", "$.outcome.minimumCompliantShare", "'minimumCompliantShare' must be between 0 and 1")]
    [InlineData("outcome.minimumCompliantShare", "1.5", "$.outcome.minimumCompliantShare", "'minimumCompliantShare' must be between 0 and 1")]
    [InlineData("outcome.minimumCompliantShare", "1e400", "$.outcome.minimumCompliantShare", "'minimumCompliantShare' must be between 0 and 1")]
    [InlineData("outcome.blockingRatings", "[\"NonCompliance\", \"Nope\"]", "$.outcome.blockingRatings[1]", "Unknown rating key 'Nope'")]
    [InlineData("outcome.actionPlanRatings", "[\"partialCompliance\"]", "$.outcome.actionPlanRatings[0]", "Unknown rating key 'partialCompliance'")]
    [InlineData("outcome.blockingRatings", "[\"NonCompliance\", \"NonCompliance\"]", "$.outcome.blockingRatings[1]", "Rating key 'NonCompliance' is listed more than once")]
    // malformed numbers
    [InlineData("criteria[0].number", "\"1.a\"", "$.criteria[0].number", "Criterion number '1.a' is malformed: use a whole number, such as 1")]
    [InlineData("criteria[0].number", "\"1.1\"", "$.criteria[0].number", "Criterion number '1.1' is malformed: use a whole number, such as 1")]
    [InlineData("criteria[0].number", "\"\"", "$.criteria[0].number", "Criterion number '' is malformed: use a whole number, such as 1")]
    [InlineData("criteria[0].number", "\"one\"", "$.criteria[0].number", "Criterion number 'one' is malformed: use a whole number, such as 1")]
    [InlineData("criteria[0].subCriteria[1].number", "\"1..2\"", "$.criteria[0].subCriteria[1].number", "Sub-criterion number '1..2' is malformed: use its criterion's number, a dot and a whole number, such as 1.2")]
    [InlineData("criteria[0].subCriteria[1].number", "\"1\"", "$.criteria[0].subCriteria[1].number", "Sub-criterion number '1' is malformed: use its criterion's number, a dot and a whole number, such as 1.2")]
    [InlineData("criteria[0].subCriteria[1].number", "\"1.2.\"", "$.criteria[0].subCriteria[1].number", "Sub-criterion number '1.2.' is malformed: use its criterion's number, a dot and a whole number, such as 1.2")]
    [InlineData("criteria[0].subCriteria[1].number", "\"\"", "$.criteria[0].subCriteria[1].number", "Sub-criterion number '' is malformed: use its criterion's number, a dot and a whole number, such as 1.2")]
    [InlineData(Element + ".number", "\"1.1.a\"", ElementPath + ".number", "Element number '1.1.a' is malformed: use its sub-criterion's number, a dot and a whole number, such as 1.2.3")]
    [InlineData(Element + ".number", "\"1.1\"", ElementPath + ".number", "Element number '1.1' is malformed: use its sub-criterion's number, a dot and a whole number, such as 1.2.3")]
    [InlineData(Element + ".number", "\"1.1.1.1\"", ElementPath + ".number", "Element number '1.1.1.1' is malformed: use its sub-criterion's number, a dot and a whole number, such as 1.2.3")]
    [InlineData(Element + ".number", "\"1.1.\u0661\"", ElementPath + ".number", "Element number '1.1.\u0661' is malformed: use its sub-criterion's number, a dot and a whole number, such as 1.2.3")]
    [InlineData(Element + ".number", "\"\"", ElementPath + ".number", "Element number '' is malformed: use its sub-criterion's number, a dot and a whole number, such as 1.2.3")]
    // numbers in the wrong place
    [InlineData("criteria[0].subCriteria[1].number", "\"2.1\"", "$.criteria[0].subCriteria[1].number", "Sub-criterion 2.1 is not inside criterion 1")]
    [InlineData("criteria[0].subCriteria[1].number", "\"11.2\"", "$.criteria[0].subCriteria[1].number", "Sub-criterion 11.2 is not inside criterion 1")]
    [InlineData("criteria[0].subCriteria[0].elements[1].number", "\"1.2.1\"", "$.criteria[0].subCriteria[0].elements[1].number", "Element 1.2.1 is not inside sub-criterion 1.1")]
    [InlineData("criteria[0].subCriteria[0].elements[1].number", "\"2.1.9\"", "$.criteria[0].subCriteria[0].elements[1].number", "Element 2.1.9 is not inside sub-criterion 1.1")]
    // duplicate numbers at each level
    [InlineData("criteria[1].number", "\"1\"", "$.criteria[1].number", "Duplicate criterion number 1 (also at $.criteria[0].number)")]
    [InlineData("criteria[0].subCriteria[1].number", "\"1.1\"", "$.criteria[0].subCriteria[1].number", "Duplicate sub-criterion number 1.1 (also at $.criteria[0].subCriteria[0].number)")]
    [InlineData("criteria[0].subCriteria[0].elements[1].number", "\"1.1.1\"", "$.criteria[0].subCriteria[0].elements[1].number", "Duplicate element number 1.1.1 (also at $.criteria[0].subCriteria[0].elements[0].number)")]
    [InlineData("criteria[1].subCriteria[1].elements[1].number", "\"1.1.1\"", "$.criteria[1].subCriteria[1].elements[1].number", "Duplicate element number 1.1.1 (also at $.criteria[0].subCriteria[0].elements[0].number)")]
    // crosswalk
    [InlineData("crosswalk", "{ \"1.1.3\": \"9.9.9\" }", "$.crosswalk['1.1.3']", "Crosswalk maps 1.1.3 to 9.9.9, which is not an element in this pack")]
    [InlineData("crosswalk", "{ \"1.1.3\": \"1.1\" }", "$.crosswalk['1.1.3']", "Crosswalk maps 1.1.3 to 1.1, which is not an element in this pack")]
    [InlineData("crosswalk", "{ \"x\": \"1.1.1\" }", "$.crosswalk['x']", "Crosswalk key 'x' is not an element number")]
    [InlineData("crosswalk", "{ \"1.1.3\": \"one\" }", "$.crosswalk['1.1.3']", "Crosswalk value 'one' is not an element number")]
    [InlineData("crosswalk", "{ \"1.1.3\": \"1.1.1\", \" 1.1.3 \": \"1.1.2\" }", "$.crosswalk[' 1.1.3 ']", "Duplicate crosswalk key '1.1.3'")]
    public void Read_BadPack_ReportsProblemAtPath(string change, string? value, string expectedPath, string expectedMessage)
    {
        var json = PackSamples.SmallJsonWith(change, value);

        var result = PackReader.Read(json);

        Assert.Contains(new PackProblem(expectedPath, expectedMessage), result.Problems);
        Assert.Null(result.Pack);
        Assert.False(result.IsValid);
    }

    public static TheoryData<string, string, string, string> TooLong => new()
    {
        { "code", "\"" + new string('A', 21) + "\"", "$.code", "'code' must be 20 characters or fewer (it has 21)" },
        { "version", "\"" + new string('1', 41) + "\"", "$.version", "'version' must be 40 characters or fewer (it has 41)" },
        { "title", Text(201), "$.title", "'title' must be 200 characters or fewer (it has 201)" },
        { "owner", Text(201), "$.owner", "'owner' must be 200 characters or fewer (it has 201)" },
        { "ratings[0].key", "\"" + new string('K', 41) + "\"", "$.ratings[0].key", "'key' must be 40 characters or fewer (it has 41)" },
        { "ratings[0].name", Text(201), "$.ratings[0].name", "'name' must be 200 characters or fewer (it has 201)" },
        { "criteria[0].title", Text(201), "$.criteria[0].title", "'title' must be 200 characters or fewer (it has 201)" },
        { "criteria[0].subCriteria[0].title", Text(201), "$.criteria[0].subCriteria[0].title", "'title' must be 200 characters or fewer (it has 201)" },
        { Element + ".title", Text(201), ElementPath + ".title", "'title' must be 200 characters or fewer (it has 201)" },
        { Element + ".statement", Text(4001), ElementPath + ".statement", "'statement' must be 4000 characters or fewer (it has 4001)" },
        { Element + ".guidance", Text(4001), ElementPath + ".guidance", "'guidance' must be 4000 characters or fewer (it has 4001)" },
        { Element + ".showMe", Text(4001), ElementPath + ".showMe", "'showMe' must be 4000 characters or fewer (it has 4001)" },
        { Element + ".tellMe", Text(4001), ElementPath + ".tellMe", "'tellMe' must be 4000 characters or fewer (it has 4001)" },
        { Element + ".number", "\"1.1." + new string('1', 17) + "\"", ElementPath + ".number", "'number' must be 20 characters or fewer (it has 21)" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public void Read_TextTooLong_ReportsLimitAndLength(string change, string value, string expectedPath, string expectedMessage)
    {
        var json = PackSamples.SmallJsonWith(change, value);

        var result = PackReader.Read(json);

        Assert.Equal([new PackProblem(expectedPath, expectedMessage)], result.Problems);
    }

    [Fact]
    public void Read_TextAtLimit_IsAccepted()
    {
        var json = PackSamples.SmallJsonWith(Element, $$"""
            { "number": "1.1.1", "title": {{Text(200)}}, "statement": {{Text(4000)}}, "guidance": {{Text(4000)}} }
            """);

        var result = PackReader.Read(json);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEveryOneInOrder()
    {
        var json = """
            {
              "code": "cse",
              "title": "",
              "version": "1",
              "wording": "draft",
              "ratings": [
                { "key": "Met", "name": "Met", "points": 1, "countsAsCompliant": true },
                { "key": "Met", "name": "Not met", "points": 150, "countsAsCompliant": false }
              ],
              "outcome": { "minimumCompliantShare": 1.5, "blockingRatings": ["Missing"], "actionPlanRatings": [] },
              "crosswalk": { "1.1.9": "7.7.7" },
              "criteria": [
                { "number": "1", "title": "One", "subCriteria": [
                  { "number": "2.1", "title": "Two one", "elements": [
                    { "number": "2.1.1", "title": "A", "statement": "A." },
                    { "number": "2.1.1", "title": "B" },
                    { "number": "2.1.x", "title": "C", "statement": "C." }
                  ] }
                ] }
              ]
            }
            """;
        const string elements = "$.criteria[0].subCriteria[0].elements";

        var result = PackReader.Read(json);

        Assert.Equal(
            [
                new("$.code", "'code' must be a capital letter then 1 to 19 capital letters, digits or hyphens, such as CSE, not 'cse'"),
                new("$.title", "'title' must not be empty"),
                new("$.wording", "'wording' must be 'summaries' or 'official', not 'draft'"),
                new("$.ratings[1].key", "Duplicate rating key 'Met' (also at $.ratings[0].key)"),
                new("$.ratings[1].points", "'points' must be between 0 and 100"),
                new("$.outcome.minimumCompliantShare", "'minimumCompliantShare' must be between 0 and 1"),
                new("$.outcome.blockingRatings[0]", "Unknown rating key 'Missing'"),
                new("$.criteria[0].subCriteria[0].number", "Sub-criterion 2.1 is not inside criterion 1"),
                new($"{elements}[1].number", $"Duplicate element number 2.1.1 (also at {elements}[0].number)"),
                new($"{elements}[1].statement", "'statement' is required"),
                new($"{elements}[2].number", "Element number '2.1.x' is malformed: use its sub-criterion's number, a dot and a whole number, such as 1.2.3"),
                new PackProblem("$.crosswalk['1.1.9']", "Crosswalk maps 1.1.9 to 7.7.7, which is not an element in this pack"),
            ],
            result.Problems);
        Assert.Null(result.Pack);
    }

    [Fact]
    public void Read_NoRatingCountsAsCompliant_IsRejected()
    {
        var json = PackSamples.SmallJsonWith(("ratings[0].countsAsCompliant", "false"), ("ratings[1].countsAsCompliant", "false"));

        var result = PackReader.Read(json);

        Assert.Equal([new PackProblem("$.ratings", "At least one rating must count as compliant")], result.Problems);
    }

    [Fact]
    public void Read_RatingsMissing_DoesNotAlsoCallEveryOutcomeKeyUnknown()
    {
        var json = PackSamples.SmallJsonWith("ratings", null);

        var result = PackReader.Read(json);

        Assert.Equal([new PackProblem("$.ratings", "'ratings' is required")], result.Problems);
    }

    [Fact]
    public void Read_CriteriaMissing_DoesNotAlsoCallEveryCrosswalkTargetMissing()
    {
        var json = PackSamples.SmallJsonWith(("criteria", null), ("crosswalk", """{ "1.1": "1.1.1" }"""));

        var result = PackReader.Read(json);

        Assert.Equal([new PackProblem("$.criteria", "'criteria' is required")], result.Problems);
    }

    [Fact]
    public void Read_MisplacedSubCriterion_StillChecksItsElementsAgainstIt()
    {
        var json = PackSamples.SmallJsonWith("criteria[0].subCriteria[1]", """
            { "number": "3.1", "title": "Misplaced", "elements": [{ "number": "3.1.1", "title": "Fits", "statement": "S." }] }
            """);

        var result = PackReader.Read(json);

        Assert.Equal([new PackProblem("$.criteria[0].subCriteria[1].number", "Sub-criterion 3.1 is not inside criterion 1")], result.Problems);
    }

    private static string Text(int length) => "\"" + new string('x', length) + "\"";
}

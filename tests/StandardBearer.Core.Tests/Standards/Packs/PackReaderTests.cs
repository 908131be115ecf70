using System.Text;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Tests.Standards.Packs;

public class PackReaderTests
{
    [Fact]
    public void Read_ValidPack_ReturnsPackAndNoProblems()
    {
        var json = PackSamples.SmallJson();

        var result = PackReader.Read(json);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
        PackSamples.AssertSameContent(PackSamples.Small(), result.Pack!);
    }

    [Fact]
    public void Read_TextWithSurroundingSpaces_IsTrimmed()
    {
        var json = PackSamples.SmallJsonWith("criteria[0].subCriteria[0].elements[0]",
            """{ "number": " 1.1.1 ", "title": "  Padded\t", "statement": "\n Statement. ", "guidance": " Guidance " }""");

        var element = PackReader.Read(json).Pack!.Criteria[0].SubCriteria[0].Elements[0];

        Assert.Equal(new PackElement { Number = "1.1.1", Title = "Padded", Statement = "Statement.", Guidance = "Guidance" }, element);
    }

    [Theory]
    [InlineData("future")]
    [InlineData("outcome.future")]
    [InlineData("ratings[0].future")]
    [InlineData("criteria[0].subCriteria[0].elements[0].future")]
    public void Read_UnknownProperty_IsIgnored(string path)
    {
        var json = PackSamples.SmallJsonWith(path, """{ "added": "in a later version" }""");

        var result = PackReader.Read(json);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    [InlineData(null)]
    public void Read_OptionalTextEmptyNullOrMissing_IsAbsent(string? value)
    {
        var json = PackSamples.SmallJsonWith("owner", value);

        var pack = PackReader.Read(json).Pack!;

        Assert.Null(pack.Owner);
    }

    [Fact]
    public void Read_NoCrosswalk_GivesEmptyCrosswalk()
    {
        var json = PackSamples.SmallJsonWith("crosswalk", null);

        var pack = PackReader.Read(json).Pack!;

        Assert.Empty(pack.Crosswalk);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("0.75", 0.75)]
    [InlineData("1.0", 1)]
    public void Read_ShareWithinBounds_IsAccepted(string share, double expected)
    {
        var json = PackSamples.SmallJsonWith("outcome.minimumCompliantShare", share);

        var pack = PackReader.Read(json).Pack!;

        Assert.Equal((decimal)expected, pack.Outcome.MinimumCompliantShare);
    }

    [Theory]
    [InlineData("3.0", 3)]
    [InlineData("100", 100)]
    [InlineData("0", 0)]
    public void Read_WholeNumberPoints_IsAccepted(string points, int expected)
    {
        var json = PackSamples.SmallJsonWith("ratings[0].points", points);

        var pack = PackReader.Read(json).Pack!;

        Assert.Equal(expected, pack.Ratings[0].Points);
    }

    [Fact]
    public void Read_CrosswalkToExistingElements_IsKeptInOrder()
    {
        var json = PackSamples.SmallJsonWith("crosswalk", """{ "1.1.3": "1.1.2", "1.1": "2.1.1", "9.9.9": "2.2.2" }""");

        var pack = PackReader.Read(json).Pack!;

        Assert.Equal(
            [new("1.1.3", "1.1.2"), new("1.1", "2.1.1"), new("9.9.9", "2.2.2")],
            pack.Crosswalk.ToList());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf8Stream_ReadsPackWithOrWithoutByteOrderMark(bool withBom)
    {
        var bytes = Encoding.UTF8.GetBytes(PackSamples.SmallJson());
        using var stream = new MemoryStream(withBom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);

        var result = PackReader.Read(stream);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Read_StringStartingWithByteOrderMark_ReadsPack()
    {
        var json = "\uFEFF" + PackSamples.SmallJson();

        var result = PackReader.Read(json);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Write_TinyPack_GivesExpectedText()
    {
        var pack = new StandardPack
        {
            Code = "MINI",
            Title = "Mini",
            Version = "1",
            Wording = "official",
            Ratings = [new() { Key = "Met", Name = "Met", Points = 1, CountsAsCompliant = true }],
            Outcome = new() { MinimumCompliantShare = 1m },
            Criteria =
            [
                new()
                {
                    Number = "1",
                    Title = "One",
                    SubCriteria =
                    [
                        new()
                        {
                            Number = "1.1",
                            Title = "One one",
                            Elements = [new() { Number = "1.1.1", Title = "First", Statement = "Do the \"first\" thing.", TellMe = "" }],
                        },
                    ],
                },
            ],
        };

        var json = PackReader.Write(pack);

        Assert.Equal(
            """
            {
              "code": "MINI",
              "title": "Mini",
              "version": "1",
              "wording": "official",
              "ratings": [
                {
                  "key": "Met",
                  "name": "Met",
                  "points": 1,
                  "countsAsCompliant": true
                }
              ],
              "outcome": {
                "minimumCompliantShare": 1,
                "blockingRatings": [],
                "actionPlanRatings": []
              },
              "crosswalk": {},
              "criteria": [
                {
                  "number": "1",
                  "title": "One",
                  "subCriteria": [
                    {
                      "number": "1.1",
                      "title": "One one",
                      "elements": [
                        {
                          "number": "1.1.1",
                          "title": "First",
                          "statement": "Do the \"first\" thing."
                        }
                      ]
                    }
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Write_AnyPack_UsesLineFeedsAndEndsWithOneNewline()
    {
        var json = PackReader.Write(PackSamples.Small());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json);
        Assert.False(json.StartsWith('\uFEFF'));
    }

    [Fact]
    public void RoundTrip_PackWithEveryOptionalFieldAndUnicode_KeepsContentAndBytes()
    {
        var small = PackSamples.Small();
        var pack = small with
        {
            Owner = "Swyddfa'r Cabinet — “Cabinet Office”",
            Wording = "official",
            Crosswalk = new Dictionary<string, string> { ["1.1.3"] = "1.1.2", ["1.2"] = "2.2.1" },
            Criteria =
            [
                small.Criteria[0] with
                {
                    Title = "Mewnwelediad i gwsmeriaid: ŵ ŷ ï é ñ 中文 😀",
                    SubCriteria =
                    [
                        small.Criteria[0].SubCriteria[0] with
                        {
                            Elements =
                            [
                                small.Criteria[0].SubCriteria[0].Elements[0] with
                                {
                                    Statement = "Line one\nline two, a tab\there, a backslash \\ and <tags> & 'quotes'.",
                                    Guidance = "Gwybodaeth – naïve café",
                                    ShowMe = "Show me: “evidence” 📄",
                                    TellMe = "Tell me: £10 ≤ €12",
                                },
                                small.Criteria[0].SubCriteria[0].Elements[1],
                            ],
                        },
                        small.Criteria[0].SubCriteria[1],
                    ],
                },
                small.Criteria[1],
            ],
        };

        var written = PackReader.Write(pack);
        var read = PackReader.Read(written);

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        PackSamples.AssertSameContent(pack, read.Pack!);
        Assert.Equal(written, PackReader.Write(read.Pack!));
        Assert.Contains("Mewnwelediad i gwsmeriaid: ŵ ŷ ï é ñ 中文", written);
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StandardBearer.Core.Reports;

public static partial class BoardReportExport
{
    private const string BulletNumberingId = "1";

    /// <summary>
    /// A Word document whose title and headings use the built-in style ids (Title, Heading1, Heading2, with outline
    /// levels) and whose bullets use ListBullet, so the navigation pane, a table of contents and a council's own
    /// template all recognise them.
    /// </summary>
    public static byte[] ToDocx(BoardReportDocument d)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = d.Title;
            doc.PackageProperties.Creator = "StandardBearer";
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = BulletNumbering();
            var body = new Body();
            body.Append(StyledParagraph("Title", d.Title));
            body.Append(StyledParagraph(null, Generated(d)));
            foreach (var section in d.Sections)
            {
                body.Append(StyledParagraph("Heading1", Heading(section)));
                foreach (var block in BoardReportText.Parse(section.Text))
                    body.Append(StyledParagraph(block.Kind switch
                    {
                        BoardReportBlockKind.Bullet => "ListBullet",
                        BoardReportBlockKind.SubHeading => "Heading2",
                        _ => null,
                    }, block.Text));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph StyledParagraph(string? styleId, string text)
    {
        var paragraph = new Paragraph();
        if (styleId is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        paragraph.Append(new Run(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Styles Styles()
    {
        static RunFonts Arial() => new() { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" };
        static Style Paragraph(string id, string name, bool primary, OpenXmlElement? paragraph, StyleRunProperties run)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (id != "Normal") style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            if (primary) style.Append(new PrimaryStyle());
            if (paragraph is not null) style.Append(paragraph);
            style.Append(run);
            return style;
        }

        var normal = Paragraph("Normal", "Normal", true,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(Arial(), new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }));
        normal.Default = true;
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Arial(), new FontSize { Val = "22" }, new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault()),
            normal,
            Paragraph("Title", "Title", true,
                new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
            Paragraph("Heading1", "heading 1", true,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
            Paragraph("Heading2", "heading 2", true,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
            Paragraph("ListBullet", "List Bullet", false,
                new StyleParagraphProperties(
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = int.Parse(BulletNumberingId, System.Globalization.CultureInfo.InvariantCulture) }),
                    new SpacingBetweenLines { After = "60" },
                    new Indentation { Left = "720", Hanging = "360" }),
                new StyleRunProperties()));
    }

    private static Numbering BulletNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new ParagraphStyleIdInLevel { Val = "ListBullet" },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

    /// <summary>Drops characters XML cannot hold (a control character pasted into the textarea would otherwise fail the save).</summary>
    private static string XmlSafe(string text) =>
        text.All(IsXmlChar) ? text : new string(text.Where(IsXmlChar).ToArray());

    private static bool IsXmlChar(char c) => System.Xml.XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
}

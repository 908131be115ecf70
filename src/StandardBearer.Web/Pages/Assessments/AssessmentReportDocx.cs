using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using StandardBearer.Core.Common;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The assessment report as a Word document, from the same <see cref="AssessmentReport"/> as the page: headings, key
/// information as a two-column table, the sections as paragraphs and the compliance table with a repeating header
/// row. Plain styles of its own (Arial, GOV.UK-like heading sizes) so it reads the same in Word and LibreOffice.
/// </summary>
public static class AssessmentReportDocx
{
    public static byte[] Write(AssessmentReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = $"Assessment report: {report.Key.OrganisationName}";
            document.PackageProperties.Creator = report.Key.BodyName;
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.Document = new Document(new Body(Content(report).Append(Docx.A4())));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The document as a download for a page.</summary>
    public static FileContentResult Result(AssessmentReport report, TimeProvider time) =>
        new(Write(report), Docx.ContentType) { FileDownloadName = FileName(report, time.GetUtcNow()) };

    /// <summary>"city-council-assessment-report-2027-03-04.docx": the organisation's name, made safe for a file name.</summary>
    public static string FileName(AssessmentReport report, DateTimeOffset at)
    {
        var slug = new StringBuilder();
        foreach (var c in report.Key.OrganisationName.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var name = slug.ToString().Trim('-');
        if (name.Length > 60) name = name[..60].TrimEnd('-');
        return $"{(name.Length == 0 ? "organisation" : name)}-assessment-report{(report.IsDraft ? "-draft" : "")}-{at.UtcDateTime:yyyy-MM-dd}.docx";
    }

    private static IEnumerable<OpenXmlElement> Content(AssessmentReport r)
    {
        var k = r.Key;
        yield return Paragraph("Title", "Assessment report");
        yield return Paragraph("Subtitle", k.OrganisationName);
        if (r.IsDraft) yield return Paragraph(null, Docx.Text(bold: true, text: "Draft: "), Docx.Text("this report is a draft until the certification body records its decision."));

        yield return Paragraph("Heading1", "Key information");
        yield return Docx.Table([3000, 6000], header: null,
        [
            ["Organisation", k.OrganisationName],
            ["Scope", k.Scope],
            ["Certification body", k.BodyName],
            ["Standard", k.StandardLabel],
            ["Lead assessor", k.LeadAssessorName ?? "Not assigned"],
            ["Assessment team", k.TeamNames.Count == 0 ? "The lead assessor only" : string.Join(", ", k.TeamNames)],
            ["Type of assessment", k.TypeName],
            ["Document review", k.DocumentReviewOn is { } review ? Dates.Day(review) : "Not agreed"],
            ["Visit dates", k.VisitDates ?? "Not agreed"],
            ["Sites", k.Sites],
            ["Report released", k.ReportReleasedAt is { } released ? Dates.Day(released) : "Not yet released"],
        ]);

        yield return Paragraph("Heading1", "Methodology");
        foreach (var p in r.Methodology) yield return Paragraph(null, p);

        yield return Paragraph("Heading1", "Summary of strengths");
        foreach (var p in Texts(r.Strengths)) yield return p;
        yield return Paragraph("Heading1", "Areas for continuous improvement");
        foreach (var p in Texts(r.AreasForImprovement)) yield return p;

        yield return Paragraph("Heading1", "Findings by criterion");
        foreach (var c in r.Criteria)
        {
            yield return Paragraph("Heading2", $"Criterion {c.Number}: {c.Title}");
            foreach (var p in Texts(c.Findings, "No findings recorded for this criterion.")) yield return p;
        }

        yield return Paragraph("Heading1", "Compliance with each element");
        foreach (var count in r.RatingCounts) yield return Paragraph(null, $"{count.Name}: {count.Count} element{(count.Count == 1 ? "" : "s")}");
        yield return Docx.Table([1100, 3300, 1900, 2700], header: ["Element", "Title", "Rating", "Comment"],
            r.Elements.Select(e => new[] { e.Number, e.Title, (e.RatingName ?? "Not rated") + (e.CarriedForward ? " (carried forward)" : ""), e.Comment ?? "" }).ToList());

        if (k.Outcome is not null)
        {
            yield return Paragraph("Heading1", "Certification decision");
            yield return Paragraph(null, Docx.Text(bold: true, text: "Outcome: "), Docx.Text(r.OutcomeName ?? ""));
            foreach (var reason in r.DecisionReasons) yield return Paragraph(null, reason);
            if (k.DecisionNote is not null) yield return Paragraph(null, Docx.Text(bold: true, text: "Note: "), Docx.Text(k.DecisionNote));
            if (k.DecidedAt is { } at) yield return Paragraph(null, $"Decided on {Dates.Day(at)}{(k.DecidedByName is null ? "" : $" by {k.DecidedByName}")}.");
            if (k.Certificate is { } certificate)
            {
                yield return Paragraph("Heading2", "Certificate");
                yield return Docx.Table([3000, 6000], header: null,
                [
                    ["Certificate number", certificate.Number],
                    ["Scope", certificate.Scope],
                    ["Issued", Dates.Day(certificate.IssuedOn)],
                    ["Expires", Dates.Day(certificate.ExpiresOn)],
                    ["Status", certificate.Status.ToString()],
                ]);
            }
        }
    }

    private static IEnumerable<Paragraph> Texts(string? text, string whenEmpty = "Not written yet.")
    {
        var paragraphs = AssessmentReport.Paragraphs(text);
        if (paragraphs.Count == 0) return [Paragraph(null, whenEmpty)];
        return paragraphs.Select(p => Paragraph(null, p));
    }

    private static Paragraph Paragraph(string? style, string text) => Paragraph(style, Docx.Text(text));

    private static Paragraph Paragraph(string? style, params Run[] runs)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading("Title", "Title", 48, 0),
        Heading("Subtitle", "Subtitle", 32, null),
        Heading("Heading1", "heading 1", 36, 0),
        Heading("Heading2", "heading 2", 26, 1));

    private static Style Heading(string id, string name, int halfPoints, int? outlineLevel)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outlineLevel is { } level) paragraph.Append(new OutlineLevel { Val = level });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}

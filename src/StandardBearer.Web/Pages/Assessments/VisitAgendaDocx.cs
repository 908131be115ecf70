using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StandardBearer.Web.Pages.Assessments.VisitPlan;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>
/// The visit plan as a Word document the organisation can circulate: who is coming, when, and a table per day of
/// the sessions. Formatting is direct (no styles part), so the document stands alone and validates.
/// </summary>
public static class VisitAgendaDocx
{
    /// <summary>Writes the document to <paramref name="output"/>, which must be seekable (a package is written out of order).</summary>
    public static void Write(VisitPlanView plan, Stream output)
    {
        var key = plan.Key;
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Text("Visit agenda", size: 40, bold: true));
        body.Append(Text($"{key.OrganisationName}: {key.TypeName.ToLowerInvariant()} against {key.StandardLabel}", size: 26));
        body.Append(Line("Organisation", key.OrganisationName));
        body.Append(Line("Certification body", key.BodyName));
        body.Append(Line("Visit dates", key.VisitDates ?? "Not agreed yet"));
        body.Append(Line("Sites", key.Sites));
        body.Append(Line("Lead assessor", key.LeadAssessorName ?? "Not assigned yet"));
        if (key.TeamNames.Count > 0) body.Append(Line("Assessment team", string.Join(", ", key.TeamNames)));

        if (plan.Days.Count == 0) body.Append(Text("No sessions have been planned yet."));
        foreach (var day in plan.Days)
        {
            body.Append(Text(day.Heading, size: 30, bold: true, spaceBefore: 360));
            body.Append(Docx.Table([1300, 2100, 2000, 2500, 1738], ["Time", "Place", "Session", "Who takes part", "Elements"],
                day.Sessions.Select(s => new[] { s.Time, s.Site, s.KindName, s.Participants ?? "", s.Elements })));
        }
        body.Append(Docx.A4());
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Line(string label, string value) =>
        new(new ParagraphProperties(new SpacingBetweenLines { After = "60" }), Docx.Text($"{label}: ", bold: true), Docx.Text(value));

    private static Paragraph Text(string text, int? size = null, bool bold = false, int? spaceBefore = null)
    {
        var spacing = new SpacingBetweenLines { After = "120" };
        if (spaceBefore is { } before) spacing.Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(spacing), Docx.Text(text, bold, size));
    }
}

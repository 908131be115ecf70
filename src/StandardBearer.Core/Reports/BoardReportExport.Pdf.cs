using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using StandardBearer.Core.Common;

namespace StandardBearer.Core.Reports;

public static partial class BoardReportExport
{
    private const double PageMargin = 56; // about 2 cm
    private static readonly XColor PdfInk = XColor.FromArgb(0x0b, 0x0c, 0x0c);
    private static readonly XColor PdfSecondary = XColor.FromArgb(0x50, 0x5a, 0x5f);

    /// <summary>A4 pages of wrapped text with bold headings and "Page n of m" at the foot of each.</summary>
    public static byte[] ToPdf(BoardReportDocument d)
    {
        Pdf.Configure();
        using var document = new PdfDocument();
        document.Info.Title = d.Title;
        document.Info.Author = d.OrganisationName;
        document.Info.Creator = "StandardBearer";
        using (var writer = new PdfFlow(document))
        {
            writer.Write(d.Title, Font(20, bold: true), PdfInk, spaceAfter: 8);
            writer.Write(Generated(d), Font(10), PdfSecondary, spaceAfter: 12);
            foreach (var section in d.Sections)
            {
                writer.Write(Heading(section), Font(15, bold: true), PdfInk, spaceBefore: 14, spaceAfter: 6, keepWithNext: true);
                foreach (var block in BoardReportText.Parse(section.Text))
                {
                    switch (block.Kind)
                    {
                        case BoardReportBlockKind.SubHeading:
                            writer.Write(block.Text, Font(12, bold: true), PdfInk, spaceBefore: 8, spaceAfter: 4, keepWithNext: true);
                            break;
                        case BoardReportBlockKind.Bullet:
                            writer.Write(block.Text, Font(11), PdfInk, spaceAfter: 3, bullet: true);
                            break;
                        default:
                            writer.Write(block.Text, Font(11), PdfInk, spaceAfter: 8);
                            break;
                    }
                }
            }
        }

        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var label = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}");
            var font = Font(9);
            var width = g.MeasureString(label, font).Width;
            g.DrawString(label, font, new XSolidBrush(PdfSecondary), new XPoint((page.Width.Point - width) / 2, page.Height.Point - PageMargin / 2));
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static XFont Font(double size, bool bold = false) => new(Pdf.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>Writes blocks of wrapped text down the page, starting a new A4 page when the next line would not fit.</summary>
    private sealed class PdfFlow(PdfDocument document) : IDisposable
    {
        private const double BulletIndent = 16;
        private XGraphics? graphics;
        private PdfPage? page;
        private double y;

        private double Width => page!.Width.Point - 2 * PageMargin;
        private double Bottom => page!.Height.Point - PageMargin;

        public void Write(string text, XFont font, XColor colour, double spaceBefore = 0, double spaceAfter = 0, bool keepWithNext = false, bool bullet = false)
        {
            if (graphics is null) NewPage();
            var lineHeight = font.Size * 1.35;
            var indent = bullet ? BulletIndent : 0;
            var lines = Wrap(text, font, Width - indent);
            if (y > PageMargin) y += spaceBefore;
            // A heading is kept with at least two lines of what follows it.
            var needed = lineHeight * (keepWithNext ? lines.Count + 2 : 1);
            if (y + needed > Bottom) NewPage();
            var brush = new XSolidBrush(colour);
            for (var i = 0; i < lines.Count; i++)
            {
                if (y + lineHeight > Bottom) NewPage();
                var baseline = y + font.Size;
                if (bullet && i == 0) graphics!.DrawString("\u2022", font, brush, new XPoint(PageMargin + 4, baseline));
                graphics!.DrawString(lines[i], font, brush, new XPoint(PageMargin + indent, baseline));
                y += lineHeight;
            }
            y += spaceAfter;
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (graphics!.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                line = word;
                // A word wider than the column (a long URL) is broken where it has to be.
                while (graphics.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && graphics.MeasureString(line[..fit], font).Width > width) fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            if (line.Length > 0 || lines.Count == 0) lines.Add(line);
            return lines;
        }

        private void NewPage()
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = PageMargin;
        }

        public void Dispose() => graphics?.Dispose();
    }
}

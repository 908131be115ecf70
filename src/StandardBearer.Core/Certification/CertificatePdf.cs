using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using StandardBearer.Core.Common;

namespace StandardBearer.Core.Certification;

/// <summary>What the certificate document says.</summary>
public sealed record CertificateDocument(
    string OrganisationName,
    string Scope,
    string StandardName,
    string VersionLabel,
    string Number,
    DateOnly OriginalIssuedOn,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    string BodyName,
    string VerificationUrl,
    CertificateStatus Status,
    DateOnly PrintedOn);

/// <summary>The one-page A4 certificate, drawn with PDFsharp.</summary>
public static class CertificatePdf
{
    private static readonly XColor Ink = XColor.FromArgb(0x0b, 0x0c, 0x0c);
    private static readonly XColor Accent = XColor.FromArgb(0x1d, 0x70, 0xb8);
    private static readonly XColor Warning = XColor.FromArgb(0xd4, 0x35, 0x1c);

    public static byte[] Write(CertificateDocument c)
    {
        Pdf.Configure();
        using var document = new PdfDocument();
        document.Info.Title = $"Certificate {c.Number}";
        document.Info.Subject = $"{c.StandardName} certificate for {c.OrganisationName}";
        document.Info.Author = c.BodyName;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            var margin = 48.0;
            var inner = new XRect(margin, margin, width - 2 * margin, height - 2 * margin);
            g.DrawRectangle(new XPen(Accent, 4), inner);
            g.DrawRectangle(new XPen(Accent, 1), new XRect(inner.X + 8, inner.Y + 8, inner.Width - 16, inner.Height - 16));

            var text = new XTextFormatter(g) { Alignment = XParagraphAlignment.Center };
            var column = new XRect(inner.X + 40, 0, inner.Width - 80, 0);
            var y = inner.Y + 70;

            y = Para(text, column, y, "Certificate of registration", Font(26, bold: true), Accent, 40);
            y = Para(text, column, y + 10, "This is to certify that", Font(13), Ink, 22);
            y = Para(text, column, y + 6, c.OrganisationName, Font(22, bold: true), Ink, 60);
            y = Para(text, column, y + 6, $"has been assessed by {c.BodyName} and meets the requirements of", Font(13), Ink, 40);
            y = Para(text, column, y + 4, c.StandardName, Font(20, bold: true), Ink, 30);
            y = Para(text, column, y, $"Version {c.VersionLabel}", Font(12), Ink, 20);
            y = Para(text, column, y + 16, $"Scope: {c.Scope}", Font(12), Ink, 60);

            var labels = new (string Label, string Value)[]
            {
                ("Certificate number", c.Number),
                ("First certified", Dates.Day(c.OriginalIssuedOn)),
                ("Issued", Dates.Day(c.IssuedOn)),
                ("Expires", Dates.Day(c.ExpiresOn)),
                ("Certification body", c.BodyName),
            };
            y += 24;
            var left = inner.X + 90;
            foreach (var (label, value) in labels)
            {
                g.DrawString(label, Font(11, bold: true), new XSolidBrush(Ink), new XPoint(left, y));
                g.DrawString(value, Font(11), new XSolidBrush(Ink), new XPoint(left + 150, y));
                y += 20;
            }

            if (c.Status != CertificateStatus.Active)
                Para(text, column, y + 16, $"Status on {Dates.Day(c.PrintedOn)}: {c.Status}. This certificate is not currently valid.", Font(13, bold: true), Warning, 40);

            var bottom = inner.Bottom - 90;
            Para(text, column, bottom, "Check that this certificate is current at", Font(10), Ink, 16);
            Para(text, column, bottom + 16, c.VerificationUrl, Font(10, bold: true), Accent, 30);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static XFont Font(double size, bool bold = false) => new(Pdf.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private static double Para(XTextFormatter text, XRect column, double y, string content, XFont font, XColor colour, double height)
    {
        text.DrawString(content, font, new XSolidBrush(colour), new XRect(column.X, y, column.Width, height), XStringFormats.TopLeft);
        return y + height;
    }
}

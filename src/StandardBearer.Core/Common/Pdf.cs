using PdfSharp;
using PdfSharp.Fonts;

namespace StandardBearer.Core.Common;

/// <summary>
/// PDFsharp set up once per process: the AGPL licence (this project is AGPL-3.0-or-later) and a font resolver over
/// the Liberation fonts Debian installs (fonts-liberation2), with DejaVu as a fallback. Every PDF writer calls
/// <see cref="Configure"/> first.
/// </summary>
public static class Pdf
{
    public const string Family = "Liberation Sans";
    private static readonly Lock Gate = new();
    private static bool configured;

    public static void Configure()
    {
        lock (Gate)
        {
            if (configured) return;
            PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver ??= new SystemFontResolver();
            configured = true;
        }
    }

    private sealed class SystemFontResolver : IFontResolver
    {
        private static readonly string[] Folders =
            ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"];

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new((isBold, isItalic) switch
            {
                (true, true) => "BoldItalic",
                (true, false) => "Bold",
                (false, true) => "Italic",
                _ => "Regular",
            });

        public byte[] GetFont(string faceName)
        {
            foreach (var file in new[] { $"LiberationSans-{faceName}.ttf", faceName == "Regular" ? "DejaVuSans.ttf" : $"DejaVuSans-{faceName.Replace("Italic", "Oblique")}.ttf", "DejaVuSans.ttf" })
                foreach (var folder in Folders)
                {
                    var path = Path.Combine(folder, file);
                    if (File.Exists(path)) return File.ReadAllBytes(path);
                }
            throw new InvalidOperationException("No font for PDFs: install the Debian package fonts-liberation2 (or fonts-dejavu-core).");
        }
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;

namespace StandardBearer.Web.Tests.Pages.Certificates;

/// <summary>The text of a PDF as poppler's pdftotext reads it, with runs of white space made single spaces.</summary>
public static partial class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sb-certificate-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", [path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return Spaces().Replace(text, " ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.Diagnostics;
using StandardBearer.Core.Certification;

namespace StandardBearer.Core.Tests.Certification;

public class CertificatePdfTests
{
    private static readonly CertificateDocument Document = new(
        "Riverside Borough Council", "Whole organisation (customer services and libraries)", "Customer Service Excellence", "2024",
        "CSE-CA-2026-0001", new DateOnly(2009, 2, 10), new DateOnly(2026, 3, 4), new DateOnly(2029, 3, 4), "Centre for Assessment",
        "https://standardbearer.example/register/certificates/CSE-CA-2026-0001", CertificateStatus.Active, new DateOnly(2026, 11, 22));

    /// <summary>The text a reader (and a screen reader) gets out of the PDF, by poppler's pdftotext, which CI installs.</summary>
    private static string TextOf(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sb-certificate-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_ACertificate_IsOnePdfPageShowingEveryFact()
    {
        var pdf = CertificatePdf.Write(Document);

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = TextOf(pdf);
        Assert.Single(text.Split('\f', StringSplitOptions.RemoveEmptyEntries), p => p.Trim().Length > 0);
        foreach (var fact in new[]
        {
            "Riverside Borough Council", "Whole organisation (customer services and libraries)", "Customer Service Excellence", "Version 2024",
            "CSE-CA-2026-0001", "10 February 2009", "4 March 2026", "4 March 2029", "Centre for Assessment",
            "https://standardbearer.example/register/certificates/CSE-CA-2026-0001",
        })
            Assert.Contains(fact, text);
        Assert.DoesNotContain("not currently valid", text);
    }

    [Fact]
    public void Write_ASuspendedCertificate_SaysSoOnItsFace()
    {
        var text = TextOf(CertificatePdf.Write(Document with { Status = CertificateStatus.Suspended }));

        Assert.Contains("Status on 22 November 2026: Suspended. This certificate is not currently valid.", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
    }
}

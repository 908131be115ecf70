using StandardBearer.Core.Certification;

namespace StandardBearer.Core.Tests.Certification;

public class CertificateTests
{
    [Theory]
    [InlineData("Centre for Assessment", "CA")]
    [InlineData("Northern Quality Certification", "NQC")]
    [InlineData("The Standards and Quality Board of Wales", "SQBW")]
    [InlineData("  acme   certification-services ", "ACS")]
    [InlineData("for the", "CB")]
    public void BodyCode_Name_IsItsInitialsWithoutSmallWords(string name, string code) =>
        Assert.Equal(code, CertificateNumbers.BodyCode(name));

    [Fact]
    public void Format_PrefixAndSequence_PadsTheSequence() =>
        Assert.Equal("CSE-NQC-2026-0007", CertificateNumbers.Format(CertificateNumbers.Prefix("cse", "Northern Quality Certification", 2026), 7));

    [Fact]
    public void StatusOn_ActivePastExpiry_ReadsAsExpired()
    {
        var certificate = new Certificate
        {
            Number = "CSE-CA-2026-0001", Scope = "Whole organisation", IssuedOn = new DateOnly(2026, 3, 1), ExpiresOn = new DateOnly(2029, 3, 1),
            Status = CertificateStatus.Active,
        };

        Assert.Equal(CertificateStatus.Active, certificate.StatusOn(new DateOnly(2029, 3, 1)));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(new DateOnly(2029, 3, 2)));
    }
}

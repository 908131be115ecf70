using StandardBearer.Core.Assessments;
using StandardBearer.Core.Tests.SelfAssessment;

namespace StandardBearer.Core.Tests.Assessments;

public class AssessmentResultsExportTests
{
    [Fact]
    public void ToXlsx_Results_IsAValidWorkbookWithOneRowPerElement()
    {
        var rows = SelfAssessmentExportTests.Rows(AssessmentResultsExport.ToXlsx(
        [
            new AssessmentResultRow("1.1.1", "We have an in-depth understanding of our customers.", true, "Compliance Plus", "Exemplary panels.", 2, 1),
            new AssessmentResultRow("1.1.2", "We engage customers.", false, null, null, 0, 0),
        ]), out var errors);

        Assert.Empty(errors);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Element", "Statement", "In scope", "Final rating", "Assessor's comment", "Evidence items", "Evidence requests"], rows[0]);
        Assert.Equal(["1.1.1", "We have an in-depth understanding of our customers.", "Yes", "Compliance Plus", "Exemplary panels.", "2", "1"], rows[1]);
        Assert.Equal(["1.1.2", "We engage customers.", "No", "Not rated", "", "0", "0"], rows[2]);
    }
}

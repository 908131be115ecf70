using StandardBearer.Core.SelfAssessment;

namespace StandardBearer.Core.Tests.SelfAssessment;

public class ActionPlanExportTests
{
    [Fact]
    public void ToXlsx_Actions_IsAValidWorkbookWithOneRowPerAction()
    {
        var created = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

        var rows = SelfAssessmentExportTests.Rows(ActionPlanExport.ToXlsx(
        [
            new ActionPlanExportRow("1.1.1", "Survey the full range of customers", "Sam Owner", new DateOnly(2027, 1, 31), ActionStatus.InProgress, created),
            new ActionPlanExportRow("4.3.5", "@SUM(A1)", null, new DateOnly(2026, 12, 1), ActionStatus.Done, created),
        ]), out var errors);

        Assert.Empty(errors);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Element", "Action", "Owner", "Due date", "Status", "Created"], rows[0]);
        Assert.Equal(["1.1.1", "Survey the full range of customers", "Sam Owner", "2027-01-31", "In progress", "2026-11-02"], rows[1]);
        Assert.Equal(["4.3.5", "@SUM(A1)", "", "2026-12-01", "Done", "2026-11-02"], rows[2]);
    }

    [Fact]
    public void ToXlsx_NoActions_StillHasTheHeader()
    {
        var rows = SelfAssessmentExportTests.Rows(ActionPlanExport.ToXlsx([]), out var errors);

        Assert.Empty(errors);
        Assert.Single(rows);
    }
}

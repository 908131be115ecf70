using StandardBearer.Core.Assessments;

namespace StandardBearer.Web.Pages.Assessments;

/// <summary>How each stage of an assessment looks as a GOV.UK tag, the same on every list.</summary>
public static class AssessmentStatusTags
{
    public static string Colour(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Applied => "blue",
        AssessmentStatus.Declined => "red",
        AssessmentStatus.Accepted => "turquoise",
        AssessmentStatus.DesktopReview => "yellow",
        AssessmentStatus.OnSite => "orange",
        AssessmentStatus.Rated => "purple",
        AssessmentStatus.ReportReleased => "pink",
        AssessmentStatus.Decided => "green",
        _ => "grey",
    };
}

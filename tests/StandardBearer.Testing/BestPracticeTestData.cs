using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.BestPractice;

namespace StandardBearer.Testing;

public static class BestPracticeTestData
{
    /// <summary>
    /// Describes the draft case that a Compliance Plus rating opened on <paramref name="element"/> and publishes it,
    /// straight in the database, so library tests do not depend on the moderation journey. Returns the case id.
    /// </summary>
    public static Task<Guid> PublishCaseAsync(this AppFixture app, Guid assessmentId, string element, string title, string description, int? year = null) =>
        app.WithDbAsync(async db =>
        {
            var c = await db.BestPracticeCases.IgnoreQueryFilters().SingleAsync(x => x.AssessmentId == assessmentId && x.ElementNumber == element);
            var now = db.Time.GetUtcNow();
            c.Title = title;
            c.Description = description;
            c.Results = "Complaints fell by a third in a year.";
            c.ContactName = "Sam Patel";
            c.ContactEmail = "sam.patel@example.org";
            c.ConsentedAt = now;
            c.Status = CaseStatus.Published;
            c.PublishedAt = now;
            if (year is { } y) c.Year = y;
            await db.SaveChangesAsync();
            return c.Id;
        });
}

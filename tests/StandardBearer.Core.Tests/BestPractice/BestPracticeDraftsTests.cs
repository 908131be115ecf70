using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Tests.Assessments;
using StandardBearer.Testing;

namespace StandardBearer.Core.Tests.BestPractice;

/// <summary>A Compliance Plus rating opens exactly one draft case, which follows the rating until it is published.</summary>
public abstract class BestPracticeDraftsTests(AppFixture app) : AssessmentTestBase(app)
{
    private Task<List<BestPracticeCase>> CasesAsync(Guid assessmentId) =>
        App.WithDbAsync(db => db.BestPracticeCases.Where(c => c.AssessmentId == assessmentId).ToListAsync());

    private Task<AssessmentElement> Rate(TestAssessment a, string number, string rating, string? comment) =>
        Service(s => s.RateElementAsync(a.Body.Id, a.Id, number, new RateElementRequest { RatingKey = rating, Comment = comment }, As(a.Lead)));

    [DbFact]
    public async Task CompliancePlus_OpensExactlyOneDraft_WithTheAssessorsComment_AndRatingAgainUpdatesIt()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);

        await Rate(a, "1.1.1", "CompliancePlus", "Insight panels shape every service.");
        await Rate(a, "1.1.1", "CompliancePlus", "Insight panels shape every service, and results are published.");
        await Rate(a, "1.1.2", "Compliance", null);

        var draft = Assert.Single(await CasesAsync(a.Id));
        Assert.Equal("1.1.1", draft.ElementNumber);
        Assert.Equal(CaseStatus.Draft, draft.Status);
        Assert.Equal(a.Organisation.Id, draft.OrganisationId);
        Assert.Equal(a.Body.Id, draft.CertificationBodyId);
        Assert.Equal("Insight panels shape every service, and results are published.", draft.AssessorComment);
        Assert.Equal(DateTime.UtcNow.Year, draft.Year);
        Assert.Null(draft.ConsentedAt);
    }

    [DbFact]
    public async Task LoweringTheRating_WithdrawsTheDraft_AndRaisingItAgainReopensTheSameCase()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await Rate(a, "2.1.1", "CompliancePlus", "Exemplary.");
        var opened = Assert.Single(await CasesAsync(a.Id));

        await Rate(a, "2.1.1", "Compliance", null);
        Assert.Equal(CaseStatus.Withdrawn, Assert.Single(await CasesAsync(a.Id)).Status);

        await Rate(a, "2.1.1", "CompliancePlus", "Exemplary after all.");
        var reopened = Assert.Single(await CasesAsync(a.Id));
        Assert.Equal(opened.Id, reopened.Id);
        Assert.Equal(CaseStatus.Draft, reopened.Status);
    }

    [DbFact]
    public async Task APublishedCase_IsNotChangedByALaterRating()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await Rate(a, "3.1.1", "CompliancePlus", "Exemplary.");
        await App.WithDbAsync(async db =>
        {
            var c = await db.BestPracticeCases.SingleAsync(x => x.AssessmentId == a.Id);
            c.Status = CaseStatus.Published;
            return await db.SaveChangesAsync();
        });

        await Rate(a, "3.1.1", "Compliance", null);

        var published = Assert.Single(await CasesAsync(a.Id));
        Assert.Equal(CaseStatus.Published, published.Status);
        Assert.Equal("Exemplary.", published.AssessorComment);
    }

    [DbFact]
    public async Task Search_FindsWordsInTheDescription_WithStemsAndPrefixes_AndAnyInputIsSafe()
    {
        var a = await App.Data.CreateAssessmentAsync(AssessmentStage.Assigned);
        await Rate(a, "1.2.1", "CompliancePlus", "Exemplary consultation.");
        await Rate(a, "1.2.2", "CompliancePlus", "Exemplary staff training.");
        var cases = await CasesAsync(a.Id);
        var described = cases.Single(c => c.ElementNumber == "1.2.1");
        await App.WithDbAsync(async db =>
        {
            var c = await db.BestPracticeCases.SingleAsync(x => x.Id == described.Id);
            c.Description = "Residents' panels review every complaint about bin collections within ten days.";
            return await db.SaveChangesAsync();
        });

        async Task<IReadOnlyList<Guid>?> Search(string text) => await App.WithDbAsync(db => BestPracticeSearch.MatchingIdsAsync(db, text));

        Assert.Equal([described.Id], await Search("complaints"));        // stem
        Assert.Equal([described.Id], await Search("resident panel"));    // every word, stems
        Assert.Equal([described.Id], await Search("collect"));           // prefix
        Assert.Equal([described.Id], await Search("consultation"));      // the assessor's comment
        Assert.Empty((await Search("complaint training"))!);            // all words must match
        Assert.Contains(cases.Single(c => c.ElementNumber == "1.2.2").Id, (await Search("exemplary"))!);
        Assert.Empty((await Search("\"AND ( OR * NEAR bins:"))!);       // query syntax means nothing
        Assert.Null(await Search("  -- ' "));                           // no words: no search
    }
}

public sealed class BestPracticeDraftsTestsOnSqlite(SqliteApp app) : BestPracticeDraftsTests(app), IClassFixture<SqliteApp>;

public sealed class BestPracticeDraftsTestsOnPostgres(PostgresApp app) : BestPracticeDraftsTests(app), IClassFixture<PostgresApp>;

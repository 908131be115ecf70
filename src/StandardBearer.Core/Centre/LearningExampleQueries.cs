using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Centre;

/// <summary>A learning example as its organisation sees it.</summary>
public sealed record LearningExampleDetails(
    Guid Id, Guid OrganisationId, string Title, string LearnedFrom, string WhatWeLearned, string WhatChanged, IReadOnlyList<string> ElementNumbers,
    IReadOnlyList<Guid> CaseIds, LearningExampleStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>A published learning example as the public sees it, with the organisation's name and the cases it drew on.</summary>
public sealed record PublishedLearningExample(
    Guid Id, Guid OrganisationId, string OrganisationName, string Title, string LearnedFrom, string WhatWeLearned, string WhatChanged,
    IReadOnlyList<string> ElementNumbers, IReadOnlyList<PublishedCaseRow> Cases, DateTimeOffset PublishedAt);

public static class LearningExampleQueries
{
    /// <summary>The organisation's examples, drafts and published, by title. Read through the caller's tenant filter.</summary>
    public static async Task<IReadOnlyList<LearningExampleDetails>> ForOrganisationAsync(AppDbContext db, Guid organisationId, CancellationToken ct = default) =>
        (await db.Set<LearningExample>().AsNoTracking().Where(x => x.OrganisationId == organisationId).ToListAsync(ct))
            .Select(Details).OrderBy(x => x.Title, StringComparer.CurrentCultureIgnoreCase).ToList();

    public static async Task<LearningExampleDetails?> FindAsync(AppDbContext db, Guid organisationId, Guid exampleId, CancellationToken ct = default) =>
        await db.Set<LearningExample>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == exampleId && x.OrganisationId == organisationId, ct) is { } x
            ? Details(x) : null;

    /// <summary>
    /// Every organisation's published examples that name the element, newest first. Published examples are public, so
    /// this reads across tenants on purpose (IgnoreQueryFilters); a draft is never returned.
    /// </summary>
    public static async Task<IReadOnlyList<PublishedLearningExample>> PublishedForElementAsync(AppDbContext db, string elementNumber, CancellationToken ct = default)
    {
        var found = await (from x in db.Set<LearningExample>().IgnoreQueryFilters().AsNoTracking()
                           where x.Status == LearningExampleStatus.Published && x.ElementNumbers.Contains(elementNumber)
                           join o in db.Organisations on x.OrganisationId equals o.Id
                           select new { Example = x, Organisation = o.Name })
            .ToListAsync(ct);
        var cases = (await BestPracticeLibrary.ListAsync(db, ids: found.SelectMany(f => f.Example.CaseIds).Distinct().ToList(), ct: ct)).ToDictionary(c => c.Id);
        return found
            .Select(f => new PublishedLearningExample(f.Example.Id, f.Example.OrganisationId, f.Organisation, f.Example.Title, f.Example.LearnedFrom,
                f.Example.WhatWeLearned, f.Example.WhatChanged, f.Example.ElementNumbers,
                f.Example.CaseIds.Where(cases.ContainsKey).Select(id => cases[id]).ToList(), f.Example.PublishedAt ?? f.Example.CreatedAt))
            .OrderByDescending(x => x.PublishedAt).ThenBy(x => x.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private static LearningExampleDetails Details(LearningExample x) =>
        new(x.Id, x.OrganisationId, x.Title, x.LearnedFrom, x.WhatWeLearned, x.WhatChanged, x.ElementNumbers, x.CaseIds, x.Status, x.CreatedAt, x.UpdatedAt, x.PublishedAt);
}

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Data;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Centre;

/// <summary>
/// The learning example form as posted. Element numbers are typed in one box, separated by commas or spaces; cases
/// are ticked. The service checks both, and its messages come back against these names.
/// </summary>
public sealed record LearningExampleForm
{
    public string? Title { get; init; }
    public string? LearnedFrom { get; init; }
    public string? WhatWeLearned { get; init; }
    public string? WhatChanged { get; init; }
    public string? ElementNumbers { get; init; }
    public List<string> CaseIds { get; init; } = [];

    public SaveLearningExampleRequest ToRequest() => new()
    {
        Title = Title ?? "",
        LearnedFrom = LearnedFrom ?? "",
        WhatWeLearned = WhatWeLearned ?? "",
        WhatChanged = WhatChanged ?? "",
        ElementNumbers = (ElementNumbers ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries),
        // Something that is not an id cannot be a published case: the service says so.
        CaseIds = CaseIds.Select(c => Guid.TryParse(c, out var id) ? id : Guid.Empty).ToList(),
    };

    public static LearningExampleForm Of(LearningExampleDetails x) => new()
    {
        Title = x.Title, LearnedFrom = x.LearnedFrom, WhatWeLearned = x.WhatWeLearned, WhatChanged = x.WhatChanged,
        ElementNumbers = string.Join(", ", x.ElementNumbers), CaseIds = x.CaseIds.Select(c => c.ToString()).ToList(),
    };
}

public static class LearningExamplePages
{
    public static string ListPath(Guid organisationId) => $"/organisations/{organisationId}/learning-examples";

    public static string ExamplePath(Guid organisationId, Guid exampleId) => $"{ListPath(organisationId)}/{exampleId}";

    public static async Task<bool> IsAdminAsync(CurrentUser user, Guid organisationId, CancellationToken ct) =>
        (await user.MembershipsAsync(ct)).Any(m => m.OrganisationId == organisationId && m.Role == Role.OrganisationAdmin);

    public static Task<string> OrganisationNameAsync(AppDbContext db, Guid organisationId, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);

    /// <summary>Every published best-practice case, to tick the ones the example drew on.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CaseChoicesAsync(AppDbContext db, CancellationToken ct) =>
        (await BestPracticeLibrary.ListAsync(db, ct: ct))
            .OrderBy(c => c.ElementNumber, Core.Standards.ElementNumberComparer.Instance).ThenBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase)
            .Select(c => new SelectListItem($"{c.ElementNumber}: {c.Title} ({c.OrganisationName})", c.Id.ToString()))
            .ToList();

    public static string Colour(LearningExampleStatus status) => status == LearningExampleStatus.Published ? "green" : "grey";
}

/// <summary>What <c>_LearningExampleFields</c> shows: the form's values and the published cases to tick.</summary>
public sealed record LearningExampleFieldsView(LearningExampleForm Input, IReadOnlyList<SelectListItem> CaseChoices);

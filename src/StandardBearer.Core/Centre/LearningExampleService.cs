using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;

namespace StandardBearer.Core.Centre;

public sealed record SaveLearningExampleRequest
{
    [Required(ErrorMessage = "Enter a title")]
    [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string Title { get; init; } = "";

    [Required(ErrorMessage = "Enter who you learned from")]
    [StringLength(200, ErrorMessage = "Who you learned from must be 200 characters or fewer")]
    public string LearnedFrom { get; init; } = "";

    [Required(ErrorMessage = "Enter what you learned")]
    [StringLength(4000, ErrorMessage = "What you learned must be 4,000 characters or fewer")]
    public string WhatWeLearned { get; init; } = "";

    [Required(ErrorMessage = "Enter what changed as a result")]
    [StringLength(4000, ErrorMessage = "What changed must be 4,000 characters or fewer")]
    public string WhatChanged { get; init; } = "";

    /// <summary>At least one element number of the current version, like 1.2.3.</summary>
    public IReadOnlyList<string> ElementNumbers { get; init; } = [];

    /// <summary>Published best-practice cases it drew on (optional).</summary>
    public IReadOnlyList<Guid> CaseIds { get; init; } = [];
}

/// <summary>
/// An organisation's learning examples. Its admins and members write drafts; only admins change a published example,
/// publish it (making it public) or take it down.
/// </summary>
public sealed class LearningExampleService(AppDbContext db)
{
    public const string ElementsRequired = "Enter at least one element number, like 1.2.3";

    public async Task<LearningExample> CreateAsync(Guid organisationId, SaveLearningExampleRequest request, Actor actor, CancellationToken ct = default)
    {
        await RoleAsync(organisationId, actor, ct);
        var (elements, cases) = await ValidateAsync(request, ct);
        var now = db.Time.GetUtcNow();
        var example = new LearningExample
        {
            Id = db.NewId(), OrganisationId = organisationId, Title = "", LearnedFrom = "", WhatWeLearned = "", WhatChanged = "",
            Status = LearningExampleStatus.Draft, CreatedAt = now, CreatedByUserId = actor.UserId,
        };
        Apply(example, request, elements, cases);
        db.Add(example);
        db.Record(actor, "LearningExampleCreated", Subject(example.Id), organisationId, after: Snapshot(example));
        await db.SaveChangesAsync(ct);
        return example;
    }

    public async Task<LearningExample> UpdateAsync(Guid organisationId, Guid exampleId, SaveLearningExampleRequest request, Actor actor, CancellationToken ct = default)
    {
        var role = await RoleAsync(organisationId, actor, ct);
        var example = await LoadAsync(organisationId, exampleId, ct);
        if (example.Status == LearningExampleStatus.Published && role == Role.OrganisationMember)
            throw new ForbiddenException("Only an admin of the organisation can change a published learning example.");
        var (elements, cases) = await ValidateAsync(request, ct);
        var before = Snapshot(example);
        Apply(example, request, elements, cases);
        example.UpdatedAt = db.Time.GetUtcNow();
        example.UpdatedByUserId = actor.UserId;
        db.Record(actor, "LearningExampleUpdated", Subject(example.Id), organisationId, before: before, after: Snapshot(example));
        await db.SaveChangesAsync(ct);
        return example;
    }

    public Task<LearningExample> PublishAsync(Guid organisationId, Guid exampleId, Actor actor, CancellationToken ct = default) =>
        SetStatusAsync(organisationId, exampleId, LearningExampleStatus.Published, actor, ct);

    public Task<LearningExample> UnpublishAsync(Guid organisationId, Guid exampleId, Actor actor, CancellationToken ct = default) =>
        SetStatusAsync(organisationId, exampleId, LearningExampleStatus.Draft, actor, ct);

    private async Task<LearningExample> SetStatusAsync(Guid organisationId, Guid exampleId, LearningExampleStatus status, Actor actor, CancellationToken ct)
    {
        if (await RoleAsync(organisationId, actor, ct) == Role.OrganisationMember)
            throw new ForbiddenException("Only an admin of the organisation can publish or unpublish a learning example.");
        var example = await LoadAsync(organisationId, exampleId, ct);
        if (example.Status == status) return example;
        example.Status = status;
        example.PublishedAt = status == LearningExampleStatus.Published ? db.Time.GetUtcNow() : null;
        db.Record(actor, status == LearningExampleStatus.Published ? "LearningExamplePublished" : "LearningExampleUnpublished", Subject(example.Id),
            organisationId, after: new { example.Title });
        await db.SaveChangesAsync(ct);
        return example;
    }

    /// <summary>The actor's role in the organisation (admin when acting for the platform); not found for anyone outside it.</summary>
    private async Task<Role> RoleAsync(Guid organisationId, Actor actor, CancellationToken ct)
    {
        if (actor.UserId is not { } userId) return Role.OrganisationAdmin; // the CLI and seeding act for the platform
        var roles = await db.OrganisationRolesAsync(userId, organisationId, ct);
        if (roles.Count == 0) throw new NotFoundException("Organisation not found");
        return roles.Contains(Role.OrganisationAdmin) ? Role.OrganisationAdmin : Role.OrganisationMember;
    }

    private async Task<LearningExample> LoadAsync(Guid organisationId, Guid exampleId, CancellationToken ct) =>
        await db.Set<LearningExample>().SingleOrDefaultAsync(x => x.Id == exampleId && x.OrganisationId == organisationId, ct)
        ?? throw new NotFoundException("Learning example not found");

    /// <summary>The request's rules and the ones only the database can check: real element numbers, published cases.</summary>
    private async Task<(List<string> Elements, List<Guid> Cases)> ValidateAsync(SaveLearningExampleRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        try
        {
            Validation.Validate(request);
        }
        catch (DomainValidationException e)
        {
            foreach (var (key, messages) in e.Errors) errors[key] = messages;
        }
        var elements = (request.ElementNumbers ?? []).Select(n => (n ?? "").Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            .Order(ElementNumberComparer.Instance).ToList();
        if (elements.Count == 0) errors[nameof(SaveLearningExampleRequest.ElementNumbers)] = [ElementsRequired];
        else
        {
            var known = await StandardCatalogue.CurrentElementNumbersAsync(db, BuiltInPacks.CseCode, ct);
            var unknown = elements.Where(n => !known.Contains(n)).ToList();
            if (unknown.Count > 0)
                errors[nameof(SaveLearningExampleRequest.ElementNumbers)] =
                    [$"{string.Join(", ", unknown.Take(5).Select(n => n.Length > 20 ? n[..20] + "…" : n))} {(unknown.Count == 1 ? "is not an element" : "are not elements")} of the standard. Enter element numbers like 1.2.3"];
        }
        var cases = (request.CaseIds ?? []).Distinct().ToList();
        if (cases.Count > 0)
        {
            var published = await BestPracticeLibrary.ListAsync(db, ids: cases, ct: ct);
            if (published.Count != cases.Count) errors[nameof(SaveLearningExampleRequest.CaseIds)] = ["Select only published best-practice cases"];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return (elements, cases);
    }

    private static void Apply(LearningExample example, SaveLearningExampleRequest request, List<string> elements, List<Guid> cases)
    {
        example.Title = request.Title.Trim();
        example.LearnedFrom = request.LearnedFrom.Trim();
        example.WhatWeLearned = request.WhatWeLearned.Trim();
        example.WhatChanged = request.WhatChanged.Trim();
        example.ElementNumbers = elements;
        example.CaseIds = cases;
    }

    private static object Snapshot(LearningExample x) => new { x.Title, x.LearnedFrom, Elements = string.Join(", ", x.ElementNumbers), Cases = x.CaseIds.Count };

    private static string Subject(Guid id) => $"LearningExample/{id}";
}

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Pages.Evidence;

namespace StandardBearer.Web.Api;

public sealed record EvidenceFileDto(Guid Id, string FileName, string MediaType, long Length, string Sha256, string DownloadUrl);
public sealed record EvidenceSummaryDto(
    Guid Id, string Title, EvidenceKind Kind, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<string> Tags, string? Url,
    DateTimeOffset UpdatedAt, DateTimeOffset? DeletedAt, IReadOnlyList<EvidenceFileDto> Files);
public sealed record EvidenceRevisionDto(int Number, string? Url, string? Note, DateTimeOffset CreatedAt, string? CreatedBy, IReadOnlyList<EvidenceFileDto> Files);
public sealed record EvidenceItemDto(
    Guid Id, string Title, string? Description, EvidenceKind Kind, PersonDto? Owner, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    IReadOnlyList<string> Tags, int CurrentRevision, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? DeletedAt,
    IReadOnlyList<EvidenceRevisionDto> Revisions, IReadOnlyList<string> LinkedElements);

/// <summary>
/// The evidence library for API clients: search, upload (multipart/form-data, checked by the same service as the
/// pages), read an item's history, and download its files through the one tenant-checked way to open them.
/// </summary>
public static class EvidenceApi
{
    /// <summary>Room for the form's text fields and multipart framing on top of the files themselves.</summary>
    public const long FormFieldsAllowance = 1024 * 1024;

    public static long MaxUploadBytes(EvidenceFileOptions options) => EvidenceService.MaxFilesPerUpload * options.MaxFileBytes + FormFieldsAllowance;

    public static void MapEvidenceApi(this RouteGroupBuilder v1)
    {
        var evidence = v1.MapGroup("/organisations/{organisationId:guid}/evidence")
            .RequireRoles(Role.OrganisationAdmin, Role.OrganisationMember);
        evidence.MapGet("", List).WithName("ListEvidence")
            .WithSummary("Items in the organisation's evidence library, by title; q searches titles and tags, kind filters");
        evidence.MapPost("", Create).WithName("CreateEvidence")
            .WithSummary("Add an item: multipart/form-data with title, kind, optional description, ownerUserId, effectiveFrom and effectiveTo (yyyy-MM-dd), tags, url, element (a number to link it to) and one or more files")
            .Accepts<IFormCollection>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            // No antiforgery token: the session cookie is SameSite=Lax (Program.cs), so a browser never sends it on a
            // cross-site POST, and a forged cross-site upload arrives signed out and gets 401. (Lax is explicit, so
            // Chrome's two-minute grace for cookies without a SameSite attribute does not apply.) What Lax does not
            // cover is a hostile page on a sibling subdomain of the same site: do not host user content there.
            // The pages' own upload forms keep their antiforgery tokens.
            .DisableAntiforgery();
        evidence.MapGet("/{itemId:guid}", Get).WithName("GetEvidence").WithSummary("One item with every revision and its files");
        evidence.MapGet("/files/{fileId:guid}", Download).WithName("DownloadEvidenceFile")
            .WithSummary("A file's bytes, as an attachment under its checked name and detected type");
    }

    private static async Task<Ok<List<EvidenceSummaryDto>>> List(Guid organisationId, string? q, EvidenceKind? kind, AppDbContext db, CancellationToken ct)
    {
        var items = EvidenceQueries.Search(db, organisationId, q, kind);
        var ids = await items.Select(i => i.Id).ToListAsync(ct);
        var found = await LinkedEvidence.ItemsAsync(db, ids, ct);
        return TypedResults.Ok(found.OrderBy(i => i.Title, StringComparer.CurrentCultureIgnoreCase).Select(i => Summary(organisationId, i)).ToList());
    }

    private static async Task<Results<Ok<EvidenceItemDto>, NotFound>> Get(Guid organisationId, Guid itemId, AppDbContext db, CancellationToken ct)
    {
        var item = await ItemAsync(db, organisationId, itemId, ct);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok(item);
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> Download(Guid organisationId, Guid fileId, AppDbContext db, IEvidenceStore store, CancellationToken ct)
    {
        var file = await EvidenceDownloads.OpenAsync(db, store, organisationId, fileId, ct);
        return file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.MediaType, file.FileName);
    }

    private static async Task<Results<Created<EvidenceItemDto>, ValidationProblem, ProblemHttpResult>> Create(
        Guid organisationId, HttpRequest request, EvidenceService service, AppDbContext db, CurrentUser user, IOptions<EvidenceFileOptions> options, CancellationToken ct)
    {
        // The form is read here, after the access check, rather than bound as a parameter: binding would read the
        // whole upload before the endpoint filter could refuse an outsider, and would turn a bad date into a bare 400.
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the evidence as multipart/form-data, with the files in a field named files.");
        var limit = MaxUploadBytes(options.Value);
        if (!RequestBodyLimit.TryApply(request, limit)) return TooLarge(options.Value);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options.Value);
        }
        catch (InvalidDataException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The upload could not be read as multipart/form-data.");
        }

        var errors = new Dictionary<string, string[]>();
        var details = new CreateEvidenceRequest
        {
            Title = Text(form, "title") ?? "",
            Description = Text(form, "description"),
            Kind = ParseKind(Text(form, "kind"), errors),
            OwnerUserId = ParseGuid(Text(form, "ownerUserId"), nameof(EvidenceDetailsRequest.OwnerUserId), "Select someone from your organisation", errors),
            EffectiveFrom = ParseDate(Text(form, "effectiveFrom"), nameof(EvidenceDetailsRequest.EffectiveFrom), "The date the evidence was true from", errors),
            EffectiveTo = ParseDate(Text(form, "effectiveTo"), nameof(EvidenceDetailsRequest.EffectiveTo), "The date the evidence was true until", errors),
            Tags = Text(form, "tags"),
            Url = Text(form, "url"),
        };
        // Nothing is checked or stored while any field is unreadable: the service would only guess at it.
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, type: ProblemTypes.For(400), title: ProblemTypes.TitleFor(400));

        var uploads = form.Files.GetFiles("files").Select(f => new EvidenceUpload(f.OpenReadStream, f.FileName, f.Length)).ToList();
        var element = Text(form, "element")?.Trim();
        try
        {
            var created = await service.CreateAsync(organisationId, details, uploads, user.Actor, element, ct);
            var item = await ItemAsync(db, organisationId, created.Id, ct);
            return TypedResults.Created($"/api/v1/organisations/{organisationId}/evidence/{created.Id}", item!);
        }
        catch (DomainValidationException e)
        {
            return SelfAssessmentsApi.ValidationProblem(e);
        }
        catch (NotFoundException) when (element is not null)
        {
            // The endpoint exists; only the element named in the form does not, so say which field is wrong.
            return SelfAssessmentsApi.ValidationProblem(new DomainValidationException("Element",
                "Enter the number of an element of your open self-assessment, like 1.1.1, or leave element out"));
        }
    }

    internal static EvidenceSummaryDto Summary(Guid organisationId, LinkedEvidenceItem i) =>
        new(i.Id, i.Title, i.Kind, i.EffectiveFrom, i.EffectiveTo, i.Tags, i.Url, i.UpdatedAt, i.DeletedAt,
            i.Files.Select(f => new EvidenceFileDto(f.Id, f.FileName, f.MediaType, f.Length, f.Sha256, DownloadUrl(organisationId, f.Id))).ToList());

    internal static string DownloadUrl(Guid organisationId, Guid fileId) => $"/api/v1/organisations/{organisationId}/evidence/files/{fileId}";

    private static async Task<EvidenceItemDto?> ItemAsync(AppDbContext db, Guid organisationId, Guid itemId, CancellationToken ct)
    {
        var item = await db.Set<EvidenceItem>().AsNoTracking().AsSplitQuery().Include(i => i.Revisions).ThenInclude(r => r.Files)
            .SingleOrDefaultAsync(i => i.Id == itemId && i.OrganisationId == organisationId, ct);
        if (item is null) return null;
        var owner = item.OwnerUserId is { } ownerId
            ? new PersonDto(ownerId, await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "")
            : null;
        var linked = await db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == itemId)
            .Join(db.Set<ElementSelfAssessment>(), l => l.ElementSelfAssessmentId, e => e.Id, (l, e) => e)
            .Where(e => db.Set<SelfAssessmentRecord>().Any(s => s.Id == e.SelfAssessmentId && s.Status == SelfAssessmentStatus.Open))
            .OrderBy(e => e.Order).Select(e => e.ElementNumber).ToListAsync(ct);
        return new EvidenceItemDto(item.Id, item.Title, item.Description, item.Kind, owner, item.EffectiveFrom, item.EffectiveTo, item.Tags,
            item.CurrentRevision, item.CreatedAt, item.UpdatedAt, item.DeletedAt,
            item.Revisions.OrderByDescending(r => r.Number).Select(r => new EvidenceRevisionDto(r.Number, r.Url, r.Note, r.CreatedAt, r.CreatedByName,
                r.Files.OrderBy(f => f.FileName, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Id).Select(f => new EvidenceFileDto(f.Id, f.FileName, f.MediaType, f.Length, f.Sha256, DownloadUrl(organisationId, f.Id))).ToList()))
                .ToList(),
            linked);
    }

    private static string? Text(IFormCollection form, string field) =>
        form.TryGetValue(field, out var values) && values.ToString() is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static EvidenceKind? ParseKind(string? value, Dictionary<string, string[]> errors)
    {
        if (value is null) return null; // the service says "Select what kind…"
        // Names only ("Document", "WebLink"), as everywhere else in the API: Enum.TryParse would also take "3".
        if (value.All(char.IsLetter) && Enum.TryParse<EvidenceKind>(value, ignoreCase: true, out var kind)) return kind;
        errors[nameof(EvidenceDetailsRequest.Kind)] = [$"Select what kind of evidence this is: one of {string.Join(", ", Enum.GetNames<EvidenceKind>())}"];
        return null;
    }

    private static Guid? ParseGuid(string? value, string field, string message, Dictionary<string, string[]> errors)
    {
        if (value is null) return null;
        if (Guid.TryParse(value, out var id)) return id;
        errors[field] = [message];
        return null;
    }

    private static DateOnly? ParseDate(string? value, string field, string label, Dictionary<string, string[]> errors)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = [$"{label} must be a real date, written as yyyy-MM-dd, like 2026-03-31"];
        return null;
    }

    private static ProblemHttpResult TooLarge(EvidenceFileOptions options) =>
        Problem(StatusCodes.Status413PayloadTooLarge,
            $"The upload is too large. Send at most {EvidenceService.MaxFilesPerUpload} files, each smaller than {EvidenceFileCheck.FormatSize(options.MaxFileBytes)}.");

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ProblemTypes.TitleFor(status), type: ProblemTypes.For(status));
}

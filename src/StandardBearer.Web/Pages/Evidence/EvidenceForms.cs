using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Web.Shared.Govuk;

namespace StandardBearer.Web.Pages.Evidence;

/// <summary>What the evidence forms share: their choices, how uploads reach the service, and where its errors go.</summary>
public static class EvidenceForms
{
    /// <summary>The file input's name: a page binds its files to a property of this name beside <c>Input</c> (not "File", which PageModel has).</summary>
    public const string FileField = "Files";

    /// <summary>Where a page puts <see cref="OwnerItemsAsync"/>'s result for the shared details fields.</summary>
    public const string OwnerItemsKey = "EvidenceOwnerItems";

    /// <summary>What the file input will take, as a hint to the browser's file picker; the service decides from the bytes.</summary>
    public const string Accept = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.csv,.txt,.png,.jpg,.jpeg";

    public static string FileHint(EvidenceFileOptions options) =>
        $"You can select up to {EvidenceService.MaxFilesPerUpload} files. Each must be smaller than {EvidenceFormat.Size(options.MaxFileBytes)} " +
        "and be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG file.";

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
    [
        new GovukChoiceItem { Text = EvidenceKinds.DisplayName(EvidenceKind.Document), Value = nameof(EvidenceKind.Document), Hint = "A report, policy, minutes, leaflet or similar file" },
        new GovukChoiceItem { Text = EvidenceKinds.DisplayName(EvidenceKind.WebLink), Value = nameof(EvidenceKind.WebLink), Hint = "A page on a website, such as your published service standards" },
        new GovukChoiceItem { Text = EvidenceKinds.DisplayName(EvidenceKind.Photo), Value = nameof(EvidenceKind.Photo), Hint = "A picture, such as a poster on display or a reception area" },
        new GovukChoiceItem { Text = EvidenceKinds.DisplayName(EvidenceKind.Data), Value = nameof(EvidenceKind.Data), Hint = "Figures, such as survey results or complaint numbers" },
        new GovukChoiceItem { Text = EvidenceKinds.DisplayName(EvidenceKind.Note), Value = nameof(EvidenceKind.Note), Hint = "Something you write here, in the description" },
    ];

    /// <summary>The organisation's members, for an owner select (as the self-assessment element page offers).</summary>
    public static async Task<IReadOnlyList<SelectListItem>> OwnerItemsAsync(AppDbContext db, Guid organisationId, CancellationToken ct) =>
        (await db.Memberships.Where(m => m.OrganisationId == organisationId).OrderBy(m => m.User!.DisplayName)
            .Select(m => new SelectListItem(m.User!.DisplayName, m.UserId.ToString())).ToListAsync(ct))
        .DistinctBy(o => o.Value).Prepend(new SelectListItem("No owner", "")).ToList();

    /// <summary>Uploads as the service takes them. Nothing is read here: the service checks every byte.</summary>
    public static IReadOnlyList<EvidenceUpload> Uploads(IEnumerable<IFormFile>? files) =>
        (files ?? []).Select(f => new EvidenceUpload(f.OpenReadStream, f.FileName, f.Length)).ToList();

    /// <summary>The service's errors against the form: the file errors against the file input, the rest against <c>Input</c>.</summary>
    public static void AddErrors(ModelStateDictionary modelState, DomainValidationException e)
    {
        foreach (var (field, messages) in e.Errors)
        {
            var key = field switch
            {
                "" => "",
                FileCheckResult.Field => FileField,
                _ => $"Input.{field}",
            };
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
    }
}

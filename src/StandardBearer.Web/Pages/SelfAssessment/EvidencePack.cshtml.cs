using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.SelfAssessment;

/// <summary>
/// The assessor's evidence pack: the open self-assessment (or, once closed, the latest one) as a ZIP of an HTML index,
/// a CSV index and the current files of every live item linked to an element. A page rather than an API endpoint so
/// it gets the pages' access rules (404 outside the organisation, sign-in for the anonymous) and a browser download.
/// </summary>
[AllowRoles(Role.OrganisationAdmin, Role.OrganisationMember)]
public class EvidencePackModel(AppDbContext db, IEvidenceStore store, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken ct)
    {
        var pack = await LoadAsync(organisationId, ct);
        if (pack is null) return NotFound();
        var writer = new EvidencePackWriter(async (file, token) =>
        {
            try
            {
                return await store.OpenReadAsync(file.Sha256, token);
            }
            catch (FileNotFoundException)
            {
                return null; // listed in the indexes as missing rather than breaking a download already under way
            }
        });
        return new EvidencePackResult(pack, writer);
    }

    private async Task<EvidencePack?> LoadAsync(Guid organisationId, CancellationToken ct)
    {
        var assessment = await db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open)
                .Select(s => new { s.Id, s.StandardVersionId }).SingleOrDefaultAsync(ct)
            ?? await db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId).OrderByDescending(s => s.StartedAt)
                .Select(s => new { s.Id, s.StandardVersionId }).FirstOrDefaultAsync(ct);
        if (assessment is null) return null;
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct);
        var tree = await StandardCatalogue.TreeAsync(db, await StandardCatalogue.ByIdAsync(db, assessment.StandardVersionId, ct), ct);
        var ratingNames = tree.Ratings.ToDictionary(r => r.Key, r => r.Name);
        var rows = await db.Set<ElementSelfAssessment>().Where(e => e.SelfAssessmentId == assessment.Id)
            .Select(e => new
            {
                e.Id, e.ElementNumber, e.Progress, e.RatingKey, e.Narrative,
                Owner = db.Users.Where(u => u.Id == e.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToDictionaryAsync(e => e.ElementNumber, ct);
        var evidence = await LinkedEvidence.ForElementsAsync(db, rows.Values.Select(r => r.Id).ToList(), liveOnly: true, ct);

        var elements = tree.Elements.Select(node =>
        {
            if (!rows.TryGetValue(node.Number, out var row))
                return new EvidencePackElement(node.Number, node.Title, null, ElementProgress.NotStarted, null, null, []);
            return new EvidencePackElement(node.Number, node.Title, row.RatingKey is null ? null : ratingNames.GetValueOrDefault(row.RatingKey),
                row.Progress, row.Owner, row.Narrative,
                evidence[row.Id].Select(i => new EvidencePackItem(i.Id, i.Title, i.Kind, i.EffectiveFrom, i.EffectiveTo, i.Url,
                    i.Files.Select(f => new EvidencePackFile(f.FileName, f.MediaType, f.Length, f.Sha256)).ToList())).ToList());
        }).ToList();
        return new EvidencePack(organisation, tree.Version.StandardTitle, tree.Version.Label, time.GetUtcNow(), elements);
    }
}

/// <summary>Streams the pack into the response body as it is written; the response never holds the whole ZIP.</summary>
public sealed class EvidencePackResult(EvidencePack pack, EvidencePackWriter writer) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var response = http.Response;
        response.ContentType = "application/zip";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(EvidencePackWriter.ZipName(pack.OrganisationName, pack.GeneratedAt));
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        // Send each chunk as it is written, even if a buffering layer is added in front of the app later.
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await writer.WriteAsync(pack, response.Body, http.RequestAborted);
    }
}

using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Data;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;

namespace StandardBearer.Web.Pages.Skills;

/// <summary>The champions section of a self-assessment element's page, and whether to offer the change link.</summary>
public sealed record ElementChampionsPanel(IReadOnlyList<ChampionRow> Champions, bool CanChange, string ChangePath)
{
    public static async Task<ElementChampionsPanel> LoadAsync(AppDbContext db, Guid organisationId, Guid elementRowId, Guid? userId, CancellationToken ct)
    {
        var element = await db.Set<ElementSelfAssessment>().Where(e => e.Id == elementRowId).Select(e => new { e.ElementNumber, e.OwnerUserId }).SingleAsync(ct);
        var champions = (await ChampionService.ForElementsAsync(db, [elementRowId], ct))[elementRowId].ToList();
        return new ElementChampionsPanel(champions, await ChampionService.CanChangeAsync(db, organisationId, element.OwnerUserId, userId, ct),
            $"/organisations/{organisationId}/self-assessment/elements/{element.ElementNumber}/champions");
    }
}

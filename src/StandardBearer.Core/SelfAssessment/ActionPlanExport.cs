using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;

namespace StandardBearer.Core.SelfAssessment;

/// <summary>One improvement action as a spreadsheet row.</summary>
public sealed record ActionPlanExportRow(string ElementNumber, string Description, string? Owner, DateOnly DueDate, ActionStatus Status, DateTimeOffset CreatedAt);

/// <summary>The action plan as an XLSX: one row per improvement action, by element then due date. Dates are ISO text, as in the CSV.</summary>
public static class ActionPlanExport
{
    public static readonly IReadOnlyList<string> Header = ["Element", "Action", "Owner", "Due date", "Status", "Created"];

    private static readonly IReadOnlyList<double> Widths = [10, 60, 22, 12, 12, 12];

    public static IReadOnlyList<object?> Fields(ActionPlanExportRow r) =>
    [
        r.ElementNumber, r.Description, r.Owner ?? "", r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StatusName(r.Status),
        r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];

    public static byte[] ToXlsx(IEnumerable<ActionPlanExportRow> rows) => Xlsx.Write("Action plan", Header, rows.Select(Fields), Widths);

    public static string FileName(string organisationName, DateTimeOffset at) => ExportNames.Dated(organisationName, "action-plan", at, "xlsx");

    public static string StatusName(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Open",
    };

    /// <summary>Every improvement action of the organisation, under the request's tenant filter.</summary>
    public static async Task<IReadOnlyList<ActionPlanExportRow>> RowsAsync(AppDbContext db, Guid organisationId, CancellationToken ct = default) =>
        (await db.Set<ImprovementAction>().Where(a => a.OrganisationId == organisationId)
            .Select(a => new ActionPlanExportRow(a.ElementNumber, a.Description, db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                a.DueDate, a.Status, a.CreatedAt))
            .ToListAsync(ct))
        .OrderBy(r => r.ElementNumber, ElementNumberComparer.Instance).ThenBy(r => r.DueDate).ThenBy(r => r.CreatedAt).ToList();
}

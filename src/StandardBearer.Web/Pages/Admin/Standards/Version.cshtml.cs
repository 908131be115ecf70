using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Standards.Packs;
using StandardBearer.Web.Infrastructure;

namespace StandardBearer.Web.Pages.Admin.Standards;

[AllowRoles(Role.StandardOwner)]
public class VersionModel(AppDbContext db, StandardService standards, CurrentUser user) : PageModel
{
    public VersionTree Tree { get; private set; } = null!;
    public VersionSummary? Current { get; private set; }
    public PackDiff Diff { get; private set; } = null!;
    public string? Success { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string label, bool imported, bool published, bool retired, CancellationToken ct)
    {
        Success = imported ? "Pack imported as a draft. Check it, then publish it." : published ? "Version published" : retired ? "Version retired" : null;
        return await LoadAsync(code, label, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetExportAsync(string code, string label, CancellationToken ct)
    {
        var pack = await StandardCatalogue.ExportAsync(db, code, label, ct);
        if (pack is null) return NotFound();
        return File(System.Text.Encoding.UTF8.GetBytes(PackReader.Write(pack)), "application/json", $"{code.ToLowerInvariant()}-{label}.json");
    }

    public Task<IActionResult> OnPostPublishAsync(string code, string label, CancellationToken ct) =>
        RunAsync(code, label, () => standards.PublishAsync(code, label, user.Actor, ct), "?published=true", ct);

    public Task<IActionResult> OnPostRetireAsync(string code, string label, CancellationToken ct) =>
        RunAsync(code, label, () => standards.RetireAsync(code, label, user.Actor, ct), "?retired=true", ct);

    public async Task<IActionResult> OnPostDiscardAsync(string code, string label, CancellationToken ct)
    {
        var result = await RunAsync(code, label, () => standards.DiscardDraftAsync(code, label, user.Actor, ct), "", ct);
        return Problem is null ? Redirect("/admin/standards") : result;
    }

    private async Task<IActionResult> RunAsync(string code, string label, Func<Task> action, string then, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect($"/admin/standards/{code}/{label}{then}");
        }
        catch (ConflictException e)
        {
            Problem = e.Message;
            if (!await LoadAsync(code, label, ct)) return NotFound();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string code, string label, CancellationToken ct)
    {
        var version = await StandardCatalogue.FindAsync(db, code, label, ct);
        if (version is null) return false;
        Tree = await StandardCatalogue.TreeAsync(db, version, ct);
        Current = await StandardCatalogue.CurrentAsync(db, code, ct);
        var next = await StandardCatalogue.ExportAsync(db, code, label, ct);
        var current = Current is null || Current.Id == version.Id ? null : await StandardCatalogue.ExportAsync(db, code, Current.Label, ct);
        Diff = PackDiff.Compare(current, next!);
        return true;
    }
}

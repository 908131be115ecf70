using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Evidence;

namespace StandardBearer.Core.Assessments;

/// <summary>
/// One element of an assessment as a given user may see it. The assessor's working is null for the organisation
/// until the report is released; <see cref="AssessmentAccess.CanSeeAssessorWork"/> decides.
/// </summary>
public sealed record AssessmentElementView(
    string Number,
    int Order,
    bool InScope,
    bool CarriedForward,
    string? SelfRatingKey,
    string? Narrative,
    string? OwnerName,
    string? ProvisionalRatingKey,
    string? ReviewNote,
    bool Reviewed,
    string? FinalRatingKey,
    string? FinalComment);

public sealed record SessionNoteView(Guid Id, Guid SessionId, string ElementNumber, string Text, DateTimeOffset CreatedAt, string? CreatedByName);

public sealed record ReviewProgress(int Reviewed, int InScope, int Rated);

/// <summary>Reads that hide what the user may not see yet. Rows come through the tenant filter; the access check comes first.</summary>
public static class AssessmentQueries
{
    /// <summary>
    /// The body's assessments this user may see, for lists: all of them for an admin of the body, only those they
    /// are assigned to (lead or team) for an active assessor, none for anyone else. The same rule as
    /// <see cref="AssessmentAccess"/>, as a query a page can filter and project.
    /// </summary>
    public static IQueryable<Assessment> VisibleAtBody(AppDbContext db, Guid bodyId, Guid userId)
    {
        var memberships = db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.CertificationBodyId == bodyId);
        return db.Set<Assessment>().Where(a => a.CertificationBodyId == bodyId && (
            memberships.Any(m => m.Role == Role.CertificationBodyAdmin)
            || (memberships.Any(m => m.Role == Role.Assessor && m.DeactivatedAt == null)
                && (a.LeadAssessorUserId == userId || db.Set<AssessmentTeamMember>().Any(t => t.AssessmentId == a.Id && t.UserId == userId)))));
    }

    public static async Task<IReadOnlyList<AssessmentElementView>> ElementsAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct = default)
    {
        if (!access.CanSee) throw new NotFoundException("Assessment not found");
        var work = access.CanSeeAssessorWork;
        return await db.Set<AssessmentElement>().Where(e => e.AssessmentId == access.AssessmentId).OrderBy(e => e.Order)
            .Select(e => new AssessmentElementView(
                e.ElementNumber, e.Order, e.InScope, e.CarriedForward, e.SelfRatingKey, e.Narrative, e.OwnerName,
                work ? e.ProvisionalRatingKey : null,
                work ? e.ReviewNote : null,
                work && e.Reviewed,
                work || e.CarriedForward ? e.FinalRatingKey : null,
                work ? e.FinalComment : null))
            .ToListAsync(ct);
    }

    /// <summary>Empty for the organisation until the report is released.</summary>
    public static async Task<IReadOnlyList<SessionNoteView>> SessionNotesAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct = default)
    {
        if (!access.CanSee) throw new NotFoundException("Assessment not found");
        if (!access.CanSeeAssessorWork) return [];
        return await db.Set<SessionNote>().Where(n => n.AssessmentId == access.AssessmentId).OrderBy(n => n.CreatedAt)
            .Select(n => new SessionNoteView(n.Id, n.VisitSessionId, n.ElementNumber, n.Text, n.CreatedAt, n.CreatedByName))
            .ToListAsync(ct);
    }

    /// <summary>For the body's side: how far the desktop review and the rating have got, over the elements in scope.</summary>
    public static async Task<ReviewProgress> ProgressAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct = default)
    {
        if (!access.IsBodySide) throw new NotFoundException("Assessment not found");
        var elements = await db.Set<AssessmentElement>().Where(e => e.AssessmentId == access.AssessmentId && e.InScope)
            .Select(e => new { e.Reviewed, Rated = e.FinalRatingKey != null }).ToListAsync(ct);
        return new ReviewProgress(elements.Count(e => e.Reviewed), elements.Count, elements.Count(e => e.Rated));
    }
}

/// <summary>A file of a snapshot revision, as listed beside an element.</summary>
public sealed record SnapshotFile(Guid FileId, Guid EvidenceRevisionId, string FileName, string MediaType, long Length);

/// <summary>A snapshot file opened for download: serve it as an attachment under this name and type.</summary>
public sealed record SnapshotDownload(Stream Content, string FileName, string MediaType);

/// <summary>
/// The one crossing from the body's side into the organisation's evidence. Evidence files are organisation-owned,
/// so the body's tenant scope cannot see them; these methods ignore the filter, but only for revisions this
/// assessment froze (on applying or answering a request), and only after <see cref="AssessmentAccess"/> says the
/// user may see the assessment. An unassigned assessor gets nothing, as if the file did not exist.
/// </summary>
public static class SnapshotEvidence
{
    public static async Task<IReadOnlyList<SnapshotFile>> FilesAsync(AppDbContext db, AssessmentAccess access, CancellationToken ct = default)
    {
        if (!access.CanSee) return [];
        var revisions = FrozenRevisions(db, access);
        return await db.Set<EvidenceFile>().IgnoreQueryFilters()
            .Where(f => f.OrganisationId == access.OrganisationId && revisions.Contains(f.EvidenceRevisionId))
            .OrderBy(f => f.FileName)
            .Select(f => new SnapshotFile(f.Id, f.EvidenceRevisionId, f.FileName, f.MediaType, f.Length))
            .ToListAsync(ct);
    }

    /// <summary>Null when the user may not see the assessment, the file is not part of its snapshot, or its bytes are missing.</summary>
    public static async Task<SnapshotDownload?> OpenAsync(AppDbContext db, IEvidenceStore store, AssessmentAccess access, Guid fileId, CancellationToken ct = default)
    {
        if (!access.CanSee) return null;
        var revisions = FrozenRevisions(db, access);
        var file = await db.Set<EvidenceFile>().IgnoreQueryFilters()
            .Where(f => f.Id == fileId && f.OrganisationId == access.OrganisationId && revisions.Contains(f.EvidenceRevisionId))
            .Select(f => new { f.Sha256, f.FileName, f.MediaType }).SingleOrDefaultAsync(ct);
        if (file is null) return null;
        try
        {
            return new SnapshotDownload(await store.OpenReadAsync(file.Sha256, ct), file.FileName, file.MediaType);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static IQueryable<Guid> FrozenRevisions(AppDbContext db, AssessmentAccess access) =>
        db.Set<AssessmentEvidence>().IgnoreQueryFilters()
            .Where(e => e.AssessmentId == access.AssessmentId && e.OrganisationId == access.OrganisationId)
            .Select(e => e.EvidenceRevisionId);
}

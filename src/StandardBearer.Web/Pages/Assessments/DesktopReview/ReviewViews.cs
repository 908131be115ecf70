namespace StandardBearer.Web.Pages.Assessments.DesktopReview;

/// <summary>The model of <c>_SnapshotEvidence</c>: the items, where their files download from, and the table's caption.</summary>
public sealed record SnapshotEvidenceTable(IReadOnlyList<SnapshotItem> Items, string FilesPath, string Caption);

/// <summary>The model of <c>_EvidenceRequest</c>: one request with its answer.</summary>
public sealed record EvidenceRequestCard(EvidenceRequestView Request, string FilesPath, DateOnly Today);

namespace StandardBearer.Core.Benchmarking;

/// <summary>How to read a results file: against which version, and what may be created on the way.</summary>
public sealed record ResultsImportOptions
{
    /// <summary>The name the file had, for the import history.</summary>
    public required string FileName { get; init; }

    public string StandardCode { get; init; } = "CSE";

    /// <summary>A version label; null for the standard's newest published version.</summary>
    public string? VersionLabel { get; init; }

    /// <summary>Create organisations (and, without <see cref="OnlyBodyId"/>, bodies) that are not on StandardBearer yet.</summary>
    public bool CreateMissing { get; init; }

    /// <summary>Set when a body's admin uploads: every row must be that body's, and the import is in its history.</summary>
    public Guid? OnlyBodyId { get; init; }
}

/// <summary>One thing wrong with a file: the line it is on (1 is the header; 0 for the file as a whole) and why.</summary>
public sealed record ResultsImportProblem(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}

/// <summary>
/// What an import did, or why it did nothing. With any problem nothing was written, and <see cref="Problems"/> holds the
/// first <see cref="ResultsImportService.MaxProblemsListed"/> of them (<see cref="ProblemsNotListed"/> counts the rest).
/// </summary>
public sealed record ResultsImportReport
{
    public IReadOnlyList<ResultsImportProblem> Problems { get; init; } = [];
    public int ProblemsNotListed { get; init; }
    public bool Succeeded => Problems.Count == 0;

    /// <summary>The history row written; null when nothing was.</summary>
    public Guid? ImportId { get; init; }
    public string StandardCode { get; init; } = "";
    public string VersionLabel { get; init; } = "";
    public int Rows { get; init; }
    public int ResultsCreated { get; init; }
    public int ResultsUpdated { get; init; }
    public int ResultsUnchanged { get; init; }
    public int OrganisationsCreated { get; init; }
    public int BodiesCreated { get; init; }

    public int TotalProblems => Problems.Count + ProblemsNotListed;

    /// <summary>"1,750 assessments from 99,750 rows: 1,750 added, 0 updated, 0 unchanged; 12 organisations created."</summary>
    public static string Summary(int rows, int created, int updated, int unchanged, int organisationsCreated, int bodiesCreated)
    {
        var assessments = created + updated + unchanged;
        var text = $"{assessments:N0} assessment{(assessments == 1 ? "" : "s")} from {rows:N0} row{(rows == 1 ? "" : "s")}: "
            + $"{created:N0} added, {updated:N0} updated, {unchanged:N0} unchanged";
        if (organisationsCreated > 0) text += $"; {organisationsCreated:N0} organisation{(organisationsCreated == 1 ? "" : "s")} created";
        if (bodiesCreated > 0) text += $"; {bodiesCreated:N0} certification bod{(bodiesCreated == 1 ? "y" : "ies")} created";
        return text + ".";
    }

    public string Summary() => Summary(Rows, ResultsCreated, ResultsUpdated, ResultsUnchanged, OrganisationsCreated, BodiesCreated);
}

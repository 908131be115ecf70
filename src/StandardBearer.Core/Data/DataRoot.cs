namespace StandardBearer.Core.Data;

/// <summary>
/// Where relative data paths (the SQLite file, later the evidence store) resolve. In a source checkout it is the
/// repository root, so the web app (run from its project folder) and the CLI (run from anywhere) share ./data/.
/// In a published deployment, where there is no solution file above the binaries, it is the current directory.
/// </summary>
public static class DataRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Directory => Root.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StandardBearer.slnx")))
                return dir.FullName;
        }
        return System.IO.Directory.GetCurrentDirectory();
    }
}

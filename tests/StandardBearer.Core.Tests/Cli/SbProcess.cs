using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace StandardBearer.Core.Tests.Cli;

/// <summary>Runs the real `sb` binary against one SQLite database, configured the way an operator would.</summary>
public sealed class SbProcess(string connectionString, string evidencePath)
{
    private static string SbPath()
    {
        var testBin = AppContext.BaseDirectory; // …/tests/StandardBearer.Core.Tests/bin/<Configuration>/net10.0/
        var configuration = new DirectoryInfo(testBin).Parent!.Parent!.Name == "bin"
            ? new DirectoryInfo(testBin).Parent!.Name
            : new DirectoryInfo(testBin.TrimEnd('/')).Parent!.Name;
        var root = new DirectoryInfo(testBin);
        while (!File.Exists(Path.Combine(root.FullName, "StandardBearer.slnx"))) root = root.Parent!;
        return Path.Combine(root.FullName, "src", "StandardBearer.Cli", "bin", configuration, "net10.0", "sb.dll");
    }

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(SbPath());
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Evidence__StorePath"] = evidencePath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

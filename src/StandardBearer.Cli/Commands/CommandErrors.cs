using StandardBearer.Core.Common;

namespace StandardBearer.Cli.Commands;

/// <summary>Turns domain errors into a message on stderr and a non-zero exit code, never a stack trace.</summary>
public static class CommandErrors
{
    public const int Invalid = 2;
    public const int Failed = 1;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainValidationException e)
        {
            foreach (var message in e.Errors.SelectMany(x => x.Value)) await Console.Error.WriteLineAsync($"error: {message}");
            return Invalid;
        }
        catch (Exception e) when (e is NotFoundException or ConflictException or ForbiddenException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return Failed;
        }
    }
}

using System.CommandLine;

namespace Moderation.Cli.Commands;

/// <summary>A user-facing error: printed as one line on stderr, exit code 2, no stack trace.</summary>
public sealed class CliException(string message) : Exception(message);

/// <summary>Runs the root command and turns failures into one clear line and a non-zero exit code.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        try
        {
            // Our own handler below prints one line; the library's default would print a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException error)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
            return 2;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
            return 2;
        }
    }
}

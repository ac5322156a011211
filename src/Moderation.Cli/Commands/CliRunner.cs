using System.CommandLine;
using System.CommandLine.Parsing;

namespace Moderation.Cli.Commands;

/// <summary>A user-facing error: printed as one line on stderr, exit code 2, no stack trace.</summary>
public sealed class CliException(string message) : Exception(message);

/// <summary>Runs the root command and turns failures into one clear line and a non-zero exit code.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // The library's default prints the whole help page to stdout; a script wants one line on stderr.
            var problems = string.Join("; ", parsed.Errors.Select(e => OneLine(e.Message).TrimEnd('.')));
            await Console.Error.WriteLineAsync($"error: {problems} (see '{CommandPath(parsed.CommandResult)} --help').");
            return 2;
        }

        try
        {
            // Our own handler below prints one line; the library's default would print a stack trace.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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

    /// <summary>"moderation policy check" for the policy verb's check command.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? at = result; at is CommandResult command; at = command.Parent)
        {
            names.Push(command.Parent is null ? "moderation" : command.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>A multi-line parser message ("Did you mean one of the following?" and a list) as one line.</summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 1 ? lines[0] : $"{lines[0]} {string.Join(", ", lines.Skip(1))}";
    }
}

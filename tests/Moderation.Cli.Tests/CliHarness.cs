using System.CommandLine;
using Moderation.Cli.Commands;

namespace Moderation.Cli.Tests;

/// <summary>Runs the CLI in-process with stdout and stderr captured. Console is process-wide, so these tests share one collection.</summary>
internal static class CliHarness
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        await Gate.WaitAsync();
        var (stdout, stderr) = (Console.Out, Console.Error);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            var root = new RootCommand("moderation") { TrainCommand.Create(), EvaluateCommand.Create() };
            var exitCode = await CliRunner.RunAsync(root, args);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Gate.Release();
        }
    }
}

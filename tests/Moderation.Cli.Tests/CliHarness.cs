using System.CommandLine;
using Moderation.Cli.Commands;

namespace Moderation.Cli.Tests;

/// <summary>Runs the CLI in-process with stdout and stderr captured. Console is process-wide, so these tests share one collection.</summary>
internal static class CliHarness
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The clock `train` reads its default model version from: 2031-02-03 04:05:06 UTC.</summary>
    public static TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero));

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
            var root = new RootCommand("moderation") { TrainCommand.Create(Clock), EvaluateCommand.Create(), SuiteCommand.Create() };
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

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

namespace Moderation.Cli.Tests;

/// <summary>Runs `train --reviews` once on the samples of <see cref="TrainedModelFixture"/> plus a review export of other
/// rows, so the retraining tests have a second model to compare the first with.</summary>
public sealed class RetrainedModelFixture : IAsyncLifetime
{
    public const string Version = "retrained.1";

    public TrainedModelFixture Original { get; } = new();

    public string ModelDirectory { get; } = Directory.CreateTempSubdirectory("cli-retrained-").FullName;

    public string ReviewsPath { get; private set; } = string.Empty;

    public int ReviewRows { get; private set; }

    public (int ExitCode, string Out, string Error) Training { get; private set; }

    public async Task InitializeAsync()
    {
        await Original.InitializeAsync();
        (ReviewsPath, ReviewRows) = ReviewExports.Write(every: 25, offset: 7);
        Training = await CliHarness.RunAsync(
            "train", "--hate-speech", Original.HateSpeechSample, "--gambling", Original.GamblingSample, "--reviews", ReviewsPath,
            "--out", ModelDirectory, "--hash-bits", "14", "--version-tag", Version);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

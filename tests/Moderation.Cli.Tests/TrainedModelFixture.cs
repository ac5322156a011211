namespace Moderation.Cli.Tests;

/// <summary>Runs `train` once on small line samples of both corpora, so the evaluate tests have a model.</summary>
public sealed class TrainedModelFixture : IAsyncLifetime
{
    public string ModelDirectory { get; } = Directory.CreateTempSubdirectory("cli-model-").FullName;

    public string GamblingSample { get; private set; } = string.Empty;

    public string HateSpeechSample { get; private set; } = string.Empty;

    public (int ExitCode, string Out, string Error) Training { get; private set; }

    public static string NewsThreadSuite => Path.Combine(Moderation.Testing.RepositoryLayout.Root, "tests", "Suites", "news-threads", "cases.jsonl");

    public static string HateFunctionalSuite => Path.Combine(Moderation.Testing.RepositoryLayout.Root, "tests", "Suites", "hate-functional", "cases.jsonl");

    public async Task InitializeAsync()
    {
        // Line samples: a quoted comment spanning lines would break, but both corpora keep each row on one line.
        HateSpeechSample = SharedData.SampleFile(SharedData.HateSpeechPath, 20);
        GamblingSample = SharedData.SampleFile(SharedData.GamblingPath, 30);
        Training = await CliHarness.RunAsync(
            "train", "--hate-speech", HateSpeechSample, "--gambling", GamblingSample, "--out", ModelDirectory, "--hash-bits", "14",
            "--news-suite", NewsThreadSuite, "--hate-suite", HateFunctionalSuite);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

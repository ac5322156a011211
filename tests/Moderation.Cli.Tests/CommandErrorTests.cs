namespace Moderation.Cli.Tests;

public class CommandErrorTests
{
    [Fact]
    public async Task Evaluate_reports_a_missing_data_file_in_one_line()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", "/nonexistent/file.csv");

        exitCode.Should().Be(2);
        error.Trim().Should().Be("error: file '/nonexistent/file.csv' does not exist.");
    }

    [Fact]
    public async Task Evaluate_reports_a_model_directory_without_a_model()
    {
        var empty = Directory.CreateTempSubdirectory("no-model-").FullName;

        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", SharedData.GamblingPath, "--model", empty);

        exitCode.Should().Be(2);
        error.Trim().Should().StartWith("error: no model.json").And.NotContain("\n");
    }

    [Fact]
    public async Task Evaluate_refuses_a_plot_file_that_is_not_png()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", SharedData.GamblingPath, "--plot", "curves.jpg");

        exitCode.Should().Be(2);
        error.Should().Contain("PNG");
    }

    [Fact]
    public async Task Train_says_reviews_are_not_yet_supported()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", SharedData.HateSpeechPath, "--gambling", SharedData.GamblingPath, "--reviews", "r.csv", "--out", "/tmp/x");

        exitCode.Should().Be(2);
        error.Should().Contain("--reviews is not yet supported");
    }

    [Fact]
    public async Task Train_reports_a_missing_corpus_in_one_line()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", "/nonexistent/hs.csv", "--gambling", SharedData.GamblingPath, "--out", "/tmp/x");

        exitCode.Should().Be(2);
        error.Trim().Should().Be("error: file '/nonexistent/hs.csv' does not exist.");
    }

    [Fact]
    public async Task Train_requires_an_output_directory()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync("train", "--hate-speech", "a.csv", "--gambling", "b.csv");

        exitCode.Should().NotBe(0);
        error.Should().Contain("--out");
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public async Task Every_verb_has_help(string verb)
    {
        var (exitCode, stdout, _) = await CliHarness.RunAsync(verb, "--help");

        exitCode.Should().Be(0);
        stdout.Should().Contain("Usage:").And.Contain("--");
    }
}

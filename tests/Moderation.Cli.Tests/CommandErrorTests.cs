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
    public async Task Train_refuses_an_augmentation_weight_below_one()
    {
        var (exitCode, stdout, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", SharedData.HateSpeechPath, "--gambling", SharedData.GamblingPath,
            "--augment", SharedData.HateSpeechPath, "--augment-weight", "0", "--out", "/tmp/x");

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        error.Trim().Should().Be("error: --augment-weight must be at least 1, not 0.");
    }

    [Fact]
    public async Task Evaluate_refuses_a_plot_file_that_is_not_png()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", SharedData.GamblingPath, "--plot", "curves.jpg");

        exitCode.Should().Be(2);
        error.Should().Contain("PNG");
    }

    [Fact]
    public async Task Train_reports_a_missing_reviews_file_in_one_line()
    {
        var (exitCode, stdout, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", SharedData.HateSpeechPath, "--gambling", SharedData.GamblingPath, "--reviews", "/nonexistent/reviews.csv", "--out", "/tmp/x");

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        error.Trim().Should().Be("error: file '/nonexistent/reviews.csv' does not exist.");
    }

    [Fact]
    public async Task Train_rejects_a_reviews_file_with_a_bad_header_in_one_line()
    {
        var reviews = ReviewExports.File("id,comment,verdict\r\n1,halo,approved\r\n");
        var output = Directory.CreateTempSubdirectory("no-model-").FullName;

        var (exitCode, _, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", SharedData.HateSpeechPath, "--gambling", SharedData.GamblingPath, "--reviews", reviews, "--out", output);

        exitCode.Should().Be(2);
        error.Trim().Should().Be(
            $"error: '{reviews}' is not a review export: its header is 'id,comment,verdict', expected 'commentId,text,category,outcome,moderatorId,reviewedAt' (as export-labels writes it).");
        File.Exists(Path.Combine(output, "model.json")).Should().BeFalse();
    }

    [Fact]
    public async Task Train_rejects_a_review_row_with_an_unknown_outcome_naming_its_line()
    {
        var reviews = ReviewExports.File("commentId,text,category,outcome,moderatorId,reviewedAt\r\nc-1,halo,,approved,m,\r\nc-2,judi,gambling,maybe,m,\r\n");

        var (exitCode, _, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", SharedData.HateSpeechPath, "--gambling", SharedData.GamblingPath, "--reviews", reviews, "--out", "/tmp/x");

        exitCode.Should().Be(2);
        error.Trim().Should().StartWith($"error: '{reviews}' line 3: outcome 'maybe'").And.NotContain("\n");
    }

    [Fact]
    public async Task Evaluate_reports_a_missing_compare_directory_in_one_line()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", SharedData.GamblingPath, "--compare", "/nonexistent/model");

        exitCode.Should().Be(2);
        error.Trim().Should().Be("error: --compare: directory '/nonexistent/model' does not exist.");
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
    public async Task Train_names_the_heads_when_asked_for_an_unknown_one()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", SharedData.HateSpeechPath, "--gambling", SharedData.GamblingPath, "--out", "/tmp/x", "--heads", "HS,Spam");

        exitCode.Should().Be(2);
        error.Should().Contain("no head 'Spam'").And.Contain("Gambling");
    }

    [Theory]
    [InlineData("evaluate --data f.csv --bogus", "'--bogus'", "moderation evaluate --help")]
    [InlineData("evaluate --data f.csv --split nope", "Test, Train, Validation", "moderation evaluate --help")]
    [InlineData("train --hate-speech a.csv --gambling b.csv", "'--out' is required", "moderation train --help")]
    public async Task A_bad_argument_gets_one_line_on_stderr_and_nothing_on_stdout(string arguments, string problem, string help)
    {
        var (exitCode, stdout, error) = await CliHarness.RunAsync(arguments.Split(' '));

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        error.TrimEnd().Should().StartWith("error: ").And.Contain(problem).And.Contain($"(see '{help}')").And.NotContain("\n");
    }

    [Fact]
    public async Task Train_refuses_a_blank_version_tag()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync(
            "train", "--hate-speech", SharedData.HateSpeechPath, "--gambling", SharedData.GamblingPath, "--out", "/tmp/x", "--version-tag", " ");

        exitCode.Should().Be(2);
        error.Trim().Should().StartWith("error: --version-tag is blank");
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

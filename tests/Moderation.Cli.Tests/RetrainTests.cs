using System.Text.Json;

namespace Moderation.Cli.Tests;

/// <summary>The retraining loop: `train --reviews`, `evaluate` on a review export, and `evaluate --compare`.</summary>
public class RetrainTests(RetrainedModelFixture fixture) : IClassFixture<RetrainedModelFixture>
{
    private string Original => fixture.Original.ModelDirectory;

    [Fact]
    public void Train_with_reviews_writes_the_model_under_the_given_version()
    {
        fixture.Training.ExitCode.Should().Be(0, fixture.Training.Error);
        File.ReadAllText(Path.Combine(fixture.ModelDirectory, "model.json")).Should().Contain($"\"version\": \"{RetrainedModelFixture.Version}\"");
    }

    [Fact]
    public void The_model_card_says_how_many_verdicts_were_used_and_how_they_label_the_heads()
    {
        var card = File.ReadAllText(Path.Combine(fixture.ModelDirectory, "MODEL_CARD.md"));

        card.Should().Contain($"**Moderator verdicts** (`export-labels` file, the site's own data, not under the corpora's licences): {fixture.ReviewRows} rows");
        card.Should().Contain("an approval is a negative for every").And.Contain("hate → HS").And.Contain("gambling → Gambling");
        card.Should().Contain("Test part of the moderators' verdicts");
    }

    [Fact]
    public void Train_prints_how_many_verdicts_label_a_head()
    {
        fixture.Training.Out.Should().Contain($"{fixture.ReviewRows} of {fixture.ReviewRows} moderator verdicts label a head");
    }

    [Fact]
    public void A_model_trained_without_reviews_says_so_in_its_card()
    {
        File.ReadAllText(Path.Combine(Original, "MODEL_CARD.md")).Should().Contain("**Moderator verdicts**: none");
    }

    [Fact]
    public void Train_without_a_version_tag_names_the_model_after_the_time_of_the_run()
    {
        fixture.Original.Training.ExitCode.Should().Be(0, fixture.Original.Training.Error);

        File.ReadAllText(Path.Combine(Original, "model.json")).Should().Contain("\"version\": \"2031-02-03.040506\"");
    }

    [Fact]
    public async Task Evaluate_reads_a_review_export_keyed_by_the_heads_its_verdicts_label()
    {
        var (exitCode, stdout, error) = await CliHarness.RunAsync("evaluate", "--data", fixture.ReviewsPath, "--model", fixture.ModelDirectory, "--json");

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(stdout);
        var labels = json.RootElement.GetProperty("labels");
        labels.EnumerateObject().Select(p => p.Name).Should().Contain(["HS", "Abusive", "HS_Individual", "Gambling"]);
        labels.GetProperty("Gambling").GetProperty("support").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Evaluate_compare_keeps_the_first_model_under_labels_and_adds_the_second_beside_it()
    {
        var (exitCode, stdout, error) = await CliHarness.RunAsync(
            "evaluate", "--data", fixture.Original.HateSpeechSample, "--model", fixture.ModelDirectory, "--compare", Original, "--json");

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("labels", "model", "compare");
        root.GetProperty("model").GetString().Should().Be(RetrainedModelFixture.Version);
        var compare = root.GetProperty("compare");
        compare.EnumerateObject().Select(p => p.Name).Should().Equal("model", "labels", "better");
        compare.GetProperty("model").GetString().Should().Be("2031-02-03.040506");
        compare.GetProperty("labels").GetProperty("HS").EnumerateObject().Select(p => p.Name).Should().Equal("precision", "recall", "f1", "auc", "support");
        compare.GetProperty("better").EnumerateObject().Select(p => p.Name).Should().Equal(root.GetProperty("labels").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Evaluate_compare_names_the_model_with_the_higher_F1_as_better()
    {
        var (_, stdout, _) = await CliHarness.RunAsync(
            "evaluate", "--data", fixture.ReviewsPath, "--model", fixture.ModelDirectory, "--compare", Original, "--json");

        using var json = JsonDocument.Parse(stdout);
        var better = json.RootElement.GetProperty("compare").GetProperty("better");
        foreach (var label in better.EnumerateObject())
        {
            var first = json.RootElement.GetProperty("labels").GetProperty(label.Name).GetProperty("f1").GetDouble();
            var second = json.RootElement.GetProperty("compare").GetProperty("labels").GetProperty(label.Name).GetProperty("f1").GetDouble();
            if (Math.Abs(first - second) >= 0.001)
            {
                label.Value.GetString().Should().Be(first > second ? "model" : "compare", label.Name);
            }
        }
    }

    [Fact]
    public async Task Evaluate_compare_of_a_model_with_itself_is_a_tie_on_every_label()
    {
        var (exitCode, stdout, _) = await CliHarness.RunAsync(
            "evaluate", "--data", fixture.Original.GamblingSample, "--model", Original, "--compare", Original, "--json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("compare").GetProperty("better").EnumerateObject().Select(p => p.Value.GetString()).Should().Equal("tie");
    }

    [Fact]
    public async Task Evaluate_compare_prints_a_table_naming_the_better_model_per_label()
    {
        var (exitCode, stdout, _) = await CliHarness.RunAsync(
            "evaluate", "--data", fixture.Original.GamblingSample, "--model", Original, "--compare", Original);

        exitCode.Should().Be(0);
        stdout.Should().Contain("(--compare): higher F1 wins").And.Contain("better").And.Contain("tie");
    }

    [Fact]
    public async Task Evaluate_split_scores_only_the_part_train_held_out()
    {
        var card = File.ReadAllText(Path.Combine(fixture.ModelDirectory, "MODEL_CARD.md"));
        var testRows = System.Text.RegularExpressions.Regex.Match(card, @"Gambling: \d+ train, \d+ validation, (\d+) test rows").Groups[1].Value;

        var (exitCode, _, error) = await CliHarness.RunAsync(
            "evaluate", "--data", fixture.Original.GamblingSample, "--model", fixture.ModelDirectory, "--split", "test", "--json");

        exitCode.Should().Be(0, error);
        testRows.Should().NotBeEmpty();
        error.Should().Contain($"scoring {testRows} rows (Test part, seed 20261125)");
    }
}

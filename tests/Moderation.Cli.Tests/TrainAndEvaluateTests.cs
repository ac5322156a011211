using System.Text;
using System.Text.Json;
using Moderation.Training.Corpora;

namespace Moderation.Cli.Tests;

public class TrainAndEvaluateTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void Train_writes_the_model_and_its_card()
    {
        fixture.Training.ExitCode.Should().Be(0, fixture.Training.Error);
        File.Exists(Path.Combine(fixture.ModelDirectory, "model.json")).Should().BeTrue();
        File.ReadAllText(Path.Combine(fixture.ModelDirectory, "MODEL_CARD.md")).Should().Contain("CC BY-NC-SA 4.0").And.Contain("MIT");
    }

    [Fact]
    public void Train_with_the_news_suite_reports_its_locked_half_on_stdout_and_in_the_card()
    {
        fixture.Training.Out.Should().Contain("news-thread suite, locked half: offensive held");
        File.ReadAllText(Path.Combine(fixture.ModelDirectory, "MODEL_CARD.md"))
            .Should().Contain("| cases | offensive | held | clean | flagged |").And.NotContain("Not measured in this run");
    }

    [Fact]
    public void Train_with_the_hate_suite_reports_its_locked_half_by_functionality_in_the_card()
    {
        fixture.Training.Out.Should().Contain("functional hate suite, locked half: hateful held");
        File.ReadAllText(Path.Combine(fixture.ModelDirectory, "MODEL_CARD.md"))
            .Should().Contain("| functionality | hateful | held | non-hateful | approved |").And.Contain("| derog_dehum |");
    }

    [Fact]
    public void Train_prints_the_validation_metrics_table_on_stdout()
    {
        fixture.Training.Out.Should().Contain("val F1").And.Contain("Gambling");
    }

    [Fact]
    public async Task Evaluate_json_prints_one_object_keyed_by_the_file_columns()
    {
        var (exitCode, stdout, _) = await CliHarness.RunAsync("evaluate", "--data", fixture.HateSpeechSample, "--model", fixture.ModelDirectory, "--json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        var labels = json.RootElement.GetProperty("labels");
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("labels");
        labels.EnumerateObject().Select(p => p.Name).Should().Equal(
            "HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender");
        labels.GetProperty("HS").EnumerateObject().Select(p => p.Name).Should().Equal("precision", "recall", "f1", "auc", "support");
    }

    [Fact]
    public async Task Evaluate_names_the_gambling_label_as_the_file_does()
    {
        var (exitCode, stdout, _) = await CliHarness.RunAsync("evaluate", "--data", fixture.GamblingSample, "--model", fixture.ModelDirectory, "--json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("labels").EnumerateObject().Select(p => p.Name).Should().Equal("label");
        json.RootElement.GetProperty("labels").GetProperty("label").GetProperty("support").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Evaluate_writes_precision_recall_curves_as_a_png()
    {
        var plot = Path.Combine(Directory.CreateTempSubdirectory("plot-").FullName, "pr.png");

        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", fixture.GamblingSample, "--model", fixture.ModelDirectory, "--plot", plot);

        exitCode.Should().Be(0, error);
        File.ReadAllBytes(plot).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
    }

    [Fact]
    public async Task Evaluate_writes_each_misclassified_row_with_its_group()
    {
        // A promotion row copied with the opposite label: whatever the threshold, one of the two copies is misclassified.
        var lines = File.ReadAllLines(fixture.GamblingSample, Encoding.Latin1);
        var promotion = lines.Skip(1).First(l => l.StartsWith("1,", StringComparison.Ordinal));
        var data = Path.Combine(Directory.CreateTempSubdirectory("errors-").FullName, "judol.csv");
        File.WriteAllLines(data, [lines[0], promotion, "0," + promotion[2..]], Encoding.Latin1);
        var copied = CorpusReader.Read(data).Comments[0];
        var errors = Path.Combine(Path.GetDirectoryName(data)!, "errors.tsv");

        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", data, "--model", fixture.ModelDirectory, "--errors", errors);

        exitCode.Should().Be(0, error);
        var written = File.ReadAllLines(errors);
        written[0].Should().Be("label\ttruth\tscore\tgroup\ttext");
        var row = written.Skip(1).Should().ContainSingle().Which.Split('\t');
        row.Should().HaveCount(5);
        (row[0], row[3], row[4]).Should().Be(("label", copied.Group, copied.Text));
        row[1].Should().BeOneOf("0", "1");
    }

    [Fact]
    public async Task Evaluate_rejects_a_file_of_unknown_format_with_one_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "id,text\n1,halo\n");

        var (exitCode, stdout, error) = await CliHarness.RunAsync("evaluate", "--data", path, "--model", fixture.ModelDirectory);

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        error.Trim().Should().StartWith("error: unknown file format").And.NotContain("\n");
    }
}

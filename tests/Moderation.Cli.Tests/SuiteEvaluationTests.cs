using System.Text.Json;
using Moderation.Testing;

namespace Moderation.Cli.Tests;

public class SuiteEvaluationTests
{
    // A threat the rules hold, a greeting the service approves, and a held case it approves (a miss).
    private static readonly string[] Cases =
    [
        """{"id":"a","text":"gw bunuh lu kalau ketemu","expect":"held","functionality":"threat_direct","half":"dev","category":"threat","ground":"none"}""",
        """{"id":"b","text":"Semoga perdamaian segera tercapai.","expect":"approved","functionality":"neutral","half":"dev"}""",
        """{"id":"c","text":"Semoga perdamaian segera tercapai, amin.","expect":"held","functionality":"threat_direct","half":"locked","category":"threat"}""",
    ];

    [Fact]
    public async Task Evaluate_reads_a_suite_and_counts_held_and_approved_per_functionality()
    {
        var suite = Write(Cases);

        var (exitCode, stdout, error) = await CliHarness.RunAsync("evaluate", "--data", suite, "--model", RepositoryLayout.Models, "--json");

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(stdout);
        var total = json.RootElement.GetProperty("total");
        total.GetProperty("expectHeld").GetInt32().Should().Be(2);
        total.GetProperty("held").GetInt32().Should().Be(1);
        total.GetProperty("approved").GetInt32().Should().Be(1);
        total.GetProperty("categoryMatched").GetInt32().Should().Be(1);
        var threat = json.RootElement.GetProperty("by").GetProperty("functionality").GetProperty("threat_direct");
        threat.GetProperty("heldRate").GetDouble().Should().Be(0.5);
        threat.GetProperty("approvedRate").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Evaluate_scores_only_the_half_asked_for()
    {
        var suite = Write(Cases);

        var (exitCode, stdout, _) = await CliHarness.RunAsync("evaluate", "--data", suite, "--model", RepositoryLayout.Models, "--json", "--half", "locked");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("half").GetString().Should().Be("locked");
        json.RootElement.GetProperty("total").GetProperty("cases").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Evaluate_writes_the_cases_a_suite_got_wrong()
    {
        var suite = Write(Cases);
        var errors = Path.Combine(Path.GetTempPath(), $"suite-errors-{Guid.NewGuid():N}.tsv");

        var (exitCode, _, _) = await CliHarness.RunAsync("evaluate", "--data", suite, "--model", RepositoryLayout.Models, "--errors", errors);

        exitCode.Should().Be(0);
        var lines = File.ReadAllLines(errors);
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith("c\theld\tapproved\t");
    }

    [Fact]
    public async Task Evaluate_names_the_line_of_a_suite_case_that_cannot_be_read()
    {
        var suite = Write(Cases[0], """{"id":"x","text":"halo","expect":"maybe","functionality":"neutral","half":"dev"}""");

        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", suite, "--model", RepositoryLayout.Models);

        exitCode.Should().Be(2);
        error.Trim().Should().EndWith($"{suite}:2: \"expect\" is 'maybe', expected 'held' or 'approved'.").And.NotContain("\n");
    }

    [Fact]
    public async Task Evaluate_refuses_suite_options_for_a_csv_corpus()
    {
        var (exitCode, _, error) = await CliHarness.RunAsync("evaluate", "--data", SharedData.GamblingPath, "--half", "dev");

        exitCode.Should().Be(2);
        error.Should().Contain("--half");
    }

    private static string Write(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"suite-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}

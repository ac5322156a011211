using Moderation.Testing;

namespace Moderation.Cli.Tests;

public class SuiteExpandTests
{
    private static readonly string Suite = Path.Combine(RepositoryLayout.Root, "tests", "Suites", "hate-functional");

    [Fact]
    public async Task Suite_expand_writes_the_committed_cases_byte_for_byte()
    {
        var output = Path.Combine(Path.GetTempPath(), $"suite-cases-{Guid.NewGuid():N}.jsonl");
        try
        {
            var (exitCode, stdout, error) = await CliHarness.RunAsync("suite", "expand", "--templates", Suite, "--out", output);

            exitCode.Should().Be(0, error);
            stdout.Should().Contain("cases from").And.Contain("dev").And.Contain("locked");
            File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Path.Combine(Suite, "cases.jsonl")));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Suite_expand_names_a_missing_source_directory()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-suite-{Guid.NewGuid():N}");

        var (exitCode, _, error) = await CliHarness.RunAsync("suite", "expand", "--templates", missing, "--out", Path.Combine(Path.GetTempPath(), "never.jsonl"));

        exitCode.Should().Be(2);
        error.Should().Contain(missing).And.Contain("does not exist");
    }
}

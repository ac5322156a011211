using Moderation.Cli.Commands;

namespace Moderation.Cli.Tests;

public class PolicyCheckTests
{
    [Fact]
    public void Says_ok_with_a_summary_for_the_shipped_policy()
    {
        var output = new StringWriter();
        PolicyCommand.Check(CliPipelines.ShippedPolicy, output, new StringWriter()).Should().Be(0);
        output.ToString().Should().StartWith("ok:").And.Contain("uu-ite-2024.2").And.Contain("UU ITE Pasal 29");
    }

    [Fact]
    public void Prints_every_error_with_its_path_and_exits_non_zero()
    {
        var file = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "categories": { "hate": { "law": "UU ITE Pasal 28 ayat (2)", "flag": 2, "priority": 80, "signals": { "model:Nope": {} } } } }""");
        try
        {
            var errors = new StringWriter();
            PolicyCommand.Check(file, new StringWriter(), errors).Should().Be(1);
            errors.ToString().Should().Contain("$.version").And.Contain("$.categories.hate.flag").And.Contain("$.categories.hate.signals.model:Nope");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Gives_one_clear_error_for_a_missing_file()
    {
        var check = () => PolicyCommand.Check("/no/such/policy.json", new StringWriter(), new StringWriter());
        check.Should().Throw<CliException>().WithMessage("*does not exist*");
    }
}

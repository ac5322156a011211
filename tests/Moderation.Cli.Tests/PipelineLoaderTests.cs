using Moderation.Cli.Commands;

namespace Moderation.Cli.Tests;

public class PipelineLoaderTests
{
    [Fact]
    public void Gives_one_clear_error_for_a_missing_policy_file()
    {
        var load = () => PipelineLoader.LoadPolicy("/no/such/policy.json");
        load.Should().Throw<CliException>().WithMessage("policy file '/no/such/policy.json' does not exist.");
    }

    [Fact]
    public void Refuses_an_invalid_policy_naming_each_problem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "categories": {} , "campaign": { "minAuthors": 3, "windowSeconds": 600 }, "velocity": { "maxComments": 10, "windowSeconds": 60 } }""");
        try
        {
            var load = () => PipelineLoader.LoadPolicy(file);
            load.Should().Throw<CliException>().Which.Message.Should().Contain("$.version").And.Contain("policy check");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Loads_the_shipped_model_and_policy_from_the_repository()
    {
        var pipeline = PipelineLoader.Load(Path.Combine(CliPipelines.RepositoryRoot, "models"), null);
        pipeline.PolicyVersion.Should().Be("uu-ite-2024.1");
    }
}

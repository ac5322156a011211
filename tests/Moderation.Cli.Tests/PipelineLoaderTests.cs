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
    public void Says_a_directory_given_as_the_policy_file_is_one()
    {
        var directory = Directory.CreateTempSubdirectory("policy-dir-").FullName;

        var load = () => PipelineLoader.LoadPolicy(directory);

        load.Should().Throw<CliException>().WithMessage($"policy file '{directory}' is a directory, not a file.");
    }

    [Fact]
    public void Asks_for_a_policy_when_the_model_directory_has_none()
    {
        // What `train --out` writes: a manifest and the heads, no policy.
        var directory = Directory.CreateTempSubdirectory("trained-").FullName;
        File.WriteAllText(Path.Combine(directory, "model.json"), "{}");

        var load = () => PipelineLoader.Load(directory, null);

        load.Should().Throw<CliException>().WithMessage($"no policy.json in model directory '{directory}': pass --policy FILE*");
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
        pipeline.PolicyVersion.Should().Be("uu-ite-2024.2");
    }
}

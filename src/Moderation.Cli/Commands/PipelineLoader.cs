using Moderation.Pipeline;
using Moderation.Policy;
using Moderation.Scoring;

namespace Moderation.Cli.Commands;

/// <summary>Builds the decision pipeline the CLI verbs use from --model and --policy (default: the model directory's policy.json).</summary>
public static class PipelineLoader
{
    public const string PolicyFileName = "policy.json";

    public static DecisionPipeline Load(string? modelDirectory, string? policyFile)
    {
        var directory = ModelLocation.Resolve(modelDirectory);
        var policy = LoadPolicy(policyFile ?? Path.Combine(directory, PolicyFileName));
        return DecisionPipeline.Create(ModelStore.Load(directory), policy);
    }

    public static ModerationPolicy LoadPolicy(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"policy file '{path}' does not exist.");
        }

        try
        {
            return ModerationPolicy.Load(path);
        }
        catch (InvalidPolicyException error)
        {
            throw new CliException(error.Message + Environment.NewLine + $"(run 'moderation policy check {path}' for details)");
        }
    }
}

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
        var inDirectory = Path.Combine(directory, PolicyFileName);
        if (policyFile is null && !File.Exists(inDirectory))
        {
            // `train --out` writes the heads, not a policy: say how to pair a fresh model with one.
            throw new CliException($"no {PolicyFileName} in model directory '{directory}': pass --policy FILE (the shipped one is models/{PolicyFileName}).");
        }

        var policy = LoadPolicy(policyFile ?? inDirectory);
        return DecisionPipeline.Create(ModelStore.Load(directory), policy);
    }

    public static ModerationPolicy LoadPolicy(string path)
    {
        CliFiles.Require(path, "policy file");

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

using Microsoft.Extensions.Options;
using Moderation.Normalisation;
using Moderation.Rules;
using Moderation.Scoring;
using Moderation.Service.Configuration;
using Moderation.Service.Observability;
using DecisionPipeline = Moderation.Pipeline.DecisionPipeline;

namespace Moderation.Service.Loading;

/// <summary>The pipeline in service: loaded from the model directory and the policy file, replaced only by one that loads cleanly.</summary>
public sealed class ActivePipeline(IOptions<ModerationOptions> options, IHostEnvironment environment, ModerationMetrics metrics, ILogger<ActivePipeline> logger)
{
    private volatile LoadedPipeline? _current;

    public LoadedPipeline? Current => _current;

    public string ModelsDirectory { get; } = ResolveModels(options.Value.ModelsDirectory, environment.ContentRootPath);

    public string PolicyPath => Path.Combine(ModelsDirectory, options.Value.PolicyFile);

    /// <summary>Loads model and policy; on failure logs, counts, and keeps the last good pipeline.</summary>
    public bool Reload()
    {
        try
        {
            var scorer = ModelStore.Load(ModelsDirectory);
            var policy = PolicyFile.Load(PolicyPath);
            var pipeline = new DecisionPipeline(new TextNormaliser(), scorer, new RuleSet(), policy);
            _current = new LoadedPipeline(pipeline, SpamThresholds.From(policy, options.Value.Spam));
            logger.LogInformation("Loaded model {ModelVersion} and policy {PolicyVersion} from {ModelsDirectory}", pipeline.ModelVersion, pipeline.PolicyVersion, ModelsDirectory);
            return true;
        }
        catch (Exception error)
        {
            metrics.ReloadFailed();
            logger.LogError(error, "Could not load the model or policy from {ModelsDirectory}; keeping {Kept}", ModelsDirectory,
                _current is { } kept ? $"model {kept.Pipeline.ModelVersion}, policy {kept.Pipeline.PolicyVersion}" : "nothing (not ready)");
            return false;
        }
    }

    private static string ResolveModels(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        // `dotnet run --project src/Moderation.Service` runs in the project folder; the models live at the repository root.
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, configured));
    }
}

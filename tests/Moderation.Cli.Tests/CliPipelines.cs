using Moderation.Normalisation;
using Moderation.Pipeline;
using Moderation.Policy;
using Moderation.Scoring;
using Moderation.Testing;

namespace Moderation.Cli.Tests;

/// <summary>The repository's files and a pipeline with the shipped policy and a model that scores every head 0.02.</summary>
internal static class CliPipelines
{
    public static string RepositoryRoot => RepositoryLayout.Root;


    public static string ShippedPolicy => RepositoryLayout.ShippedPolicy;

    public static DecisionPipeline WithQuietModel() => DecisionPipeline.Create(new QuietScorer(), ModerationPolicy.Load(ShippedPolicy));

    private sealed class QuietScorer : IModelScorer
    {
        private static readonly string[] AllHeads = ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", "Gambling"];

        public string Version => "quiet-1";

        public IReadOnlyList<string> Heads => AllHeads;

        public HeadScores Score(NormalisedText text) => new(AllHeads, AllHeads.Select(_ => 0.02f).ToArray());
    }
}

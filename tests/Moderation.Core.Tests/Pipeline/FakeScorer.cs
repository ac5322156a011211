using Moderation.Normalisation;
using Moderation.Scoring;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>A model stand-in that gives every comment the same head scores (unset heads score 0.02).</summary>
internal sealed class FakeScorer(params (string Head, float Score)[] scores) : IModelScorer
{
    private static readonly string[] AllHeads =
        ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", "Gambling"];

    public string Version => "fake-1";

    public IReadOnlyList<string> Heads => AllHeads;

    public HeadScores Score(NormalisedText text) =>
        new(AllHeads, AllHeads.Select(h => scores.FirstOrDefault(s => s.Head == h) is { Head: not null } found ? found.Score : 0.02f).ToArray());
}

using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Pipeline;

/// <summary>Everything that depends on the normalised text alone: the model's head scores and the rule hits.
/// This is what a score cache may keep, keyed by <see cref="Normalisation.NormalisedText.Folded"/>'s text.</summary>
public sealed record TextAssessment(HeadScores Scores, IReadOnlyList<RuleHit> RuleHits);

using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Policy;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Pipeline;

/// <summary>text -> normalised text -> scores and rule hits -> policy verdict with reasons. Pure and thread-safe.</summary>
public sealed class DecisionPipeline(TextNormaliser normaliser, IModelScorer scorer, RuleSet rules, ModerationPolicy policy)
{
    /// <summary>The pipeline with the standard normaliser and all rule families, warmed up so the first comment is not slow.</summary>
    public static DecisionPipeline Create(IModelScorer scorer, ModerationPolicy policy) =>
        new(new TextNormaliser(), scorer, new RuleSet().WarmUp(), policy);

    public string ModelVersion => scorer.Version;

    public string PolicyVersion => policy.Version;

    public ModerationPolicy Policy => policy;

    public NormalisedText Normalise(string text) => normaliser.Normalise(text);

    /// <summary>The part of the work that depends on the normalised text alone (cacheable).</summary>
    public TextAssessment Assess(NormalisedText text) => new(scorer.Score(text), rules.Match(text));

    /// <summary>The verdict for one comment, from its own text's assessment and the context the caller measured.</summary>
    public Verdict Decide(CommentInput comment, NormalisedText text, TextAssessment assessment, IReadOnlyList<ContextSignal>? context = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(assessment);
        return PolicyJudge.Judge(policy, scorer.Version, comment, text, assessment, context ?? [], scorer);
    }

    /// <summary>Normalise, assess and decide in one call, with no context signals.</summary>
    public Verdict Decide(CommentInput comment)
    {
        var text = Normalise(comment.Text);
        return Decide(comment, text, Assess(text));
    }
}

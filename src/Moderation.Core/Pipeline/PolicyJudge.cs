using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Policy;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Pipeline;

/// <summary>Applies the policy to one comment's assessment: per category the strongest weighted signal (model heads dampened
/// by counter-signals), compared with the section's thresholds; a model reason shows the words that drove its head (when
/// a scorer is given to find them). Decision = most severe category; priority = highest among them.</summary>
/// <remarks>It runs for every comment, so it allocates only what the verdict keeps (scores, reasons, evidence): reasons are
/// gathered in a per-thread scratch list and put in order by a stable insertion sort, and the policy's dictionaries are
/// walked with their struct enumerators.</remarks>
internal static class PolicyJudge
{
    [ThreadStatic]
    private static List<(Reason Reason, int Priority)>? _scratch;

    public static Verdict Judge(
        ModerationPolicy policy, string modelVersion, CommentInput comment, NormalisedText text, TextAssessment assessment, IReadOnlyList<ContextSignal> context,
        IModelScorer? scorer = null)
    {
        var categories = policy.For(comment.Section);
        var scores = new Dictionary<string, double>(ModelCategories(categories), StringComparer.Ordinal);
        var reasons = _scratch ??= [];
        reasons.Clear();
        var decision = Decision.Approved;
        var priority = 0;

        for (var categoryIndex = 0; categoryIndex < categories.Count; categoryIndex++)
        {
            var category = categories[categoryIndex];
            var counter = CounterFactor(category, assessment.RuleHits, context);
            var modelScore = ModelContribution.Of(category, assessment, context, counter, out var scored, out var modelHead, out var modelKind, out var modelMayReject);
            if (scored)
            {
                scores[category.Category.ToWire()] = Math.Round(modelScore, 4);
            }

            var first = reasons.Count;
            if (modelScore >= category.Flag)
            {
                var evidence = scorer is null || modelHead is null ? [] : ModelEvidence.Of(scorer, text, assessment.Scores, modelHead);
                reasons.Add((new Reason(category.Category, category.Law, ReasonSource.Model, Math.Round(modelScore, 4), evidence, modelKind), category.Priority));
            }

            RuleReasons.Add(category, text, assessment.RuleHits, reasons);
            AddContextReasons(category, context, reasons);
            if (reasons.Count == first)
            {
                continue;
            }

            var top = 0.0;
            for (var i = first; i < reasons.Count; i++)
            {
                var candidate = reasons[i].Reason;
                if (candidate.Source != ReasonSource.Model || modelMayReject)
                {
                    top = Math.Max(top, candidate.Score);
                }
            }

            var verdict = category.Reject is { } reject && top >= reject ? Decision.Rejected : Decision.Flagged;
            decision = verdict > decision ? verdict : decision;
            priority = Math.Max(priority, category.Priority);
        }

        IReadOnlyList<Reason> ordered = reasons.Count == 0 ? [] : Ordered(reasons);
        reasons.Clear();
        return new Verdict(decision, ordered, scores, priority, modelVersion, policy.Version, CampaignOf(context));
    }

    // The scores dictionary is sized once: one entry per category with a model signal.
    private static int ModelCategories(IReadOnlyList<CategoryPolicy> categories)
    {
        var count = 0;
        for (var c = 0; c < categories.Count; c++)
        {
            var signals = categories[c].Signals;
            for (var s = 0; s < signals.Count; s++)
            {
                if (signals[s].IsModel)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    // Highest priority first, then highest score; equal reasons keep the order they were found in (as a stable
    // OrderByDescending(priority).ThenByDescending(score) would).
    private static Reason[] Ordered(List<(Reason Reason, int Priority)> reasons)
    {
        for (var i = 1; i < reasons.Count; i++)
        {
            var item = reasons[i];
            var j = i - 1;
            while (j >= 0 && RanksAbove(item, reasons[j]))
            {
                reasons[j + 1] = reasons[j];
                j--;
            }

            reasons[j + 1] = item;
        }

        var ordered = new Reason[reasons.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = reasons[i].Reason;
        }

        return ordered;
    }

    private static bool RanksAbove((Reason Reason, int Priority) a, (Reason Reason, int Priority) b) =>
        a.Priority != b.Priority ? a.Priority > b.Priority : a.Reason.Score.CompareTo(b.Reason.Score) > 0;

    private static string? CampaignOf(IReadOnlyList<ContextSignal> context)
    {
        for (var i = 0; i < context.Count; i++)
        {
            if (context[i].CampaignId is { } campaignId)
            {
                return campaignId;
            }
        }

        return null;
    }

    private static double CounterFactor(CategoryPolicy category, IReadOnlyList<RuleHit> hits, IReadOnlyList<ContextSignal> context)
    {
        var factor = 1.0;
        // Nothing can fire without a hit or a context signal.
        if (category.Counters.Count == 0 || (hits.Count == 0 && context.Count == 0))
        {
            return factor;
        }

        if (category.Counters is Dictionary<string, double> counters)
        {
            foreach (var (signal, value) in counters)
            {
                if (Fires(signal, hits, context))
                {
                    factor *= value;
                }
            }
        }
        else
        {
            foreach (var (signal, value) in category.Counters)
            {
                if (Fires(signal, hits, context))
                {
                    factor *= value;
                }
            }
        }

        return factor;
    }

    internal static bool Fires(string signal, IReadOnlyList<RuleHit> hits, IReadOnlyList<ContextSignal> context)
    {
        for (var hitIndex = 0; hitIndex < hits.Count; hitIndex++)
        {
            var hit = hits[hitIndex];
            if (hit.Signal == signal && hit.Confidence > 0)
            {
                return true;
            }
        }

        for (var measuredIndex = 0; measuredIndex < context.Count; measuredIndex++)
        {
            var measured = context[measuredIndex];
            if (measured.Signal == signal && measured.Score > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddContextReasons(CategoryPolicy category, IReadOnlyList<ContextSignal> context, List<(Reason Reason, int Priority)> reasons)
    {
        for (var signalIndex = 0; context.Count > 0 && signalIndex < category.Signals.Count; signalIndex++)
        {
            var signal = category.Signals[signalIndex];
            for (var measuredIndex = 0; measuredIndex < context.Count; measuredIndex++)
            {
                var measured = context[measuredIndex];
                if (measured.Signal != signal.Signal)
                {
                    continue;
                }

                var score = Math.Round(Math.Clamp(measured.Score, 0, 1) * signal.Weight, 4);
                if (score >= category.Flag)
                {
                    var source = measured.Signal == PolicySignals.Campaign ? ReasonSource.Campaign : ReasonSource.Velocity;
                    reasons.Add((new Reason(category.Category, category.Law, source, score, [], signal.Kind, measured.Detail), category.Priority));
                }
            }
        }
    }
}

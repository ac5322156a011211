using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Policy;
using Moderation.Pipeline;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>The policy judge as it was before it stopped allocating per comment (commit 037b23e), kept as the yardstick the
/// current one must match exactly; only its head lookup is spelled out here (<see cref="TryGet"/>), and the one helper the
/// rewrite left as it was (<c>PolicyJudge.Fires</c>) is called rather than copied.</summary>
internal static class ReferencePolicyJudge
{
    // A kind head (HS_Religion, ...) names the hate reason's kind only when the model is at least this sure of it.
    private const double KindThreshold = 0.5;

    public static Verdict Judge(
        ModerationPolicy policy, string modelVersion, CommentInput comment, NormalisedText text, TextAssessment assessment, IReadOnlyList<ContextSignal> context)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var reasons = new List<(Reason Reason, int Priority)>();
        var decision = Decision.Approved;
        var priority = 0;
        var candidates = new List<Reason>();

        var categories = policy.For(comment.Section);
        for (var categoryIndex = 0; categoryIndex < categories.Count; categoryIndex++)
        {
            var category = categories[categoryIndex];
            candidates.Clear();
            var counter = CounterFactor(category, assessment.RuleHits, context);
            var modelScore = ModelContribution(category, assessment, context, counter, out var scored, out var modelKind, out var modelMayReject);
            if (scored)
            {
                scores[category.Category.ToWire()] = Math.Round(modelScore, 4);
            }

            if (modelScore >= category.Flag)
            {
                candidates.Add(new Reason(category.Category, category.Law, ReasonSource.Model, Math.Round(modelScore, 4), [], modelKind));
            }

            AddRuleReasons(category, text, assessment.RuleHits, candidates);
            AddContextReasons(category, context, candidates);
            if (candidates.Count == 0)
            {
                continue;
            }

            var top = 0.0;
            foreach (var candidate in candidates)
            {
                if (candidate.Source != ReasonSource.Model || modelMayReject)
                {
                    top = Math.Max(top, candidate.Score);
                }

                reasons.Add((candidate, category.Priority));
            }

            var verdict = category.Reject is { } reject && top >= reject ? Decision.Rejected : Decision.Flagged;
            decision = verdict > decision ? verdict : decision;
            priority = Math.Max(priority, category.Priority);
        }

        IReadOnlyList<Reason> ordered = reasons.Count == 0
            ? []
            : reasons.OrderByDescending(r => r.Priority).ThenByDescending(r => r.Reason.Score).Select(r => r.Reason).ToList();
        var campaignId = context.FirstOrDefault(c => c.CampaignId is not null)?.CampaignId;
        return new Verdict(decision, ordered, scores, priority, modelVersion, policy.Version, campaignId);
    }

    private static double CounterFactor(CategoryPolicy category, IReadOnlyList<RuleHit> hits, IReadOnlyList<ContextSignal> context)
    {
        var factor = 1.0;
        if (category.Counters.Count == 0)
        {
            return factor;
        }

        foreach (var (signal, value) in category.Counters)
        {
            if (PolicyJudge.Fires(signal, hits, context))
            {
                factor *= value;
            }
        }

        return factor;
    }

    private static double ModelContribution(
        CategoryPolicy category, TextAssessment assessment, IReadOnlyList<ContextSignal> context, double counter,
        out bool scored, out string? kind, out bool mayReject)
    {
        scored = false;
        kind = null;
        mayReject = true;
        var best = 0.0;
        var bestKind = KindThreshold;
        for (var signalIndex = 0; signalIndex < category.Signals.Count; signalIndex++)
        {
            var signal = category.Signals[signalIndex];
            if (!signal.IsModel || !TryGet(assessment.Scores, signal.Head, out var raw))
            {
                continue;
            }

            scored = true;
            raw = Math.Min(raw, Corroboration(signal, assessment));
            var effective = raw * signal.Weight * counter;
            if (effective > best)
            {
                best = effective;
                mayReject = MayReject(signal, assessment.RuleHits, context);
            }

            if (signal.Kind is not null && raw >= bestKind)
            {
                bestKind = raw;
                kind = signal.Kind;
            }
        }

        return Math.Clamp(best, 0, 1);
    }

    private static bool MayReject(SignalWeight signal, IReadOnlyList<RuleHit> hits, IReadOnlyList<ContextSignal> context)
    {
        if (signal.RejectsOnlyWith is not { Count: > 0 } required)
        {
            return true;
        }

        foreach (var (name, minimum) in required)
        {
            for (var hitIndex = 0; hitIndex < hits.Count; hitIndex++)
            {
                var hit = hits[hitIndex];
                if (hit.Signal == name && hit.Confidence >= minimum)
                {
                    return true;
                }
            }

            for (var measuredIndex = 0; measuredIndex < context.Count; measuredIndex++)
            {
                var measured = context[measuredIndex];
                if (measured.Signal == name && measured.Score >= minimum)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static float Corroboration(SignalWeight signal, TextAssessment assessment)
    {
        if (signal.CorroboratedBy is not { Count: > 0 } corroborators)
        {
            return 1f;
        }

        var strongest = 0f;
        var heads = signal.CorroboratingHeads;
        for (var i = 0; i < heads.Count; i++)
        {
            if (TryGet(assessment.Scores, heads[i] ?? corroborators[i][PolicySignals.ModelPrefix.Length..], out var score))
            {
                strongest = Math.Max(strongest, score);
            }
        }

        return strongest;
    }

    // One reason per rule kind, so a comment with a phone number and an address shows both, each with its own evidence.
    private static void AddRuleReasons(CategoryPolicy category, NormalisedText text, IReadOnlyList<RuleHit> hits, List<Reason> reasons)
    {
        if (hits.Count == 0)
        {
            return;
        }

        for (var signalIndex = 0; signalIndex < category.Signals.Count; signalIndex++)
        {
            var signal = category.Signals[signalIndex];
            if (!signal.IsRule || !PolicyJudge.Fires(signal.Signal, hits, []))
            {
                continue;
            }

            var kinds = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var hitIndex = 0; hitIndex < hits.Count; hitIndex++)
            {
                var hit = hits[hitIndex];
                if (hit.Signal == signal.Signal)
                {
                    var kind = hit.Kind ?? string.Empty;
                    kinds[kind] = Math.Max(kinds.GetValueOrDefault(kind), hit.Confidence);
                }
            }

            foreach (var (kind, confidence) in kinds.OrderByDescending(k => k.Value))
            {
                var score = Math.Round(confidence * signal.Weight, 4);
                if (score < category.Flag)
                {
                    continue;
                }

                var evidence = ToOriginal(text, hits.Where(h => h.Signal == signal.Signal && (h.Kind ?? string.Empty) == kind));
                reasons.Add(new Reason(category.Category, signal.CitesLaw ? category.Law : null, ReasonSource.Rule, score, evidence, signal.Kind ?? (kind.Length == 0 ? null : kind)));
            }
        }
    }

    private static void AddContextReasons(CategoryPolicy category, IReadOnlyList<ContextSignal> context, List<Reason> reasons)
    {
        for (var signalIndex = 0; signalIndex < category.Signals.Count; signalIndex++)
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
                    reasons.Add(new Reason(category.Category, category.Law, source, score, [], signal.Kind, measured.Detail));
                }
            }
        }
    }

    // HeadScores.TryGet as it was.
    private static bool TryGet(HeadScores scores, string head, out float score)
    {
        for (var i = 0; i < scores.Heads.Count; i++)
        {
            if (string.Equals(scores.Heads[i], head, StringComparison.Ordinal))
            {
                score = scores.Values[i];
                return true;
            }
        }

        score = 0;
        return false;
    }

    // EvidenceMap.ToOriginal as it was.
    private static IReadOnlyList<Evidence> ToOriginal(NormalisedText text, IEnumerable<RuleHit> hits)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var hit in hits)
        {
            var view = hit.View == TextView.Canonical ? text.Canonical : text.Folded;
            if (hit.Length <= 0 || hit.Start < 0 || hit.Start + hit.Length > view.Text.Length)
            {
                continue;
            }

            var (start, length) = view.ToOriginal(hit.Start, hit.Length);
            if (length > 0)
            {
                spans.Add((start, start + length));
            }
        }

        spans.Sort();
        var evidence = new List<Evidence>(spans.Count);
        var i = 0;
        while (i < spans.Count)
        {
            var (start, end) = spans[i++];
            while (i < spans.Count && spans[i].Start < end)
            {
                end = Math.Max(end, spans[i++].End);
            }

            evidence.Add(new Evidence(start, end - start, text.Original[start..end]));
        }

        return evidence;
    }
}

using Moderation.Policy;
using Moderation.Rules;

namespace Moderation.Pipeline;

/// <summary>A category's model score: its strongest model signal (weighted, held to its corroborating heads, dampened by the
/// counter factor), the head that gave it, the hate kind the model is surest of, and whether that score may reject.</summary>
internal static class ModelContribution
{
    // A kind head (HS_Religion, ...) names the hate reason's kind only when the model is at least this sure of it.
    private const double KindThreshold = 0.5;

    public static double Of(
        CategoryPolicy category, TextAssessment assessment, IReadOnlyList<ContextSignal> context, double counter,
        out bool scored, out string? head, out string? kind, out bool mayReject)
    {
        scored = false;
        head = null;
        kind = null;
        mayReject = true;
        var best = 0.0;
        var bestKind = KindThreshold;
        for (var signalIndex = 0; signalIndex < category.Signals.Count; signalIndex++)
        {
            var signal = category.Signals[signalIndex];
            if (!signal.IsModel || !assessment.Scores.TryGet(signal.Head, out var raw))
            {
                continue;
            }

            scored = true;
            raw = Math.Min(raw, Corroboration(signal, assessment));
            var effective = raw * signal.Weight * counter;
            if (effective > best)
            {
                best = effective;
                head = signal.Head;
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

        if (required is Dictionary<string, double> dictionary)
        {
            foreach (var (name, minimum) in dictionary)
            {
                if (Reaches(name, minimum, hits, context))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var (name, minimum) in required)
        {
            if (Reaches(name, minimum, hits, context))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Reaches(string name, double minimum, IReadOnlyList<RuleHit> hits, IReadOnlyList<ContextSignal> context)
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
            if (assessment.Scores.TryGet(heads[i] ?? corroborators[i][PolicySignals.ModelPrefix.Length..], out var score))
            {
                strongest = Math.Max(strongest, score);
            }
        }

        return strongest;
    }
}

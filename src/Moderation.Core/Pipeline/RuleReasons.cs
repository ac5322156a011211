using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Policy;
using Moderation.Rules;

namespace Moderation.Pipeline;

/// <summary>The reasons a category's rule signals give: one per rule kind, so a comment with a phone number and an address
/// shows both, each with its own evidence; the most confident kind first.</summary>
internal static class RuleReasons
{
    // Each kind with its highest confidence, in the order the kinds first appear among the hits.
    [ThreadStatic]
    private static List<(string Kind, double Confidence)>? _kinds;

    public static void Add(CategoryPolicy category, NormalisedText text, IReadOnlyList<RuleHit> hits, List<(Reason Reason, int Priority)> reasons)
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

            var kinds = Kinds(signal.Signal, hits);
            for (var k = 0; k < kinds.Count; k++)
            {
                var (kind, confidence) = kinds[k];
                var score = Math.Round(confidence * signal.Weight, 4);
                if (score < category.Flag)
                {
                    continue;
                }

                var evidence = EvidenceMap.ToOriginal(text, hits, signal.Signal, kind);
                reasons.Add((new Reason(category.Category, signal.CitesLaw ? category.Law : null, ReasonSource.Rule, score, evidence, signal.Kind ?? (kind.Length == 0 ? null : kind)), category.Priority));
            }
        }
    }

    /// <summary>The kinds of one signal's hits (no kind is ""), most confident first; equally confident kinds keep the
    /// order they first appear in.</summary>
    internal static List<(string Kind, double Confidence)> Kinds(string signal, IReadOnlyList<RuleHit> hits)
    {
        var kinds = _kinds ??= [];
        kinds.Clear();
        for (var hitIndex = 0; hitIndex < hits.Count; hitIndex++)
        {
            var hit = hits[hitIndex];
            if (hit.Signal != signal)
            {
                continue;
            }

            var kind = hit.Kind ?? string.Empty;
            var known = IndexOf(kinds, kind);
            if (known < 0)
            {
                kinds.Add((kind, Math.Max(0.0, hit.Confidence)));
            }
            else
            {
                kinds[known] = (kind, Math.Max(kinds[known].Confidence, hit.Confidence));
            }
        }

        for (var i = 1; i < kinds.Count; i++)
        {
            var item = kinds[i];
            var j = i - 1;
            while (j >= 0 && item.Confidence.CompareTo(kinds[j].Confidence) > 0)
            {
                kinds[j + 1] = kinds[j];
                j--;
            }

            kinds[j + 1] = item;
        }

        return kinds;
    }

    private static int IndexOf(List<(string Kind, double Confidence)> kinds, string kind)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}

using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Rules;

namespace Moderation.Pipeline;

/// <summary>Turns rule hits (offsets in a normalised view) into evidence in the reader's own text, merging overlaps.</summary>
internal static class EvidenceMap
{
    [ThreadStatic]
    private static List<(int Start, int End)>? _spans;

    /// <summary>The evidence of the hits of one signal and kind (a hit without a kind has kind "").</summary>
    public static Evidence[] ToOriginal(NormalisedText text, IReadOnlyList<RuleHit> hits, string signal, string kind)
    {
        var spans = _spans ??= [];
        spans.Clear();
        for (var hitIndex = 0; hitIndex < hits.Count; hitIndex++)
        {
            var hit = hits[hitIndex];
            if (hit.Signal != signal || (hit.Kind ?? string.Empty) != kind)
            {
                continue;
            }

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
        // Merged in place: spans[0..merged) are the disjoint spans.
        var merged = 0;
        var i = 0;
        while (i < spans.Count)
        {
            var (start, end) = spans[i++];
            while (i < spans.Count && spans[i].Start < end)
            {
                end = Math.Max(end, spans[i++].End);
            }

            spans[merged++] = (start, end);
        }

        var evidence = merged == 0 ? [] : new Evidence[merged];
        for (var k = 0; k < merged; k++)
        {
            var (start, end) = spans[k];
            evidence[k] = new Evidence(start, end - start, text.Original[start..end]);
        }

        spans.Clear();
        return evidence;
    }
}

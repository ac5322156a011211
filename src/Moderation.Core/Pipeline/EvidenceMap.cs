using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Rules;

namespace Moderation.Pipeline;

/// <summary>Turns rule hits (offsets in a normalised view) into evidence in the reader's own text, merging overlaps.</summary>
internal static class EvidenceMap
{
    public static IReadOnlyList<Evidence> ToOriginal(NormalisedText text, IEnumerable<RuleHit> hits)
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

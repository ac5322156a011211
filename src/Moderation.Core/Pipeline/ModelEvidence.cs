using Moderation.Decisions;
using Moderation.Features;
using Moderation.Normalisation;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Pipeline;

/// <summary>The words behind a model reason: where the features that raised its head's margin most lie, in the reader's
/// own text, the strongest few.</summary>
/// <remarks>The drivers come from the dot product that scored the head; only their slots are hashed again, and only for
/// a comment that gets a model reason.</remarks>
internal static class ModelEvidence
{
    // A moderator is shown the few words that matter, not every n-gram with a positive weight.
    private const int MaxSpans = 3;

    // A span whose features contribute less than this share of the strongest span's is left out.
    private const float MinShare = 0.25f;

    // Joiners that keep the parts of one word together when both parts drive the score ("Cina-cina", "k*fir").
    private const int MaxJoinerGap = 2;

    [ThreadStatic]
    private static List<FeatureSpan>? _located;

    [ThreadStatic]
    private static List<(int Start, int End, float Weight)>? _spans;

    public static Evidence[] Of(IModelScorer scorer, NormalisedText text, HeadScores scores, string head)
    {
        var drivers = scores.DriversOf(head);
        if (drivers.IsEmpty)
        {
            return [];
        }

        var located = _located ??= [];
        var spans = _spans ??= [];
        located.Clear();
        spans.Clear();
        scorer.Locate(text, drivers, located);
        foreach (var feature in located)
        {
            var view = feature.View == TextView.Canonical ? text.Canonical : text.Folded;
            if (feature.Length <= 0 || feature.Start < 0 || feature.Start + feature.Length > view.Text.Length)
            {
                continue;
            }

            var (start, length) = view.ToOriginal(feature.Start, feature.Length);
            if (length > 0)
            {
                spans.Add((start, start + length, feature.Contribution));
            }
        }

        var evidence = Strongest(text.Original, spans);
        located.Clear();
        spans.Clear();
        return evidence;
    }

    private static Evidence[] Strongest(string original, List<(int Start, int End, float Weight)> spans)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        // One entry per span of the original, with the contributions of every feature found there.
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var unique = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (unique > 0 && spans[unique - 1].Start == spans[i].Start && spans[unique - 1].End == spans[i].End)
            {
                spans[unique - 1] = (spans[i].Start, spans[i].End, spans[unique - 1].Weight + spans[i].Weight);
            }
            else
            {
                spans[unique++] = spans[i];
            }
        }

        spans.RemoveRange(unique, spans.Count - unique);
        GiveToWords(spans);
        var strongest = 0f;
        foreach (var span in spans)
        {
            strongest = MathF.Max(strongest, span.Weight);
        }

        var strong = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Weight >= MinShare * strongest)
            {
                spans[strong++] = spans[i];
            }
        }

        spans.RemoveRange(strong, spans.Count - strong);

        // Overlapping spans, and the parts of one word joined by a hyphen or the like, become one span.
        var merged = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (merged > 0 && Joins(original, spans[merged - 1].End, spans[i].Start))
            {
                var last = spans[merged - 1];
                spans[merged - 1] = (last.Start, Math.Max(last.End, spans[i].End), last.Weight + spans[i].Weight);
            }
            else
            {
                spans[merged++] = spans[i];
            }
        }

        spans.RemoveRange(merged, spans.Count - merged);
        spans.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        var kept = Math.Min(MaxSpans, spans.Count);
        spans.RemoveRange(kept, spans.Count - kept);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var evidence = new Evidence[kept];
        for (var k = 0; k < kept; k++)
        {
            var (start, end, _) = spans[k];
            evidence[k] = new Evidence(start, end - start, original[start..end]);
        }

        return evidence;
    }

    /// <summary>A span that holds others (a word pair around a driving word) gives its weight to them and goes, so the
    /// words shown are the ones that drive the score and not their neighbours; longest first, so a triple's weight reaches
    /// the words through its pairs.</summary>
    private static void GiveToWords(List<(int Start, int End, float Weight)> spans)
    {
        spans.Sort((a, b) => (b.End - b.Start).CompareTo(a.End - a.Start));
        for (var i = 0; i < spans.Count; i++)
        {
            var outer = spans[i];
            var inner = 0;
            for (var j = i + 1; j < spans.Count; j++)
            {
                inner += Holds(outer, spans[j]) ? 1 : 0;
            }

            if (inner == 0)
            {
                continue;
            }

            for (var j = i + 1; j < spans.Count; j++)
            {
                if (Holds(outer, spans[j]))
                {
                    spans[j] = (spans[j].Start, spans[j].End, spans[j].Weight + outer.Weight / inner);
                }
            }

            spans[i] = (outer.Start, outer.End, 0);
        }

        spans.RemoveAll(span => span.Weight == 0);
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }

    private static bool Holds((int Start, int End, float Weight) outer, (int Start, int End, float Weight) inner) =>
        outer.Start <= inner.Start && inner.End <= outer.End;

    private static bool Joins(string original, int end, int start)
    {
        if (start <= end)
        {
            return true;
        }

        if (start - end > MaxJoinerGap)
        {
            return false;
        }

        for (var i = end; i < start; i++)
        {
            if (char.IsWhiteSpace(original[i]) || char.IsLetterOrDigit(original[i]))
            {
                return false;
            }
        }

        return true;
    }
}

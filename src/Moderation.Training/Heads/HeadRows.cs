using Moderation.Features;
using Moderation.Training.Corpora;
using Moderation.Training.Splits;

namespace Moderation.Training.Heads;

/// <summary>The rows one head learns from: features, its label, the split part of each row, and whether the row is a
/// moderator's verdict. Rows that do not carry the head's label (a review that speaks to other heads) are left out.</summary>
internal sealed record HeadRows(IReadOnlyList<SparseFeatures> Features, bool[] Labels, SplitPart[] Parts, bool[] FromReviews)
{
    public static HeadRows Of(Corpus corpus, string column, (SparseFeatures[] Features, CorpusSplit Split) prepared)
    {
        var label = corpus.LabelColumns.ToList().IndexOf(column);
        var rows = Enumerable.Range(0, corpus.Comments.Count).Where(i => corpus.Comments[i].IsKnown(label)).ToArray();
        var fromReviews = corpus.Format == CorpusFormat.Reviews;
        return new HeadRows(
            rows.Select(i => prepared.Features[i]).ToArray(),
            rows.Select(i => corpus.Comments[i].Labels[label]).ToArray(),
            rows.Select(i => prepared.Split.Parts[i]).ToArray(),
            rows.Select(_ => fromReviews).ToArray());
    }

    public HeadRows With(HeadRows more) =>
        new([.. Features, .. more.Features], [.. Labels, .. more.Labels], [.. Parts, .. more.Parts], [.. FromReviews, .. more.FromReviews]);

    public int[] Rows(params SplitPart[] parts) => Enumerable.Range(0, Labels.Length).Where(i => parts.Contains(Parts[i])).ToArray();
}

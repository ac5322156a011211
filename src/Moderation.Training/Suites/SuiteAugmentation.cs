using Moderation.Training.Corpora;

namespace Moderation.Training.Suites;

/// <summary>A suite's development half as extra training rows, labelled the way a moderator's verdict labels the heads
/// (<see cref="ReviewLabels"/>): a case to approve is a negative for every head (Abusive left unlabelled when it only
/// reports abuse), a case to hold a positive for the heads its category stands for (profanity → Abusive; insult → HS and
/// HS_Individual; hate → HS). The locked half never trains.</summary>
public static class SuiteAugmentation
{
    /// <param name="weight">How many times each case is repeated, so a few hundred cases can count against a corpus of thousands.
    /// Copies share their duplicate group, so they land in the same split part.</param>
    public static Corpus ToCorpus(IEnumerable<SuiteCase> cases, int weight = 1)
    {
        if (weight < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "the augmentation weight must be at least 1.");
        }

        var comments = new List<LabelledComment>();
        foreach (var @case in cases)
        {
            if (@case.Half != SuiteHalf.Dev)
            {
                continue;
            }

            var labels = @case.Expect == Expectation.Approved
                ? ReviewLabels.For(ReviewLabels.Approved, "", @case.Text)
                : ReviewLabels.For(ReviewLabels.Rejected, @case.Category ?? "", @case.Text);
            if (labels is not { } labelled || !labelled.Known.Any(k => k))
            {
                continue;
            }

            var group = CorpusRepair.DuplicateKey(@case.Text);
            for (var copy = 0; copy < weight; copy++)
            {
                comments.Add(new LabelledComment(@case.Text, labelled.Labels, group, labelled.Known));
            }
        }

        return new Corpus(CorpusFormat.Reviews, ReviewLabels.Heads, comments);
    }

    /// <summary>Two review-format corpora as one (moderators' verdicts and suite rows train the same heads).</summary>
    public static Corpus Join(Corpus? first, Corpus second) =>
        first is null ? second : new Corpus(CorpusFormat.Reviews, ReviewLabels.Heads, [.. first.Comments, .. second.Comments]);
}

using Moderation.Training.Evaluation;

namespace Moderation.Training.Tests.Evaluation;

public class BinaryMetricsTests
{
    // Scores 0.9, 0.8 (positives), 0.7 (negative), 0.4 (positive), 0.2, 0.1 (negatives).
    private static readonly float[] Scores = [0.9f, 0.8f, 0.7f, 0.4f, 0.2f, 0.1f];
    private static readonly bool[] Labels = [true, true, false, true, false, false];

    [Fact]
    public void Counts_precision_recall_and_f1_at_the_threshold()
    {
        var metrics = BinaryMetrics.Compute(Scores, Labels, 0.5f);

        // At 0.5: predicted 0.9, 0.8, 0.7 -> tp 2, fp 1, fn 1.
        metrics.Precision.Should().BeApproximately(2 / 3.0, 1e-9);
        metrics.Recall.Should().BeApproximately(2 / 3.0, 1e-9);
        metrics.F1.Should().BeApproximately(2 / 3.0, 1e-9);
        metrics.Support.Should().Be(3);
    }

    [Fact]
    public void Computes_roc_auc_as_the_share_of_correctly_ordered_pairs()
    {
        // 9 positive-negative pairs; only (0.4 positive, 0.7 negative) is out of order.
        BinaryMetrics.RocAuc(Scores, Labels).Should().BeApproximately(8 / 9.0, 1e-9);
    }

    [Fact]
    public void Has_no_roc_auc_when_one_class_is_missing()
    {
        double.IsNaN(BinaryMetrics.RocAuc([0.1f, 0.9f], [true, true])).Should().BeTrue();
    }

    [Fact]
    public void Chooses_the_threshold_with_the_best_f1_between_neighbouring_scores()
    {
        // Taking all of 0.9..0.4 gives tp 3, fp 1 (F1 6/7), better than stopping at 0.8 (F1 0.8).
        var threshold = BinaryMetrics.BestF1Threshold(Scores, Labels);

        threshold.Should().BeApproximately(0.3f, 1e-6f);
    }
}

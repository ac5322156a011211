namespace Moderation.Training.Evaluation;

/// <summary>How well one head separates one label: precision, recall and F1 at a threshold, ROC-AUC, and the number of positives.</summary>
public sealed record BinaryMetrics(double Precision, double Recall, double F1, double Auc, int Support, int Count, float Threshold)
{
    public static BinaryMetrics Compute(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, float threshold)
    {
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException("one score per label is needed.");
        }

        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            if (predicted && labels[i])
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (labels[i])
            {
                fn++;
            }
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BinaryMetrics(precision, recall, f1, RocAuc(scores, labels), tp + fn, scores.Count, threshold);
    }

    /// <summary>The threshold with the best F1 on these scores (the midpoint between neighbouring scores, so it generalises).</summary>
    public static float BestF1Threshold(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return 0.5f;
        }

        int tp = 0, fp = 0;
        var best = -1.0;
        var threshold = 0.5f;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]])
            {
                continue;
            }

            var f1 = 2.0 * tp / (tp + fp + positives);
            if (f1 > best)
            {
                best = f1;
                threshold = k + 1 < order.Length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
            }
        }

        return threshold;
    }

    /// <summary>ROC-AUC as the Mann-Whitney statistic, ties counted half.</summary>
    public static double RocAuc(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = labels.Count(l => l);
        var negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        double rankSum = 0;
        var k = 0;
        while (k < order.Length)
        {
            var end = k;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[k]])
            {
                end++;
            }

            var rank = (k + end) / 2.0 + 1;
            for (var j = k; j <= end; j++)
            {
                if (labels[order[j]])
                {
                    rankSum += rank;
                }
            }

            k = end + 1;
        }

        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}

namespace Moderation.Training.Evaluation;

/// <summary>The precision-recall curve of one label: (recall, precision) at every distinct score, from the highest down.</summary>
public static class PrecisionRecallCurve
{
    public static (double[] Recall, double[] Precision) Compute(IReadOnlyList<float> scores, IReadOnlyList<bool> truth)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var positives = truth.Count(t => t);
        var recall = new List<double>();
        var precision = new List<double>();
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (truth[order[k]])
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

            recall.Add(positives == 0 ? 0 : (double)tp / positives);
            precision.Add((double)tp / (tp + fp));
        }

        return ([.. recall], [.. precision]);
    }
}

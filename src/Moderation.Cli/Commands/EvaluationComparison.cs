using Moderation.Training.Evaluation;

namespace Moderation.Cli.Commands;

/// <summary>`evaluate --compare`: the second model's results on the same rows and, for each label both models cover, which is better.</summary>
public sealed record EvaluationComparison(
    string ModelVersion, string CompareVersion, IReadOnlyList<LabelScores> Results, IReadOnlyList<KeyValuePair<string, Preference>> Better)
{
    public static EvaluationComparison Of(string modelVersion, IReadOnlyList<LabelScores> model, string compareVersion, IReadOnlyList<LabelScores> compare)
    {
        var better = model
            .Select(m => (m, c: compare.FirstOrDefault(c => c.Label == m.Label)))
            .Where(pair => pair.c is not null)
            .Select(pair => KeyValuePair.Create(pair.m.Label, ModelComparison.Prefer(pair.m.Metrics, pair.c!.Metrics)))
            .ToList();
        return new EvaluationComparison(modelVersion, compareVersion, compare, better);
    }
}

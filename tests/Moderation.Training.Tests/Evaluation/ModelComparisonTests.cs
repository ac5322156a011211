using Moderation.Training.Evaluation;

namespace Moderation.Training.Tests.Evaluation;

public class ModelComparisonTests
{
    [Fact]
    public void Prefers_the_higher_F1_even_with_a_lower_AUC()
    {
        ModelComparison.Prefer(Metrics(f1: 0.86, auc: 0.90), Metrics(f1: 0.84, auc: 0.95)).Should().Be(Preference.Model);
        ModelComparison.Prefer(Metrics(f1: 0.84, auc: 0.95), Metrics(f1: 0.86, auc: 0.90)).Should().Be(Preference.Compare);
    }

    [Fact]
    public void Breaks_an_F1_tie_by_AUC()
    {
        ModelComparison.Prefer(Metrics(f1: 0.8601, auc: 0.91), Metrics(f1: 0.8600, auc: 0.93)).Should().Be(Preference.Compare);
    }

    [Fact]
    public void Calls_equal_F1_and_AUC_a_tie()
    {
        ModelComparison.Prefer(Metrics(f1: 0.86, auc: 0.93), Metrics(f1: 0.86, auc: 0.93)).Should().Be(Preference.Tie);
    }

    [Fact]
    public void Calls_equal_F1_without_an_AUC_a_tie()
    {
        ModelComparison.Prefer(Metrics(f1: 0, auc: double.NaN), Metrics(f1: 0, auc: double.NaN)).Should().Be(Preference.Tie);
    }

    private static BinaryMetrics Metrics(double f1, double auc) => new(f1, f1, f1, auc, 10, 100, 0.5f);
}

namespace Moderation.Training.Evaluation;

/// <summary>Decides per label which of two models is better on the same rows: the higher F1 at each model's own operating
/// threshold (what the policy acts on); when the F1s agree to three decimals, the higher ROC-AUC; otherwise a tie.</summary>
public static class ModelComparison
{
    /// <summary>Differences below this are noise in the third decimal the tables print.</summary>
    public const double Margin = 0.0005;

    public static Preference Prefer(BinaryMetrics model, BinaryMetrics compare)
    {
        if (Math.Abs(model.F1 - compare.F1) >= Margin)
        {
            return model.F1 > compare.F1 ? Preference.Model : Preference.Compare;
        }

        if (!double.IsNaN(model.Auc) && !double.IsNaN(compare.Auc) && Math.Abs(model.Auc - compare.Auc) >= Margin)
        {
            return model.Auc > compare.Auc ? Preference.Model : Preference.Compare;
        }

        return Preference.Tie;
    }
}

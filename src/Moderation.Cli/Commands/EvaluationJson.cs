using System.Text;
using System.Text.Json;
using Moderation.Training.Evaluation;

namespace Moderation.Cli.Commands;

/// <summary>The `evaluate --json` document: {"labels": {COLUMN: {"precision", "recall", "f1", "auc", "support"}}}; with
/// `--compare`, also "model" (the first model's version) and "compare": {"model", "labels", "better": {COLUMN: "model" |
/// "compare" | "tie"}}.</summary>
public static class EvaluationJson
{
    public static string Render(IReadOnlyList<LabelScores> results) => Render(results, null);

    public static string Render(IReadOnlyList<LabelScores> results, EvaluationComparison? comparison)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteLabels(writer, results);
            if (comparison is not null)
            {
                writer.WriteString("model", comparison.ModelVersion);
                writer.WriteStartObject("compare");
                writer.WriteString("model", comparison.CompareVersion);
                WriteLabels(writer, comparison.Results);
                writer.WriteStartObject("better");
                foreach (var (label, preference) in comparison.Better)
                {
                    writer.WriteString(label, preference.ToString().ToLowerInvariant());
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteLabels(Utf8JsonWriter writer, IReadOnlyList<LabelScores> results)
    {
        writer.WriteStartObject("labels");
        foreach (var result in results)
        {
            var m = result.Metrics;
            writer.WriteStartObject(result.Label);
            writer.WriteNumber("precision", Math.Round(m.Precision, 6));
            writer.WriteNumber("recall", Math.Round(m.Recall, 6));
            writer.WriteNumber("f1", Math.Round(m.F1, 6));
            if (double.IsNaN(m.Auc))
            {
                // A file with only one class has no ROC-AUC; JSON has no NaN.
                writer.WriteNull("auc");
            }
            else
            {
                writer.WriteNumber("auc", Math.Round(m.Auc, 6));
            }

            writer.WriteNumber("support", m.Support);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}

using System.Text;
using System.Text.Json;
using Moderation.Training.Evaluation;

namespace Moderation.Cli.Commands;

/// <summary>The `evaluate --json` document: {"labels": {COLUMN: {"precision", "recall", "f1", "auc", "support"}}}.</summary>
public static class EvaluationJson
{
    public static string Render(IReadOnlyList<LabelScores> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
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
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using ScottPlot;

namespace Moderation.Training.Evaluation;

/// <summary>Draws the precision-recall curves of an evaluation as one PNG, one line per label, operating points marked.</summary>
public static class PrecisionRecallPlot
{
    public static void Save(string path, string title, IReadOnlyList<LabelScores> labels)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var (recall, precision) = PrecisionRecallCurve.Compute(label.Scores, label.Truth);
            var color = palette.GetColor(i);
            var line = plot.Add.ScatterLine(recall, precision, color);
            line.LegendText = $"{label.Label} (F1 {label.Metrics.F1:F3})";
            line.LineWidth = 2;
            var point = plot.Add.Marker(label.Metrics.Recall, label.Metrics.Precision, MarkerShape.FilledCircle, 8, color);
            point.LegendText = string.Empty;
        }

        plot.Title(title);
        plot.XLabel("recall");
        plot.YLabel("precision");
        plot.Axes.SetLimits(0, 1.01, 0, 1.01);
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, 900, 650);
    }
}

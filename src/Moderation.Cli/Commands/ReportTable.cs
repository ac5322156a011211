using Moderation.Training.Evaluation;
using Moderation.Training.Heads;
using Spectre.Console;

namespace Moderation.Cli.Commands;

/// <summary>The metrics tables the train and evaluate verbs print.</summary>
public static class ReportTable
{
    /// <summary>A console on the current stdout (not the one cached at start-up). Piped output has no terminal width,
    /// so it gets a wide one instead of wrapping the tables at 80 columns.</summary>
    public static IAnsiConsole Stdout()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected || Console.Out is StringWriter)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    public static Table Training(TrainingResult result)
    {
        var table = new Table().Title($"model {Markup.Escape(result.Version)}: validation (threshold chosen here) and held-out test");
        table.AddColumns("head", "threshold", "val P", "val R", "val F1", "val AUC", "test P", "test R", "test F1", "test AUC", "test support");
        foreach (var head in result.Heads)
        {
            table.AddRow(
                head.Head, F(head.Threshold), F(head.Validation.Precision), F(head.Validation.Recall), F(head.Validation.F1), F(head.Validation.Auc),
                F(head.Test.Precision), F(head.Test.Recall), F(head.Test.F1), F(head.Test.Auc), head.Test.Support.ToString());
        }

        return table;
    }

    public static Table Evaluation(string title, IReadOnlyDictionary<string, BinaryMetrics> metrics)
    {
        var table = new Table().Title(Markup.Escape(title));
        table.AddColumns("label", "threshold", "precision", "recall", "F1", "ROC-AUC", "support", "rows");
        foreach (var (label, m) in metrics)
        {
            table.AddRow(Markup.Escape(label), F(m.Threshold), F(m.Precision), F(m.Recall), F(m.F1), F(m.Auc), m.Support.ToString(), m.Count.ToString());
        }

        return table;
    }

    /// <summary>Per label: both models' F1 and ROC-AUC and which is better (the version's name, or "tie").</summary>
    public static Table Comparison(IReadOnlyList<LabelScores> model, EvaluationComparison comparison)
    {
        var (a, b) = (Markup.Escape(comparison.ModelVersion), Markup.Escape(comparison.CompareVersion));
        var table = new Table().Title($"{a} (--model) against {b} (--compare): higher F1 wins, ROC-AUC breaks a tie within {ModelComparison.Margin}");
        table.AddColumns("label", $"F1 {a}", $"F1 {b}", $"AUC {a}", $"AUC {b}", "better");
        foreach (var (label, preference) in comparison.Better)
        {
            var first = model.First(r => r.Label == label).Metrics;
            var second = comparison.Results.First(r => r.Label == label).Metrics;
            var winner = preference switch
            {
                Preference.Model => $"--model {a}",
                Preference.Compare => $"--compare {b}",
                _ => "tie",
            };
            table.AddRow(Markup.Escape(label), F(first.F1), F(second.F1), F(first.Auc), F(second.Auc), winner);
        }

        return table;
    }

    private static string F(double value) => double.IsNaN(value) ? "n/a" : value.ToString("F3");
}

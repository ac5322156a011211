using System.CommandLine;
using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Training.Corpora;
using Moderation.Training.Evaluation;
using Spectre.Console;

namespace Moderation.Cli.Commands;

/// <summary>The `evaluate` verb: measures the model's heads on a labelled file, recognised by its header.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "A labelled CSV: the hate-speech corpus format or the gambling corpus format.", Required = true };
        var model = new Option<DirectoryInfo?>("--model") { Description = $"Model directory (default: ${ModelLocation.EnvironmentVariable}, else the repository's models/)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object {\"labels\": {COLUMN: {precision, recall, f1, auc, support}}} and nothing else." };
        var plot = new Option<FileInfo?>("--plot") { Description = "Also write precision-recall curves to this PNG file." };
        var errors = new Option<FileInfo?>("--errors") { Description = "Also write the misclassified rows (label, truth, score, text) to this TSV file." };
        var command = new Command("evaluate", "Precision, recall and F1 at the operating threshold, ROC-AUC and support for every label column of the file the model covers.")
        {
            data, model, json, plot, errors,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(data)!;
            if (!file.Exists)
            {
                throw new CliException($"file '{file.FullName}' does not exist.");
            }

            var plotFile = parse.GetValue(plot);
            if (plotFile is not null && !string.Equals(plotFile.Extension, ".png", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"--plot writes a PNG; give a file name ending in .png, not '{plotFile.Name}'.");
            }

            var corpus = CorpusReader.Read(file.FullName);
            var loaded = ModelStore.Load(ModelLocation.Resolve(parse.GetValue(model)?.FullName));
            Console.Error.WriteLine($"scoring {corpus.Comments.Count} rows of a {corpus.Format} file with model {loaded.Version}");
            var results = new ModelEvaluator(new TextNormaliser(), loaded).Evaluate(corpus);

            if (plotFile is not null)
            {
                PrecisionRecallPlot.Save(plotFile.FullName, $"{file.Name}, model {loaded.Version}", results);
                Console.Error.WriteLine($"precision-recall curves written to {plotFile.FullName}");
            }

            if (parse.GetValue(errors) is { } errorFile)
            {
                using var writer = new StreamWriter(errorFile.FullName);
                writer.WriteLine("label\ttruth\tscore\ttext");
                foreach (var result in results)
                {
                    for (var i = 0; i < result.Scores.Length; i++)
                    {
                        if (result.Scores[i] >= result.Metrics.Threshold != result.Truth[i])
                        {
                            var text = corpus.Comments[i].Text.Replace('\t', ' ').Replace('\n', ' ');
                            writer.WriteLine($"{result.Label}\t{(result.Truth[i] ? 1 : 0)}\t{result.Scores[i]:F3}\t{text}");
                        }
                    }
                }
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(EvaluationJson.Render(results));
            }
            else
            {
                ReportTable.Stdout().Write(ReportTable.Evaluation(
                    $"{file.Name} ({corpus.Format}), model {loaded.Version}, at the operating thresholds",
                    results.ToDictionary(r => r.Label, r => r.Metrics)));
            }

            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Training.Corpora;
using Moderation.Training.Evaluation;
using Moderation.Training.Heads;
using Moderation.Training.Splits;
using Moderation.Training.Suites;
using Spectre.Console;

namespace Moderation.Cli.Commands;

/// <summary>The `evaluate` verb: measures the model's heads on a labelled file, recognised by its header.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data")
        {
            Description = "A labelled CSV (the hate-speech corpus, the gambling corpus or a review export), or a functional suite (JSON lines, e.g. tests/Suites/hate-functional/cases.jsonl).",
            Required = true,
        };
        var model = new Option<DirectoryInfo?>("--model") { Description = $"Model directory (default: ${ModelLocation.EnvironmentVariable}, else the repository's models/)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object {\"labels\": {COLUMN: {precision, recall, f1, auc, support}}} and nothing else; with --compare also \"model\" and \"compare\": {\"model\", \"labels\", \"better\"}." };
        var plot = new Option<FileInfo?>("--plot") { Description = "Also write precision-recall curves to this PNG file." };
        var errors = new Option<FileInfo?>("--errors") { Description = "Also write the misclassified rows (label, truth, score, group, text) to this TSV file; the group is the row's video for the gambling corpus, its copies' key otherwise." };
        var compare = new Option<DirectoryInfo?>("--compare")
        {
            Description = "A second model directory scored on the same rows; says per label which model is better (higher F1; F1 within 0.0005: higher ROC-AUC; else a tie).",
        };
        var split = new Option<SplitPart?>("--split") { Description = "Score only this part (Train, Validation, Test) of the split `train` makes of this file with --seed." };
        var seed = new Option<int>("--seed") { Description = "Seed of the split for --split (train's default).", DefaultValueFactory = _ => TrainingOptions.Default.Seed };
        var policy = new Option<string?>("--policy") { Description = $"With a suite: the policy file (default: {PipelineLoader.PolicyFileName} in the model directory)." };
        var half = new Option<string>("--half")
        {
            Description = "With a suite: score only its dev or locked half, or all of it.",
            DefaultValueFactory = _ => "all",
        };
        half.AcceptOnlyFromAmong("all", "dev", "locked");
        var by = new Option<string[]>("--by")
        {
            Description = $"With a suite: the columns to break the results down by ({string.Join(", ", SuiteEvaluation.Columns)}).",
            DefaultValueFactory = _ => ["functionality", "ground"],
            AllowMultipleArgumentsPerToken = true,
        };
        by.AcceptOnlyFromAmong([.. SuiteEvaluation.Columns]);
        var command = new Command(
            "evaluate",
            "Precision, recall and F1 at the operating threshold, ROC-AUC and support for every label column of the file the model covers; " +
            "for a functional suite, the share of cases held and approved as expected by the full decision (model, rules, policy).")
        {
            data, model, json, plot, errors, compare, split, seed, policy, half, by,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(data)!;
            CliFiles.Require(file.FullName);
            if (SuiteReader.IsSuite(file.FullName))
            {
                if (parse.GetValue(compare) is not null || parse.GetValue(plot) is not null || parse.GetValue(split) is not null)
                {
                    throw new CliException("--compare, --plot and --split are for labelled CSV files; a suite is split by --half.");
                }

                return EvaluateSuite(file, parse.GetValue(model)?.FullName, parse.GetValue(policy), parse.GetValue(half)!, parse.GetValue(by)!, parse.GetValue(json), parse.GetValue(errors));
            }

            if (parse.GetValue(policy) is not null || parse.GetResult(half) is { Implicit: false } || parse.GetResult(by) is { Implicit: false })
            {
                throw new CliException("--policy, --half and --by are for a functional suite (JSON lines); this file is a CSV corpus.");
            }

            var plotFile = parse.GetValue(plot);
            if (plotFile is not null && !string.Equals(plotFile.Extension, ".png", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"--plot writes a PNG; give a file name ending in .png, not '{plotFile.Name}'.");
            }

            var compareDirectory = parse.GetValue(compare);
            if (compareDirectory is not null && !compareDirectory.Exists)
            {
                throw new CliException($"--compare: directory '{compareDirectory.FullName}' does not exist.");
            }

            var corpus = CorpusReader.Read(file.FullName);
            var part = parse.GetValue(split);
            if (part is { } only)
            {
                var defaults = TrainingOptions.Default;
                var parts = CorpusSplit.ForTraining(corpus, parse.GetValue(seed), defaults.ValidationFraction, defaults.TestFraction);
                corpus = corpus with { Comments = parts.Select(corpus, only) };
            }

            var loaded = ModelStore.Load(ModelLocation.Resolve(parse.GetValue(model)?.FullName));
            var rowsNote = part is null ? string.Empty : $" ({part} part, seed {parse.GetValue(seed)})";
            Console.Error.WriteLine($"scoring {corpus.Comments.Count} rows{rowsNote} of a {corpus.Format} file with model {loaded.Version}");
            var results = new ModelEvaluator(new TextNormaliser(), loaded).Evaluate(corpus);
            EvaluationComparison? comparison = null;
            if (compareDirectory is not null)
            {
                var other = ModelStore.Load(compareDirectory.FullName);
                Console.Error.WriteLine($"scoring the same rows with model {other.Version}");
                comparison = EvaluationComparison.Of(loaded.Version, results, other.Version, new ModelEvaluator(new TextNormaliser(), other).Evaluate(corpus));
            }

            if (plotFile is not null)
            {
                PrecisionRecallPlot.Save(plotFile.FullName, $"{file.Name}, model {loaded.Version}", results);
                Console.Error.WriteLine($"precision-recall curves written to {plotFile.FullName}");
            }

            if (parse.GetValue(errors) is { } errorFile)
            {
                using var writer = new StreamWriter(errorFile.FullName);
                writer.WriteLine("label\ttruth\tscore\tgroup\ttext");
                foreach (var result in results)
                {
                    for (var i = 0; i < result.Scores.Length; i++)
                    {
                        if (result.Scores[i] >= result.Metrics.Threshold != result.Truth[i])
                        {
                            var row = corpus.Comments[result.Rows[i]];
                            writer.WriteLine($"{result.Label}\t{(result.Truth[i] ? 1 : 0)}\t{result.Scores[i]:F3}\t{OneField(row.Group)}\t{OneField(row.Text)}");
                        }
                    }
                }
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(EvaluationJson.Render(results, comparison));
            }
            else
            {
                var console = ReportTable.Stdout();
                console.Write(ReportTable.Evaluation(
                    $"{file.Name} ({corpus.Format}{rowsNote}), model {loaded.Version}, at the operating thresholds",
                    results.ToDictionary(r => r.Label, r => r.Metrics)));
                if (comparison is not null)
                {
                    console.Write(ReportTable.Evaluation(
                        $"{file.Name} ({corpus.Format}{rowsNote}), model {comparison.CompareVersion}, at its operating thresholds",
                        comparison.Results.ToDictionary(r => r.Label, r => r.Metrics)));
                    console.Write(ReportTable.Comparison(results, comparison));
                }
            }

            return 0;
        });
        return command;
    }

    private static int EvaluateSuite(FileInfo file, string? modelDirectory, string? policyFile, string half, string[] columns, bool json, FileInfo? errors)
    {
        var cases = SuiteReader.Read(file.FullName).Where(c => half == "all" || c.Half.ToString().Equals(half, StringComparison.OrdinalIgnoreCase)).ToList();
        if (cases.Count == 0)
        {
            throw new CliException($"'{file.FullName}' has no cases in its {half} half.");
        }

        var pipeline = PipelineLoader.Load(modelDirectory, policyFile);
        Console.Error.WriteLine($"deciding {cases.Count} cases ({half}) with model {pipeline.ModelVersion}, policy {pipeline.PolicyVersion}");
        var evaluation = SuiteEvaluation.Run(pipeline, cases);
        var distinct = columns.Distinct().ToArray();
        if (errors is not null)
        {
            using var writer = new StreamWriter(errors.FullName);
            SuiteReport.WriteErrors(writer, evaluation);
        }

        if (json)
        {
            Console.Out.WriteLine(SuiteReport.Json(file.Name, half, pipeline.ModelVersion, pipeline.PolicyVersion, evaluation, distinct));
        }
        else
        {
            SuiteReport.Print(ReportTable.Stdout(), $"{file.Name} ({half}), model {pipeline.ModelVersion}, policy {pipeline.PolicyVersion}", evaluation, distinct);
        }

        return 0;
    }

    private static string OneField(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}

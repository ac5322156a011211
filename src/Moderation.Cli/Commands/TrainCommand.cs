using System.CommandLine;
using Moderation.Features;
using Moderation.Normalisation;
using Moderation.Training.Corpora;
using Moderation.Training.Heads;
using Moderation.Training.Reporting;
using Moderation.Training.Suites;
using Spectre.Console;

namespace Moderation.Cli.Commands;

/// <summary>The `train` verb: trains every model head from the two corpora (and the moderators' verdicts, if given) and
/// writes the model directory and its card.</summary>
public static class TrainCommand
{
    /// <param name="clock">The clock the default model version is read from (tests pass a fixed one).</param>
    public static Command Create(TimeProvider? clock = null)
    {
        var hateSpeech = new Option<FileInfo>("--hate-speech") { Description = "The hate-speech corpus CSV (re_dataset_train.csv format).", Required = true };
        var gambling = new Option<FileInfo>("--gambling") { Description = "The gambling-promotion corpus CSV (judol_train.csv format).", Required = true };
        var reviews = new Option<FileInfo?>("--reviews") { Description = $"The moderators' verdicts as export-labels writes them ({ReviewLabels.Header}); they join the heads they label, split like the corpora." };
        var augment = new Option<FileInfo?>("--augment") { Description = "A functional suite (JSON lines) whose dev half joins the training rows as moderators' verdicts would; its locked half is never read for training." };
        var augmentWeight = new Option<int>("--augment-weight") { Description = "How many times each --augment case counts.", DefaultValueFactory = _ => 1 };
        var hateSuite = new Option<FileInfo?>("--hate-suite") { Description = "The functional hate suite: after training, its locked half is decided with the new model and the shipped policy, and MODEL_CARD.md reports it by functionality." };
        var newsSuite = new Option<FileInfo?>("--news-suite") { Description = "The news-thread suite: after training, its locked half is decided with the new model and the shipped policy, and MODEL_CARD.md reports it." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory to write the model files and MODEL_CARD.md into.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the train/validation/test split.", DefaultValueFactory = _ => TrainingOptions.Default.Seed };
        var hashBits = new Option<int>("--hash-bits") { Description = "Feature space size as a power of two.", DefaultValueFactory = _ => TrainingOptions.Default.Features.HashBits };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation of each head.", DefaultValueFactory = _ => TrainingOptions.Default.L1 };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of each head without a per-head setting (Gambling: 0.3).", DefaultValueFactory = _ => TrainingOptions.Default.L2 };
        var nbAlpha = new Option<float>("--nb-alpha") { Description = "Smoothing of the NB feature scaling; 0 turns it off.", DefaultValueFactory = _ => TrainingOptions.Default.NbAlpha };
        var charRange = new Option<string>("--char-ngrams") { Description = "Char n-gram range inside words, MIN-MAX.", DefaultValueFactory = _ => $"{TrainingOptions.Default.Features.MinCharNgram}-{TrainingOptions.Default.Features.MaxCharNgram}" };
        var wordNgrams = new Option<int>("--word-ngrams") { Description = "Longest word n-gram.", DefaultValueFactory = _ => TrainingOptions.Default.Features.MaxWordNgram };
        var canonicalOnly = new Option<bool>("--canonical-only") { Description = "Leave out the word unigrams of the folded view (as written, digits kept)." };
        var noSignals = new Option<bool>("--no-writing-signals") { Description = "Leave out the dense writing signals (look-alike letters, brand-with-digits tokens, emoji, links)." };
        var noRefit = new Option<bool>("--no-refit") { Description = "Ship the model fitted on the training split only (default: refit on train + validation)." };
        var heads = new Option<string?>("--heads") { Description = "Train only these comma-separated heads (for experiments)." };
        var version = new Option<string?>("--version-tag") { Description = "Model version written into the manifest (default: the UTC date and time of the run, yyyy-MM-dd.HHmmss)." };

        var command = new Command("train", "Train the model heads from the hate-speech and gambling corpora; writes the model and MODEL_CARD.md.")
        {
            hateSpeech, gambling, reviews, augment, augmentWeight, hateSuite, newsSuite, output, seed, hashBits, l1, l2, nbAlpha, charRange, wordNgrams, canonicalOnly, noSignals, noRefit, heads, version,
        };
        command.SetAction(parse =>
        {
            var hatePath = RequireFile(parse.GetValue(hateSpeech)!);
            var gamblingPath = RequireFile(parse.GetValue(gambling)!);
            var reviewsPath = parse.GetValue(reviews) is { } reviewFile ? RequireFile(reviewFile) : null;
            var augmentPath = parse.GetValue(augment) is { } suiteFile ? RequireFile(suiteFile) : null;
            var newsPath = parse.GetValue(newsSuite) is { } newsFile ? RequireFile(newsFile) : null;
            var hateSuitePath = parse.GetValue(hateSuite) is { } hateFile ? RequireFile(hateFile) : null;
            if (parse.GetValue(augmentWeight) < 1)
            {
                throw new CliException($"--augment-weight must be at least 1, not {parse.GetValue(augmentWeight)}.");
            }
            if (parse.GetValue(version) is { } tag && string.IsNullOrWhiteSpace(tag))
            {
                throw new CliException("--version-tag is blank: a model needs a version (leave the option out for the date and time of the run).");
            }

            var (minChar, maxChar) = ParseRange(parse.GetValue(charRange)!);
            var features = new FeatureSettings(parse.GetValue(hashBits), parse.GetValue(wordNgrams), minChar, maxChar, !parse.GetValue(canonicalOnly), !parse.GetValue(noSignals));
            try
            {
                features.Validate();
            }
            catch (ArgumentException error)
            {
                throw new CliException(error.Message);
            }

            var options = TrainingOptions.Default with
            {
                Features = features,
                Seed = parse.GetValue(seed),
                L1 = parse.GetValue(l1),
                L2 = parse.GetValue(l2),
                NbAlpha = parse.GetValue(nbAlpha),
                Refit = !parse.GetValue(noRefit),
                Version = parse.GetValue(version),
            };
            var onlyHeads = parse.GetValue(heads)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var known = ModelTrainer.HateSpeechHeads.Append(CorpusReader.GamblingHead).ToArray();
            if (onlyHeads?.FirstOrDefault(h => !known.Contains(h)) is { } unknown)
            {
                throw new CliException($"--heads: no head '{unknown}'; the heads are {string.Join(", ", known)}.");
            }

            var outDir = parse.GetValue(output)!.FullName;
            var result = Run(hatePath, gamblingPath, reviewsPath, (augmentPath, parse.GetValue(augmentWeight)), outDir, options, onlyHeads, clock);

            var newsThreads = newsPath is null ? null : LockedHalf(newsPath, outDir).Total;
            var hateFunctional = hateSuitePath is null ? null : LockedHalf(hateSuitePath, outDir);
            ModelCard.Write(outDir, result, CommandLine(Environment.GetCommandLineArgs(), Environment.CurrentDirectory), newsThreads, hateFunctional);
            if (newsThreads is not null)
            {
                Console.WriteLine($"news-thread suite, locked half: offensive held {newsThreads.HeldRate:P1}, clean approved {newsThreads.ApprovedRate:P1}");
            }

            if (hateFunctional is not null)
            {
                Console.WriteLine($"functional hate suite, locked half: hateful held {hateFunctional.Total.HeldRate:P1}, non-hateful approved {hateFunctional.Total.ApprovedRate:P1}");
            }

            ReportTable.Stdout().Write(ReportTable.Training(result));
            if (result.Reviews is { } used)
            {
                Console.WriteLine($"{used.Labelling} of {used.Rows} moderator verdicts{(augmentPath is null ? "" : " and suite rows")} label a head ({used.Split.Test} rows held out for test)");
            }

            Console.WriteLine($"model {result.Version} written to {outDir} in {result.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }

    private static TrainingResult Run(
        string hatePath, string gamblingPath, string? reviewsPath, (string? Path, int Weight) augment, string outDir, TrainingOptions options, string[]? onlyHeads, TimeProvider? clock)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        TrainingResult? result = null;
        stderr.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading corpora", maxValue: 1);
                // The small review file first: a bad export fails before the corpora are read.
                var verdicts = reviewsPath is null ? null : CorpusReader.Read(reviewsPath, CorpusFormat.Reviews);
                if (augment.Path is { } suite)
                {
                    verdicts = SuiteAugmentation.Join(verdicts, SuiteAugmentation.ToCorpus(SuiteReader.Read(suite), augment.Weight));
                }
                var hate = CorpusReader.Read(hatePath, CorpusFormat.HateSpeech);
                var gamble = CorpusReader.Read(gamblingPath, CorpusFormat.Gambling);
                var progress = new SynchronousProgress(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = Markup.Escape(p.Stage);
                });
                result = new ModelTrainer(new TextNormaliser(), options, progress, clock).Train(hate, gamble, outDir, onlyHeads, verdicts);
                task.Value = task.MaxValue;
                task.Description = "done";
            });
        return result!;
    }

    /// <summary>The full decision of the new model with the shipped policy on a suite's locked half.</summary>
    private static SuiteEvaluation LockedHalf(string suitePath, string modelDirectory)
    {
        var policy = Path.Combine(ModelLocation.Resolve(null), PipelineLoader.PolicyFileName);
        var pipeline = PipelineLoader.Load(modelDirectory, policy);
        return SuiteEvaluation.Run(pipeline, SuiteReader.Read(suitePath).Where(c => c.Half == SuiteHalf.Locked));
    }

    private static string RequireFile(FileInfo file) => CliFiles.Require(file.FullName);

    private static (int Min, int Max) ParseRange(string range)
    {
        var parts = range.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var min) && int.TryParse(parts[1], out var max))
        {
            return (min, max);
        }

        throw new CliException($"--char-ngrams must look like 2-5, not '{range}'.");
    }

    /// <summary>The command as the model card shows it: input files given by an absolute path are named relative to the
    /// directory the command ran in (the repository root), so the card's command works in any clone
    /// (<c>../shared/data/...</c>, not one machine's <c>/work/shared/data/...</c>).</summary>
    internal static string CommandLine(string[] args, string workingDirectory) =>
        "dotnet run --project src/Moderation.Cli -- " + string.Join(' ', args.Skip(1).Select(a => Quoted(Portable(a, workingDirectory))));

    private static string Portable(string argument, string workingDirectory) =>
        Path.IsPathFullyQualified(argument) && File.Exists(argument) ? Path.GetRelativePath(workingDirectory, argument) : argument;

    private static string Quoted(string argument) => argument.Contains(' ') ? $"\"{argument}\"" : argument;

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}

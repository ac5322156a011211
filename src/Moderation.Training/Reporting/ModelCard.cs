using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Moderation.Features;
using Moderation.Training.Heads;
using Moderation.Training.Suites;

namespace Moderation.Training.Reporting;

/// <summary>Writes MODEL_CARD.md for a trained model: the prose of the template `ModelCard.md` (data and licences, how the
/// recipe was chosen, limits) filled in with the run's settings, split sizes, thresholds and held-out metrics.</summary>
public static partial class ModelCard
{
    public const string FileName = "MODEL_CARD.md";

    private const string TemplateResource = "Moderation.Training.Reporting.ModelCard.md";

    private static readonly (string Head, double F1)[] Targets = [("HS", 0.86), ("Abusive", 0.90), ("Gambling", 0.97)];

    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException($"The model card template {TemplateResource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    /// <summary>The command that reports the news-thread suite's locked half for a model, as the card quotes it.</summary>
    public const string NewsThreadsCommand =
        "moderation evaluate --data tests/Suites/news-threads/cases.jsonl --half locked --model DIR --policy models/policy.json";

    /// <summary>The command that reports the functional hate suite's locked half for a model, as the card quotes it.</summary>
    public const string HateFunctionalCommand =
        "moderation evaluate --data tests/Suites/hate-functional/cases.jsonl --half locked --model DIR --policy models/policy.json";

    public static void Write(string directory, TrainingResult result, string command, SuiteTally? newsThreads = null, SuiteEvaluation? hateFunctional = null) =>
        File.WriteAllText(Path.Combine(directory, FileName), Render(result, command, newsThreads, hateFunctional));

    /// <param name="newsThreads">The full decision (this model, the shipped policy) on the locked half of the news-thread suite;
    /// null when the run did not measure it.</param>
    public static string Render(TrainingResult result, string command, SuiteTally? newsThreads = null, SuiteEvaluation? hateFunctional = null)
    {
        var o = result.Options;
        var f = o.Features;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["version"] = result.Version,
            ["reviews"] = Reviews(result.Reviews),
            ["command"] = command,
            ["max_word_ngram"] = Int(f.MaxWordNgram),
            ["min_char_ngram"] = Int(f.MinCharNgram),
            ["max_char_ngram"] = Int(f.MaxCharNgram),
            ["folded_words"] = f.FoldedWords ? ", plus word unigrams of the folded view (spelling and digits as written)" : string.Empty,
            ["hash_bits"] = Int(f.HashBits),
            ["writing_signals"] = f.WritingSignals ? WritingSignalsNote(o) : string.Empty,
            ["nb_alpha"] = Num(o.NbAlpha),
            ["l1"] = Num(o.L1),
            ["l2"] = Num(o.L2),
            ["head_l2"] = o.HeadL2.Count == 0 ? string.Empty : "; " + string.Join(", ", o.HeadL2.OrderBy(p => p.Key).Select(p => $"{p.Key} L2 {Num(p.Value)}")),
            ["seed"] = Int(o.Seed),
            ["fractions"] = $"{Percent(1 - o.ValidationFraction - o.TestFraction)} / {Percent(o.ValidationFraction)} / {Percent(o.TestFraction)}",
            ["split_sizes"] = Lines(result.Splits, s => $"  - {s.Key}: {s.Value.Train} train, {s.Value.Validation} validation, {s.Value.Test} test rows."),
            ["refit"] = o.Refit
                ? "- **Refit**: the shipped heads were then refitted on train + validation with the same settings and thresholds. The test\n  split was touched by neither fitting nor tuning; the metrics below are the shipped heads on it."
                : "- No refit: the shipped heads are the ones fitted on the training split.",
            ["elapsed"] = result.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture),
            ["test_metrics"] = Lines(result.Heads, h =>
                $"| {h.Head} | {h.Column} | {Num(h.Threshold)} | {Num(h.Test.Precision)} | {Num(h.Test.Recall)} | {Num(h.Test.F1)} | {Num(h.Test.Auc)} | {h.Test.Support} | {h.Test.Count} |"),
            ["review_test_metrics"] = ReviewTestMetrics(result.Heads),
            ["news_threads"] = NewsThreads(newsThreads),
            ["hate_functional"] = HateFunctional(hateFunctional),
            ["validation_metrics"] = Lines(result.Heads, h =>
                $"| {h.Head} | {Num(h.Validation.Precision)} | {Num(h.Validation.Recall)} | {Num(h.Validation.F1)} | {Num(h.Validation.Auc)} | {h.Validation.Support} |"),
            ["targets"] = Lines(Targets.Where(t => result.Heads.Any(h => h.Head == t.Head)), t =>
            {
                var f1 = result.Heads.First(h => h.Head == t.Head).Test.F1;
                return $"- {t.Head}: F1 {Num(f1)} against a target of {Num(t.F1)}: {(f1 >= t.F1 ? "met" : "**not met**")}.";
            }),
        };
        return Fill(Template.Value, values).ReplaceLineEndings();
    }

    /// <summary>Replaces every {{name}} of the template; a placeholder alone on its line whose value is empty takes the line
    /// with it. A placeholder without a value, or a value without a placeholder, means template and code are out of step.</summary>
    internal static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        string Value(Match m)
        {
            var name = m.Groups["name"].Value;
            used.Add(name);
            return values.TryGetValue(name, out var value)
                ? value
                : throw new InvalidOperationException($"The model card template has {{{{{name}}}}}, which nothing fills.");
        }

        var filled = WholeLinePlaceholder().Replace(template, m => Value(m) is { Length: > 0 } value ? value + "\n" : string.Empty);
        filled = Placeholder().Replace(filled, Value);
        var unused = values.Keys.Where(k => !used.Contains(k)).ToList();
        return unused.Count == 0
            ? filled
            : throw new InvalidOperationException($"The model card template has no place for {string.Join(", ", unused)}.");
    }

    private static string WritingSignalsNote(TrainingOptions o) =>
        $"- Writing signals (`WritingSignals`, {WritingSignals.Count} dense values in [0, 1] in the top slots of the same vector): how the comment was\n" +
        "  written, which the canonical view throws away: share and count of styled look-alike letters (mathematical,\n" +
        "  fullwidth, small caps, Cyrillic), letter+digit tokens (naga88), emoji, links, letters spaced one by one, digit and\n" +
        $"  upper-case shares. Read by: {string.Join(", ", o.SignalHeads.Order())} (unscaled by NB); the other heads give them no weight.";

    /// <summary>The moderators' verdicts: how many, how they label the heads, how they were split.</summary>
    private static string Reviews(ReviewUsage? reviews)
    {
        if (reviews is null)
        {
            return "- **Moderator verdicts**: none (`train --reviews FILE` adds the `export-labels` file).";
        }

        var lines = new List<string>
        {
            $"- **Moderator verdicts** (`export-labels` file, the site's own data, not under the corpora's licences): {reviews.Rows} rows,",
            $"  {reviews.Labelling} of them label at least one head; split like the corpora (same seed and fractions, grouped by",
            $"  duplicate text): {reviews.Split.Train} train, {reviews.Split.Validation} validation, {reviews.Split.Test} test rows. They join the corpus rows of",
            "  each head they label in every part (thresholds are chosen on corpus + review validation rows); the review test part",
            "  is held out and reported on its own below. How a verdict labels the heads: an approval is a negative for every",
            "  head, except that an approval of a comment that only reports or quotes abuse (`rule:reported-abuse`: \"dikatai",
            "  goblok oleh suporter\") leaves Abusive unlabelled, since the word is there and the head scores the words, not who",
            "  says them; a rejection is a positive only for its category's heads and leaves the others unlabelled: hate → HS;",
            "  insult → HS and HS_Individual; profanity → Abusive; gambling → Gambling; other categories (threat, extortion,",
            "  personal data, sexual, scam, spam, defamation, false news) label no head, the policy's rules cover them.",
        };
        lines.AddRange(reviews.Heads.Where(h => h.Value.Positives + h.Value.Negatives + h.Value.Test > 0)
            .Select(h => $"  - {h.Key}: {h.Value.Positives} positive and {h.Value.Negatives} negative verdicts in train + validation, {h.Value.Test} held out for test."));
        return string.Join('\n', lines);
    }

    /// <summary>The locked half of the news-thread suite: offensive comments held and clean ones flagged, against the targets.</summary>
    private static string NewsThreads(SuiteTally? tally)
    {
        if (tally is null)
        {
            return $"Not measured in this run (`train ... --news-suite tests/Suites/news-threads/cases.jsonl` measures it; by hand:\n`{NewsThreadsCommand}`).";
        }

        var flagged = 1 - tally.ApprovedRate;
        return $"Measured with `{NewsThreadsCommand}`:\n\n" +
            "| cases | offensive | held | clean | flagged |\n|---|---|---|---|---|\n" +
            $"| {tally.Cases} | {tally.ExpectHeld} | {Percent1(tally.HeldRate)} | {tally.ExpectApproved} | {Percent1(flagged)} |\n\n" +
            $"- Offensive held {Percent1(tally.HeldRate)} against a target of 75 %: {(tally.HeldRate >= 0.75 ? "met" : "**not met**")}.\n" +
            $"- Clean flagged {Percent1(flagged)} against a ceiling of 5 %: {(flagged <= 0.05 ? "met" : "**not met**")}.";
    }

    /// <summary>The locked half of the functional hate suite by functionality: hateful cases held, non-hateful ones approved.</summary>
    private static string HateFunctional(SuiteEvaluation? evaluation)
    {
        if (evaluation is null)
        {
            return $"Not measured in this run (`train ... --hate-suite tests/Suites/hate-functional/cases.jsonl` measures it; by hand:\n`{HateFunctionalCommand}`).";
        }

        var total = evaluation.Total;
        var rows = evaluation.By("functionality").Select(f =>
            $"| {f.Key} | {f.Value.ExpectHeld} | {Percent1(f.Value.HeldRate)} | {f.Value.ExpectApproved} | {Percent1(f.Value.ApprovedRate)} |");
        return $"Measured with `{HateFunctionalCommand}`:\n\n" +
            "| functionality | hateful | held | non-hateful | approved |\n|---|---|---|---|---|\n" +
            $"| **all** | {total.ExpectHeld} | {Percent1(total.HeldRate)} | {total.ExpectApproved} | {Percent1(total.ApprovedRate)} |\n" +
            string.Join('\n', rows) + "\n\n" +
            $"- Hateful held {Percent1(total.HeldRate)} against a target of 90 %: {(total.HeldRate >= 0.9 ? "met" : "**not met**")}.\n" +
            $"- Non-hateful approved {Percent1(total.ApprovedRate)} against a target of 90 %: {(total.ApprovedRate >= 0.9 ? "met" : "**not met**")}.";
    }

    private static string Percent1(double share) => double.IsNaN(share) ? "n/a" : share.ToString("0.0 %", CultureInfo.InvariantCulture);

    /// <summary>The table of the review test part, with its blank line before; empty when no verdicts were held out.</summary>
    private static string ReviewTestMetrics(IReadOnlyList<HeadReport> heads)
    {
        var tested = heads.Where(h => h.ReviewTest is not null).ToList();
        if (tested.Count == 0)
        {
            return string.Empty;
        }

        return "\nTest part of the moderators' verdicts (held out like the corpus test split; a verdict labels only the heads its\n" +
            "category speaks to, so support and rows differ per head):\n\n" +
            "| head | precision | recall | F1 | ROC-AUC | support | rows |\n" +
            "|---|---|---|---|---|---|---|\n" +
            Lines(tested, h => $"| {h.Head} | {Num(h.ReviewTest!.Precision)} | {Num(h.ReviewTest.Recall)} | {Num(h.ReviewTest.F1)} | {Num(h.ReviewTest.Auc)} | {h.ReviewTest.Support} | {h.ReviewTest.Count} |");
    }

    private static string Lines<T>(IEnumerable<T> items, Func<T, string> line) => string.Join('\n', items.Select(line));

    private static string Num(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\{\{(?<name>\w+)\}\}\n", RegexOptions.Multiline)]
    private static partial Regex WholeLinePlaceholder();

    [GeneratedRegex(@"\{\{(?<name>\w+)\}\}")]
    private static partial Regex Placeholder();
}

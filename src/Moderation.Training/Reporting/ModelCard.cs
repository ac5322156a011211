using System.Globalization;
using System.Text;
using Moderation.Features;
using Moderation.Training.Heads;

namespace Moderation.Training.Reporting;

/// <summary>Writes MODEL_CARD.md for a trained model: data and licences, how it was trained, thresholds and held-out metrics.</summary>
public static class ModelCard
{
    public const string FileName = "MODEL_CARD.md";

    /// <summary>What the writing signals did on validation (models fitted on train, `--no-refit`).</summary>
    private const string SignalsNote =
        "Writing signals (validation F1, fitted on train): Gambling 0.944 -> 0.954; read by HS and Abusive they gave\n" +
        "HS 0.842 -> 0.841 and Abusive 0.917 -> 0.913, so only the gambling head reads them. With the signals, gambling L2\n" +
        "0.01 / 0.03 / 0.1 / 0.3 / 1 gave 0.948 / 0.954 / 0.960 / 0.962 / 0.957 (0.3 kept); HS L2 0.01 / 0.1 and L1 0.003 gave\n" +
        "0.843 / 0.840 / 0.844 against 0.842 (kept as is).";

    private static string PerHeadL2(TrainingOptions o) =>
        o.HeadL2.Count == 0 ? string.Empty : "; " + string.Join(", ", o.HeadL2.OrderBy(p => p.Key).Select(p => $"{p.Key} L2 {Num(p.Value)}"));

    private static readonly (string Head, double F1)[] Targets = [("HS", 0.86), ("Abusive", 0.90), ("Gambling", 0.97)];

    public static void Write(string directory, TrainingResult result, string command) =>
        File.WriteAllText(Path.Combine(directory, FileName), Render(result, command));

    public static string Render(TrainingResult result, string command)
    {
        var o = result.Options;
        var f = o.Features;
        var card = new StringBuilder();
        card.AppendLine($"# Model card: moderation heads {result.Version}");
        card.AppendLine();
        card.AppendLine("Linear heads (ML.NET L-BFGS logistic regression, Platt-calibrated) over one shared hashed feature vector per comment.");
        card.AppendLine("They score hate speech, abusive language, hate-speech target and category, and online-gambling promotion in");
        card.AppendLine("Indonesian comments. The heads are signals for the UU ITE policy (`policy.json`), not decisions on their own.");
        card.AppendLine();
        card.AppendLine("## Data and licences");
        card.AppendLine();
        card.AppendLine("- **Hate speech and abusive language**: Ibrohim & Budi, \"Multi-label Hate Speech and Abusive Language Detection in");
        card.AppendLine("  Indonesian Twitter\", ALW3 2019 (`re_dataset_train.csv`). Licence **CC BY-NC-SA 4.0**. Heads `HS`, `Abusive`,");
        card.AppendLine("  `HS_Individual`, `HS_Group`, `HS_Religion`, `HS_Race`, `HS_Physical`, `HS_Gender` are trained on it, so **this model");
        card.AppendLine("  inherits CC BY-NC-SA 4.0: attribution, non-commercial use only, share-alike.** An operator who needs a commercial");
        card.AppendLine("  model retrains it on their own moderator-labelled data with `moderation train` (same CLI, same recipe) and does");
        card.AppendLine("  not ship these files.");
        card.AppendLine("- **Online-gambling promotion (judol)**: YouTube comments from the public repository diashitenas/llm_judol");
        card.AppendLine("  (`judol_train.csv`), licence **MIT**. Head `Gambling` (the file's column `label`).");
        AppendReviews(card, result.Reviews);
        card.AppendLine("- Repairs at load time (training only, not in the production normaliser): the hate corpus is decoded leniently");
        card.AppendLine("  (Latin-1 bytes re-read as UTF-8, broken sequences dropped), literal `\\n` and `\\xNN` emoji escapes are turned back");
        card.AppendLine("  into text, leading `RT` and the stray trailing `'` are removed; in the judol corpus mathematical letters that lost");
        card.AppendLine("  their plane bit (U+D4xx for U+1D4xx) and emoji at U+F3xx-F9xx are mapped back.");
        card.AppendLine();
        card.AppendLine("## How it was trained");
        card.AppendLine();
        card.AppendLine("```");
        card.AppendLine(command);
        card.AppendLine("```");
        card.AppendLine();
        card.AppendLine("- Text: `TextNormaliser` (the production normaliser; one code path for training and prediction).");
        card.AppendLine($"- Features (`CommentFeaturizer`, computed once per comment and shared by all heads): hashed word 1-{f.MaxWordNgram}-grams and");
        card.AppendLine($"  char {f.MinCharNgram}-{f.MaxCharNgram}-grams inside word boundaries of the canonical view{(f.FoldedWords ? ", plus word unigrams of the folded view (spelling and digits as written)" : string.Empty)},");
        card.AppendLine($"  2^{f.HashBits} slots, sublinear TF, word and char blocks each L2-normalised.");
        if (f.WritingSignals)
        {
            card.AppendLine($"- Writing signals (`WritingSignals`, {WritingSignals.Count} dense values in [0, 1] in the top slots of the same vector): how the comment was");
            card.AppendLine("  written, which the canonical view throws away: share and count of styled look-alike letters (mathematical,");
            card.AppendLine("  fullwidth, small caps, Cyrillic), letter+digit tokens (naga88), emoji, links, letters spaced one by one, digit and");
            card.AppendLine($"  upper-case shares. Read by: {string.Join(", ", o.SignalHeads.Order())} (unscaled by NB); the other heads give them no weight.");
        }

        card.AppendLine($"- Each head: naive-Bayes log-count-ratio scaling of the features (alpha {Num(o.NbAlpha)}; `NbAlpha` 0 = off), then");
        card.AppendLine($"  `LbfgsLogisticRegression` (L1 {Num(o.L1)}, L2 {Num(o.L2)}{PerHeadL2(o)}). The scale is stored per head (`HEAD.scale.bin`) and");
        card.AppendLine("  folded into the ML.NET weights at load time, so prediction is one sparse dot product per head.");
        card.AppendLine($"- Splits (seed {o.Seed}): train / validation / test = {1 - o.ValidationFraction - o.TestFraction:P0} / {o.ValidationFraction:P0} / {o.TestFraction:P0},");
        card.AppendLine("  stratified by label; the hate corpus grouped by duplicate text (copies of a tweet stay in one part), the judol");
        card.AppendLine("  corpus grouped by `video_id`.");
        foreach (var (corpus, sizes) in result.Splits)
        {
            card.AppendLine($"  - {corpus}: {sizes.Train} train, {sizes.Validation} validation, {sizes.Test} test rows.");
        }

        card.AppendLine("- Operating thresholds: per head, the best-F1 threshold on the validation split (model fitted on train only).");
        card.AppendLine(o.Refit
            ? "- **Refit**: the shipped heads were then refitted on train + validation with the same settings and thresholds. The test\n  split was touched by neither fitting nor tuning; the metrics below are the shipped heads on it."
            : "- No refit: the shipped heads are the ones fitted on the training split.");
        card.AppendLine($"- Training time: {result.Elapsed.TotalSeconds:F0} s.");
        card.AppendLine();
        card.AppendLine("## Metrics on the held-out test split (at the operating threshold)");
        card.AppendLine();
        card.AppendLine("| head | file column | threshold | precision | recall | F1 | ROC-AUC | support | rows |");
        card.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var h in result.Heads)
        {
            card.AppendLine($"| {h.Head} | {h.Column} | {Num(h.Threshold)} | {Num(h.Test.Precision)} | {Num(h.Test.Recall)} | {Num(h.Test.F1)} | {Num(h.Test.Auc)} | {h.Test.Support} | {h.Test.Count} |");
        }

        if (result.Heads.Any(h => h.ReviewTest is not null))
        {
            card.AppendLine();
            card.AppendLine("Test part of the moderators' verdicts (held out like the corpus test split; a verdict labels only the heads its");
            card.AppendLine("category speaks to, so support and rows differ per head):");
            card.AppendLine();
            card.AppendLine("| head | precision | recall | F1 | ROC-AUC | support | rows |");
            card.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var h in result.Heads.Where(h => h.ReviewTest is not null))
            {
                var m = h.ReviewTest!;
                card.AppendLine($"| {h.Head} | {Num(m.Precision)} | {Num(m.Recall)} | {Num(m.F1)} | {Num(m.Auc)} | {m.Support} | {m.Count} |");
            }
        }

        card.AppendLine();
        card.AppendLine("Validation split (where the thresholds were chosen, so optimistic):");
        card.AppendLine();
        card.AppendLine("| head | precision | recall | F1 | ROC-AUC | support |");
        card.AppendLine("|---|---|---|---|---|---|");
        foreach (var h in result.Heads)
        {
            card.AppendLine($"| {h.Head} | {Num(h.Validation.Precision)} | {Num(h.Validation.Recall)} | {Num(h.Validation.F1)} | {Num(h.Validation.Auc)} | {h.Validation.Support} |");
        }

        card.AppendLine();
        card.AppendLine("## Against the quality targets (issue 2, test split, model heads alone)");
        card.AppendLine();
        foreach (var (head, target) in Targets)
        {
            var report = result.Heads.FirstOrDefault(h => h.Head == head);
            if (report is not null)
            {
                var verdict = report.Test.F1 >= target ? "met" : "**not met**";
                card.AppendLine($"- {head}: F1 {Num(report.Test.F1)} against a target of {Num(target)}: {verdict}.");
            }
        }

        card.AppendLine();
        card.AppendLine("Settings were chosen on the validation split (HS, Abusive and Gambling F1 and ROC-AUC of models fitted on train):");
        card.AppendLine("NB scaling against none (Abusive F1 +0.05), L2 from 10 down to 0.01 (0.03 kept), L1 0 to 0.03 (0.01 keeps");
        card.AppendLine("quality and makes the weights sparse, so the model is a few MB), char n-gram ranges 1-5 / 2-5 / 2-6 / 3-5 and across");
        card.AppendLine("word boundaries, word n-grams up to 1 / 2 / 3, 2^18 against 2^20 slots, word/char block weights, SDCA against");
        card.AppendLine("L-BFGS, folded-view unigrams (kept: HS +0.01), and combining head scores for HS (no gain).");
        card.AppendLine(SignalsNote);
        card.AppendLine();
        card.AppendLine(Experiments.NotKept);
        card.AppendLine();
        card.AppendLine("The judol file has visible label noise, both ways: clear promotion labelled 0 and food or game comments labelled 1");
        card.AppendLine("within one campaign video. With the default seed the test split holds a whole video labelled 0 throughout although");
        card.AppendLine("a promotion campaign runs under it (`cjpZ8SL8Y_8`, 125 rows; its `AMBIL4D` texts are labelled 1 in video");
        card.AppendLine("`anr1lLQBZu4`): 61 of the gambling head's false positives on the test split are from that video (`evaluate --data");
        card.AppendLine("judol_train.csv --split Test --errors FILE` writes each error with its video). On the other 2563 test rows the");
        card.AppendLine("head of model 2026-11-25.2 scores precision 0.965, recall 0.991, F1 0.978, ROC-AUC 0.998. A split by video also means");
        card.AppendLine("brand names in the test videos were never seen in training; a row split of the same file (70/15/15, seeded, head");
        card.AppendLine("fitted on train, threshold from validation) scores F1 0.979 on its test part and would overstate quality.");
        card.AppendLine();
        card.AppendLine("On CI and in a fresh clone the corpora are at `../shared/data` beside the repository; the command above used the");
        card.AppendLine("same files by absolute path.");
        card.AppendLine();
        card.AppendLine("## Limits");
        card.AppendLine();
        card.AppendLine("- Tweets from 2018-2019 and YouTube comments: news-site comments differ in topic and register.");
        card.AppendLine("- The category heads (religion, race, physical, gender) have few positives; treat them as hints for the reason text.");
        card.AppendLine("- A word-level model cannot tell a real animal from an insult or a comment against gambling from promotion;");
        card.AppendLine("  the policy's rules and a human reviewer handle those cases.");
        return card.ToString();
    }

    /// <summary>The moderators' verdicts: how many, how they label the heads, how they were split.</summary>
    private static void AppendReviews(StringBuilder card, ReviewUsage? reviews)
    {
        if (reviews is null)
        {
            card.AppendLine("- **Moderator verdicts**: none (`train --reviews FILE` adds the `export-labels` file).");
            return;
        }

        card.AppendLine($"- **Moderator verdicts** (`export-labels` file, the site's own data, not under the corpora's licences): {reviews.Rows} rows,");
        card.AppendLine($"  {reviews.Labelling} of them label at least one head; split like the corpora (same seed and fractions, grouped by");
        card.AppendLine($"  duplicate text): {reviews.Split.Train} train, {reviews.Split.Validation} validation, {reviews.Split.Test} test rows. They join the corpus rows of");
        card.AppendLine("  each head they label in every part (thresholds are chosen on corpus + review validation rows); the review test part");
        card.AppendLine("  is held out and reported on its own below. How a verdict labels the heads: an approval is a negative for every");
        card.AppendLine("  head; a rejection is a positive only for its category's heads and leaves the others unlabelled: hate → HS;");
        card.AppendLine("  insult → HS and HS_Individual; profanity → Abusive; gambling → Gambling; other categories (threat, extortion,");
        card.AppendLine("  personal data, sexual, scam, spam, defamation, false news) label no head, the policy's rules cover them.");
        foreach (var (head, use) in reviews.Heads.Where(h => h.Value.Positives + h.Value.Negatives + h.Value.Test > 0))
        {
            card.AppendLine($"  - {head}: {use.Positives} positive and {use.Negatives} negative verdicts in train + validation, {use.Test} held out for test.");
        }
    }

    private static string Num(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.###", CultureInfo.InvariantCulture);
}

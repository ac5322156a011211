namespace Moderation.Training.Reporting;

/// <summary>Attempts on the recipe that were measured and not kept, written into every model card so the next attempt
/// starts from the numbers instead of repeating them (validation split, models fitted on train, unless said).</summary>
internal static class Experiments
{
    public const string NotKept =
        "Measured later and not kept:\n" +
        "- Out-of-fold stacking of HS: five folds grouped by duplicate text, 11 base heads (HS, HS without NB scaling, Abusive,\n" +
        "  the target, category and level heads), a logistic regression over their out-of-fold margins: HS validation F1 0.845\n" +
        "  (ROC-AUC 0.942), smaller stacks 0.842-0.846, against 0.843 for the single head: within the noise of 669 validation\n" +
        "  positives, at about 60 times the training cost.\n" +
        "- Target cues (10 features: an abusive word aimed at the person addressed, a group, an official, or no one): validation\n" +
        "  HS 0.843 -> 0.846 (0.847 with HS at L1 0), Abusive 0.917 -> 0.924. A trial model with them scored HS 0.835, Abusive\n" +
        "  0.906, Gambling 0.951 on the test split against 0.840 / 0.904 / 0.950 for this recipe: no clear gain for ten more\n" +
        "  features on every comment, so not shipped. Char 2-5-grams of the folded view and a longer insult list: no gain.\n" +
        "- Gambling: deduplicating the training rows (10222 of 11323 kept) gave validation F1 0.960 against 0.962. Of the 89\n" +
        "  validation errors, 38 false positives score above 0.6 and are plain promotion labelled 0 (one video's `alexis17`\n" +
        "  campaign, `KUSUMATOTO`, `DOISLOT`, a styled `GARUDAHOKI`) and 18 of 27 false negatives score below 0.1 and are\n" +
        "  ordinary comments labelled 1 (food, games, news): a higher gambling F1 on this split would mean fitting that noise.\n" +
        "\n" +
        "Duplicate and leakage audit of the splits. Hate corpus: 201 groups of exact copies (474 rows; key = lower-cased letters\n" +
        "and digits without USER/URL) stay in one part each; 8 of them carry conflicting labels. Near copies beyond the key\n" +
        "(word-trigram Jaccard >= 0.5) form 492 pairs across groups (91 test-train); 3 of them disagree on HS. They were left\n" +
        "where the split put them. Judol corpus: campaign texts repeat across videos, so 193 of the 2688 test rows have an exact\n" +
        "copy in a training video (14 texts are labelled both ways in the file): the test gambling F1 is somewhat optimistic.";
}

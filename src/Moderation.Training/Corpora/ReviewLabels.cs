using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Rules;
using Moderation.Rules.Profanity;

namespace Moderation.Training.Corpora;

/// <summary>How a moderator's verdict (outcome and category of the `export-labels` file) labels the model heads.</summary>
/// <remarks>
/// An approval says the comment is acceptable on this site, so it is a negative for every head. A rejection is a positive
/// only for the heads its category stands for, and says nothing about the others (a gambling advert may or may not be
/// abusive): hate → HS; insult → HS and HS_Individual (in the hate-speech corpus an attack on a person is hate speech
/// aimed at an individual); profanity → Abusive; gambling → Gambling. Rejections in categories no head scores (threat,
/// extortion, personal data, sexual, scam, spam, defamation, false news) are the rules' business and label no head.
/// One approval says less: a comment that only reports or quotes abuse ("dikatai goblok oleh suporter", the profanity
/// rule's <see cref="RuleSignals.ReportedAbuse"/>) is let through by that rule's counter-signal, but the abusive word is in
/// it, and the Abusive head scores the words as the corpus labels them; such an approval leaves Abusive unlabelled.
/// </remarks>
public static class ReviewLabels
{
    public const string Header = "commentId,text,category,outcome,moderatorId,reviewedAt";

    public const string Approved = "approved";

    public const string Rejected = "rejected";

    /// <summary>The label columns of a review corpus: the heads a verdict can speak to, named as the heads.</summary>
    public static readonly string[] Heads =
        ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", CorpusReader.GamblingHead];

    private static readonly Dictionary<Category, string[]> PositiveHeads = new()
    {
        [Category.Hate] = ["HS"],
        [Category.Insult] = ["HS", "HS_Individual"],
        [Category.Profanity] = ["Abusive"],
        [Category.Gambling] = [CorpusReader.GamblingHead],
    };

    /// <summary>The heads a rejection in this category is a positive for (empty: none).</summary>
    public static IReadOnlyList<string> PositivesFor(Category category) => PositiveHeads.GetValueOrDefault(category, []);

    private static readonly TextNormaliser Normaliser = new();

    private static readonly ProfanityRule Profanity = new();

    /// <summary>Labels and known-mask over <see cref="Heads"/> for one verdict on <paramref name="text"/>; null when the
    /// outcome or category is not one the service writes.</summary>
    public static (bool[] Labels, bool[] Known)? For(string outcome, string category, string text)
    {
        if (For(outcome, category) is not { } labelled)
        {
            return null;
        }

        if (outcome == Approved && ReportsAbuse(text))
        {
            labelled.Known[Array.IndexOf(Heads, "Abusive")] = false;
        }

        return labelled;
    }

    private static bool ReportsAbuse(string text)
    {
        var hits = new List<RuleHit>();
        Profanity.Match(Normaliser.Normalise(text), hits);
        return hits.Exists(h => h.Signal == RuleSignals.ReportedAbuse);
    }

    /// <summary>Labels and known-mask over <see cref="Heads"/> for one verdict, whatever its text; null when the outcome or
    /// category is not one the service writes.</summary>
    public static (bool[] Labels, bool[] Known)? For(string outcome, string category)
    {
        var labels = new bool[Heads.Length];
        var known = new bool[Heads.Length];
        Category? parsed = null;
        if (category.Length > 0 && !CategoryNames.TryParse(category, out parsed))
        {
            return null;
        }

        switch (outcome)
        {
            case Approved:
                Array.Fill(known, true);
                return (labels, known);
            case Rejected when parsed is { } rejectedFor:
                foreach (var head in PositivesFor(rejectedFor))
                {
                    var index = Array.IndexOf(Heads, head);
                    labels[index] = true;
                    known[index] = true;
                }

                return (labels, known);
            default:
                return null;
        }
    }
}

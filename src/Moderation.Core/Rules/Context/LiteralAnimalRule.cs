using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.Context;

/// <summary>An animal word used for the animal ("anjing tetangga saya hilang", "babi hutan masuk kebun", "anjing kamu lucu,
/// boleh saya adopsi?"), not hurled at someone: a counter-signal that dampens the profanity and insult heads. Any direct
/// address ("dasar anjing", "lu babi", "anjing lu!") cancels it.</summary>
public sealed class LiteralAnimalRule : IRule
{
    private const string Gap = RulePattern.Gap;
    private const string Animal = "anjing|babi|monyet|asu|kunyuk|kambing|kadal|kerbau|beruk|celeng|anjeng|anying";

    // In Indonesian a pronoun after a noun is its owner ("anjing kamu" = your dog) as often as the one addressed ("anjing kamu!").
    private const string Pronoun = "lu|lo|loe|elu|kau|kamu|kalian|ente|sia|kowe|koe|luh";

    private static readonly Regex AnimalWord = RulePattern.Create($@"\b(?:{Animal})\b");

    private static readonly Regex Literal = RulePattern.Words(
        "tetangga", "peliharaan", "pelihara", "memelihara", "dipelihara", "piara", "hilang", "hutan", "liar", "ternak", "peternak", "peternakan",
        "daging", "gigit", "digigit", "menggigit", "rabies", "kandang", "ekor", "lucu", "hewan", "binatang", "kebun binatang", "vaksin",
        "dokter hewan", "sate", "diburu", "hama", "sawah", "kebun", "ladang", "induk", "anak anjing", "gonggong", "menggonggong",
        "jinak", "galak", "adopsi", "kucing", "sapi", "ayam", "flu babi", "demam babi", "asf", "pelacak", "k9", "satwa", "bksda",
        "kawanan", "ditemukan", "mati", "tertabrak", "ditabrak", "kurban", "trenggiling", "harimau", "gajah", "pasar");

    // Owning and looking after an animal: with these, "anjing kamu ..." is someone's pet. Words that also serve an insult or a
    // curse ("sakit jiwa", "mati aja", "hilang aja sana", bare "makan") are left out.
    private static readonly Regex PetCare = RulePattern.Create(
        @"\b(?:adopsi|diadopsi|mengadopsi|vaksin|divaksin|vaksinasi|rabies|kandang|pelihara|peliharaan|dipelihara|memelihara|piara|" +
        $@"lucu|imut|jinak|dokter{Gap}hewan|klinik{Gap}hewan|vet|steril|disteril|kasih{Gap}makan|dikasih{Gap}makan|diberi{Gap}makan|" +
        @"makanan|pakan|dimandikan|dimandiin|grooming|kutu|obat{Gap}cacing|anak{Gap}anjing)(?:nya)?\b");

    // Forms that only ever call someone the animal.
    private static readonly Regex Hurled = RulePattern.Create(
        $@"\b(?:dasar|kamu|lu|lo|loe|elu|kau|dia|mereka|kalian|emang|kayak|kaya|seperti|muka|otak|mulut|kelakuan|dasar{Gap}lu|ente|sia|kowe|koe|cok|jancuk){Gap}(?:{Animal})\b" +
        $@"|\b(?:{Animal}){Gap}(?:banget|bgt|sekali|semua|lah)\b|(?:{Animal})[!]+");

    private static readonly Regex AnimalThenPronoun = RulePattern.Create(
        $@"\b(?:{Animal}){Gap}(?<pronoun>{Pronoun})\b(?:{Gap}(?<next>[\p{{L}}\p{{N}}]+))?");

    private static readonly HashSet<string> Abusive = new(AbusiveWords.All, StringComparer.Ordinal);

    private static readonly TriggerWords Animals = RulePattern.Triggers(Animal.Split('|'));

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (IsLiteral(text))
        {
            RulePattern.AddMatches(AnimalWord, text.Canonical.Text, TextView.Canonical, RuleSignals.LiteralAnimal, 0.8, hits);
        }
    }

    // The last comment judged on this thread and the answer: the profanity rule asks about the same comment after this rule.
    [ThreadStatic]
    private static NormalisedText? _judged;

    [ThreadStatic]
    private static bool _literal;

    /// <summary>Whether the comment names an animal and speaks of the animal, not of someone called one.</summary>
    public static bool IsLiteral(NormalisedText text)
    {
        if (!ReferenceEquals(_judged, text))
        {
            _judged = null;
            _literal = Judge(text);
            _judged = text;
        }

        return _literal;
    }

    private static bool Judge(NormalisedText text)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, Animals) || !RulePattern.IsMatch(AnimalWord, canonical))
        {
            return false;
        }

        var petCare = RulePattern.IsMatch(PetCare, canonical);
        return (petCare || RulePattern.IsMatch(Literal, canonical))
            && !RulePattern.IsMatch(Hurled, canonical) && !RulePattern.IsMatch(Hurled, text.Folded.Text)
            && !IsAddressed(text.Canonical, text.Original, petCare) && !IsAddressed(text.Folded, text.Original, petCare);
    }

    /// <summary>Whether an animal followed by a pronoun calls someone the animal: always, unless the comment speaks of looking after
    /// a pet; even then when the pronoun ends its clause ("anjing lu, kerja gak becus") or an insult follows it ("anjing lu goblok").</summary>
    private static bool IsAddressed(NormalisedView view, string original, bool petCare)
    {
        try
        {
            foreach (Match match in AnimalThenPronoun.Matches(view.Text))
            {
                var pronoun = match.Groups["pronoun"];
                var next = match.Groups["next"];
                if (!petCare || !next.Success || Abusive.Contains(next.Value) || EndsClause(view, original, pronoun))
                {
                    return true;
                }
            }

            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    // The canonical view drops punctuation, so the original text tells whether a comma or a full stop follows the pronoun.
    private static bool EndsClause(NormalisedView view, string original, Group pronoun)
    {
        var (start, length) = view.ToOriginal(pronoun.Index, pronoun.Length);
        var rest = original.AsSpan(start + length).TrimStart();
        return rest.IsEmpty || char.IsPunctuation(rest[0]);
    }
}

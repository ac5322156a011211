using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.Context;

/// <summary>An animal word used for the animal ("anjing tetangga saya hilang", "babi hutan masuk kebun"), not hurled at someone:
/// a counter-signal that dampens the profanity and insult heads. Any direct address ("dasar anjing", "anjing lu") cancels it.</summary>
public sealed class LiteralAnimalRule : IRule
{
    private const string Gap = RulePattern.Gap;
    private const string Animal = "anjing|babi|monyet|asu|kunyuk|kambing|kadal|kerbau|beruk|celeng|anjeng|anying";

    private static readonly Regex AnimalWord = RulePattern.Create($@"\b(?:{Animal})\b");

    private static readonly Regex Literal = RulePattern.Words(
        "tetangga", "peliharaan", "pelihara", "memelihara", "dipelihara", "piara", "hilang", "hutan", "liar", "ternak", "peternak", "peternakan",
        "daging", "gigit", "digigit", "menggigit", "rabies", "kandang", "ekor", "lucu", "hewan", "binatang", "kebun binatang", "vaksin",
        "dokter hewan", "sate", "diburu", "hama", "sawah", "kebun", "ladang", "induk", "anak anjing", "gonggong", "menggonggong",
        "jinak", "galak", "adopsi", "kucing", "sapi", "ayam", "flu babi", "demam babi", "asf", "pelacak", "k9", "satwa", "bksda",
        "kawanan", "ditemukan", "mati", "tertabrak", "ditabrak", "kurban", "trenggiling", "harimau", "gajah", "pasar");

    private static readonly Regex Addressed = RulePattern.Create(
        $@"\b(?:dasar|kamu|lu|lo|loe|elu|kau|dia|mereka|kalian|emang|kayak|kaya|seperti|muka|otak|mulut|kelakuan|dasar{Gap}lu|ente|sia|kowe|koe|cok|jancuk){Gap}(?:{Animal})\b" +
        $@"|\b(?:{Animal}){Gap}(?:lu|lo|loe|elu|kau|kamu|banget|bgt|sekali|semua|kalian|ente|sia|kowe|koe|luh|lah)\b|(?:{Animal})[!]+");

    private static readonly TriggerWords Animals = RulePattern.Triggers(Animal.Split('|'));

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, Animals) || !RulePattern.IsMatch(AnimalWord, canonical) || !RulePattern.IsMatch(Literal, canonical)
            || RulePattern.IsMatch(Addressed, canonical) || RulePattern.IsMatch(Addressed, text.Folded.Text))
        {
            return;
        }

        RulePattern.AddMatches(AnimalWord, canonical, TextView.Canonical, RuleSignals.LiteralAnimal, 0.8, hits);
    }
}

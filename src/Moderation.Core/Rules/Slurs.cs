namespace Moderation.Rules;

/// <summary>Abusive words and political slurs: where one stands in a comment, criticism of an office or of a named public
/// figure is no longer plain criticism, so the context rules that dampen the model stand back.</summary>
internal static class Slurs
{
    public static readonly ScreenedPattern Pattern = RulePattern.ScreenedWords(
        "anjing", "anjir", "babi", "bangsat", "tolol", "goblok", "goblog", "bego", "idiot", "kontol", "memek", "bajingan", "keparat",
        "asu", "jancuk", "jancok", "cok", "kampret", "brengsek", "monyet", "setan", "iblis", "laknat", "tai", "taik", "tahi", "bodoh",
        "dungu", "pelacur", "lonte", "pki", "kafir", "cina", "china", "aseng", "kadrun", "cebong", "kampungan", "sinting", "edan",
        "bedebah", "sialan", "kunyuk", "ngentot", "pantek", "pukimak", "ajg", "anjg", "bgst", "tlol", "kampang", "bangke", "bangkai",
        "sampah", "najis", "haram jadah", "sundal", "jablay", "perek", "kodok", "onta", "antek asing", "planga plongo", "plonga plongo");

    public static bool In(string canonical) => RulePattern.IsMatch(Pattern, canonical);
}

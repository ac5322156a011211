using Moderation.Rules.Targeted;

namespace Moderation.Rules.People;

/// <summary>Accusations of a crime or a disgrace as readers write them of a person ("maling", "terima suap", "selingkuh"), in
/// the canonical view's spelling, each with its kind: <c>crime</c> or <c>disgrace</c>.</summary>
/// <remarks>Written by hand for this project. Words that also name a topic a person may fight or speak of ("narkoba", "judi")
/// are listed only in forms that make the person the doer ("pakai narkoba", "bandar judi"); a noun such as "korupsi" counts
/// only when nothing but a bridge ("itu", "suka", "ketahuan") stands between the person and it, which the rule checks.</remarks>
internal static class Accusations
{
    private const string Entries = """
        crime: maling | pencuri | mencuri | nyolong | nyuri | colong | korupsi | koruptor | korup | mengorupsi | nilep | menilep | tilep | ngembat | embat | penipu | menipu | nipu | tukang tipu | cabul | pencabul | mencabuli | pemerkosa | memperkosa | perkosa | pedofil | pedofilia | pembunuh | membunuh | rampok | perampok | merampok | begal | pembegal | pemeras | memeras | penggelap | menggelapkan | gelapkan | penadah | pengedar | pengedar narkoba | bandar narkoba | bandar sabu | bandar judi | bandar togel | pakai narkoba | pemakai narkoba | pecandu narkoba | nyabu | make sabu | pakai sabu | penjudi | suka judi | terima suap | menerima suap | makan suap | disuap | penyuap | menyuap | tukang suap | terima sogokan | makan uang | makan duit | makan uang rakyat | pakai dana | gelapkan dana | menggelapkan dana | potong dana | sunat dana | pungli | tukang pungli | mafia | kriminal | penjahat | teroris | residivis | penganiaya | menganiaya | memukuli | kdrt | pelaku kdrt | dukun santet | penyelundup | pemalsu | memalsukan | ijazah palsu | malpraktik | malpraktek | bikin bayi meninggal | bikin pasien meninggal | membunuh pasien | calo | pembakar | mencuri uang | gratifikasi
        disgrace: selingkuh | berselingkuh | selingkuhan | tukang selingkuh | pelakor | pebinor | pezina | berzina | zina | pemabuk | mabuk-mabukan | tukang mabuk | doyan mabuk | pembohong | pendusta | tukang bohong | pelacur | lonte | gundik | simpanan | wanita simpanan | istri simpanan | main perempuan | main cewek | hamil duluan | hamil di luar nikah | kumpul kebo | jual diri | penjilat | mucikari | germo
        """;

    private static readonly PhraseTable<string> Table = new(Read());

    /// <summary>Substrings every accusation contains, for skipping comments that have none before they are tokenised.</summary>
    public static readonly TriggerWords Triggers = RulePattern.Triggers(
        Table.FirstWords.Distinct().ToArray());

    /// <summary>How many words of the longest accusation that starts at <paramref name="index"/> (0 when none), and its kind.</summary>
    public static int Match(string canonical, List<CommentToken> tokens, int index, out string? kind) =>
        Table.Match(canonical, tokens, index, out kind);

    public static bool Starts(ReadOnlySpan<char> word) => Table.Contains(word, out _) || FirstWords.Contains(word);

    private static readonly WordSet FirstWords = new(Table.FirstWords.ToArray());

    private static IEnumerable<(string, string)> Read()
    {
        foreach (var line in Entries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            var kind = line[..colon];
            foreach (var phrase in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (phrase, kind);
            }
        }
    }
}

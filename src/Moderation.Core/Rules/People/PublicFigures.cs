using Moderation.Rules.Targeted;

namespace Moderation.Rules.People;

/// <summary>Public figures that readers of an Indonesian news site name, national and international, as they write them (the
/// canonical view's spelling: lower case, slang resolved), each with the name a report groups them under.</summary>
/// <remarks>Written by hand for this project. Each line reads "Name: spelling | spelling". A surname that is also an everyday
/// word ("Puan" is not, "Mega" is) is listed only in its full form.</remarks>
internal static class PublicFigures
{
    private const string Entries = """
        Joko Widodo: jokowi | joko widodo | pak jokowi | presiden jokowi | mulyono
        Prabowo Subianto: prabowo | prabowo subianto | pak prabowo | presiden prabowo | bowo
        Gibran Rakabuming: gibran | gibran rakabuming | mas gibran | wapres gibran
        Anies Baswedan: anies | anies baswedan | pak anies | abah anies
        Ganjar Pranowo: ganjar | ganjar pranowo | pak ganjar
        Megawati Soekarnoputri: megawati | megawati soekarnoputri | bu mega | ibu mega
        Puan Maharani: puan | puan maharani | mbak puan
        Susilo Bambang Yudhoyono: sby | susilo bambang yudhoyono | pak sby
        Agus Harimurti Yudhoyono: ahy | agus harimurti yudhoyono
        Ridwan Kamil: ridwan kamil | kang emil | rk
        Khofifah Indar Parawansa: khofifah | khofifah indar parawansa | bu khofifah
        Mahfud MD: mahfud | mahfud md | prof mahfud
        Muhaimin Iskandar: muhaimin | muhaimin iskandar | cak imin
        Sri Mulyani: sri mulyani | bu sri mulyani | bu ani
        Luhut Binsar Pandjaitan: luhut | luhut binsar pandjaitan | opung luhut
        Erick Thohir: erick thohir | erick | pak erick
        Bahlil Lahadalia: bahlil | bahlil lahadalia
        Airlangga Hartarto: airlangga | airlangga hartarto
        Tito Karnavian: tito karnavian | tito
        Basuki Tjahaja Purnama: ahok | basuki tjahaja purnama | btp
        Tri Rismaharini: risma | tri rismaharini | bu risma
        Dedi Mulyadi: dedi mulyadi | kdm | kang dedi
        Pramono Anung: pramono anung | pramono | mas pram
        Rano Karno: rano karno | bang doel
        Budi Gunadi Sadikin: budi gunadi sadikin | menkes budi
        Nadiem Makarim: nadiem | nadiem makarim | mas menteri nadiem
        Retno Marsudi: retno marsudi | bu retno
        Susi Pudjiastuti: susi pudjiastuti | bu susi
        Listyo Sigit Prabowo: listyo sigit | listyo sigit prabowo | kapolri listyo
        Fadli Zon: fadli zon
        Yusril Ihza Mahendra: yusril | yusril ihza mahendra
        Surya Paloh: surya paloh
        Zulkifli Hasan: zulkifli hasan | zulhas
        Bobby Nasution: bobby nasution | bobby
        Kaesang Pangarep: kaesang | kaesang pangarep
        Hasto Kristiyanto: hasto | hasto kristiyanto
        Agus Yudhoyono: agus yudhoyono
        Soekarno: soekarno | sukarno | bung karno
        Soeharto: soeharto | suharto | pak harto
        BJ Habibie: habibie | bj habibie | pak habibie
        Abdurrahman Wahid: gus dur | abdurrahman wahid
        Ma'ruf Amin: ma'ruf amin | maruf amin | kyai maruf | kiai maruf
        Shin Tae-yong: shin tae-yong | shin tae yong | sty | coach shin
        Patrick Kluivert: kluivert | patrick kluivert
        Raffi Ahmad: raffi ahmad | raffi
        Deddy Corbuzier: deddy corbuzier | om deddy
        Najwa Shihab: najwa shihab | mbak nana | najwa
        Donald Trump: trump | donald trump
        Joe Biden: biden | joe biden
        Barack Obama: obama | barack obama
        Vladimir Putin: putin | vladimir putin
        Volodymyr Zelensky: zelensky | volodymyr zelensky | zelenskyy
        Benjamin Netanyahu: netanyahu | benjamin netanyahu
        Xi Jinping: xi jinping
        Anwar Ibrahim: anwar ibrahim
        Narendra Modi: modi | narendra modi
        Recep Tayyip Erdogan: erdogan | recep tayyip erdogan
        Elon Musk: elon musk | elon
        Cristiano Ronaldo: ronaldo | cristiano ronaldo | cr7
        Lionel Messi: messi | lionel messi
        Paus Fransiskus: paus fransiskus | paus leo
        """;

    private static readonly PhraseTable<string> Table = new(Read());

    /// <summary>Every spelling of every figure, for tests and reports.</summary>
    public static IReadOnlyList<string> Spellings => Table.Phrases;

    /// <summary>How many words of a public figure's name start at <paramref name="index"/> (0 when none), and the figure.</summary>
    public static int Match(string canonical, List<CommentToken> tokens, int index, out string? figure) =>
        Table.Match(canonical, tokens, index, out figure);

    private static IEnumerable<(string, string)> Read()
    {
        foreach (var line in Entries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            var name = line[..colon];
            foreach (var spelling in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (spelling, name);
            }
        }
    }
}

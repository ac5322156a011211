namespace Moderation.Normalisation;

/// <summary>Letters that look Latin but that compatibility folding leaves alone: Cyrillic, Greek, Armenian and
/// Cherokee look-alikes, small capitals, Latin letters with strokes, and negative circled or squared letters.</summary>
internal static class LookAlikes
{
    // Each pair is "look-alike, latin"; only shapes a reader takes for the Latin letter are listed, so
    // genuine Cyrillic or Greek words fold into Latin-looking noise rather than silently into other words.
    private const string Pairs =
        // Cyrillic lower and upper case
        "аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdһhӏlԛqԝwьbпnѵvүyёeїiґrгrяrєeѳo" +
        "АaВbЕeКkМmНhОoРpСcТtУyХxІiЈjЅsԀdҺhӀlԚqԜwЬbЁeЇiЯrЄeѲo" +
        // Greek lower and upper case
        "αaβbγyδdεeζzηnιiκkνvοoρpτtυuχxωwςcσoλa" +
        "ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx" +
        // Armenian and Cherokee
        "օoսuոnհhզqԸeᎪaᏴbᏟcᎠdᎬeᏀgᎻhᏆiᎫjᏦkᏞlᎷmᏢpᏒrᏚsᎢtᏙvᎳwᏃzꮤwꭺaꮪsꮯcꭼeꮃoꮋh" +
        // small capitals and other IPA letters used as small capitals
        "ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpꞯqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢzɑaɡgɩiıiȷj" +
        // letters with strokes or hooks that have no decomposition
        "øoØođdĐdłlŁlħhĦhŧtŦtƀbɨiƚlɇeȼcɍrɏyðdÐd";

    private static readonly Dictionary<int, char> Map = Build();

    public static bool TryGet(int codePoint, out char latin) => Map.TryGetValue(codePoint, out latin);

    private static Dictionary<int, char> Build()
    {
        var map = new Dictionary<int, char>(Pairs.Length / 2 + 3 * 26);
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            map[Pairs[i]] = Pairs[i + 1];
        }

        // Negative circled (U+1F150) and negative squared (U+1F170) capitals, plus squared capitals (U+1F130).
        foreach (var first in (ReadOnlySpan<int>)[0x1F130, 0x1F150, 0x1F170])
        {
            for (var k = 0; k < 26; k++)
            {
                map[first + k] = (char)('a' + k);
            }
        }

        return map;
    }
}

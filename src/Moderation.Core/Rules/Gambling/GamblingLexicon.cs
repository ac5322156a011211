using System.Text.RegularExpressions;

namespace Moderation.Rules.Gambling;

/// <summary>The words of online-gambling (judol) promotion and of the people who speak against it.</summary>
internal static class GamblingLexicon
{
    private const string Gap = RulePattern.Gap;

    /// <summary>Jargon that promoters use and ordinary comments rarely do; each distinct term counts once.</summary>
    /// <remarks>Screened by a word every match contains, for a phrase its rarer word ("sgp" of "data sgp", "member" of "new member"):
    /// "data", "live" and "new" are in many comments that say nothing of gambling.</remarks>
    public static readonly ScreenedPattern Jargon = RulePattern.Screened(RulePattern.CreateWordList(
        $@"\b(?:gacor|maxwin|max{Gap}win|jp|jepe|jackpot|wd|withdraw|depo|deposit|scatter|pola{Gap}(?:gacor|slot|maxwin|jitu)|slot|slots|rtp|togel|toto|4d|sbobet|" +
        $@"casino|kasino|freebet|free{Gap}?spin|bonus{Gap}new{Gap}member|new{Gap}member|rungkad|anti{Gap}rungkad|mahjong{Gap}ways|sweet{Gap}bonanza|gates{Gap}of{Gap}olympus|" +
        $@"pragmatic{Gap}play|pg{Gap}soft|x(?:100|250|500|1000|5000)|parlay|bandar{Gap}(?:togel|slot|bola|judi)|akun{Gap}(?:pro|demo){Gap}slot|situs{Gap}(?:slot|judi|togel|gacor)|slot{Gap}online|judi{Gap}online|judol|" +
        $@"angka{Gap}(?:main|jitu|keluar|ikut|hoki|mati)|(?:prediksi|bocoran|rumus){Gap}(?:togel|toto|jitu|sgp|hk|sdy|hongkong|singapore|sydney|macau|angka|akurat)|" +
        $@"colok{Gap}(?:bebas|macau|naga|jitu|angka|2d)|bbfs|shio|2d|3d|sgp|sdy|pasaran{Gap}(?:sgp|hk|sdy|togel|toto|singapore|hongkong|sydney|macau)|" +
        $@"(?:keluaran|result|data|live{Gap}draw|pengeluaran){Gap}(?:sgp|hk|sdy|macau|togel)|live{Gap}draw|invest{Gap}(?:2d|3d|4d))\b"),
        "gacor", "max", "jp", "jepe", "jackpot", "wd", "withdraw", "depo", "scatter", "jitu", "slot", "rtp", "togel", "toto", "4d",
        "sbobet", "casino", "kasino", "freebet", "spin", "member", "rungkad", "mahjong", "bonanza", "olympus", "pragmatic", "pg",
        "x100", "x250", "x500", "x1000", "x5000", "parlay", "bandar", "judi", "judol", "angka", "prediksi", "bocoran", "rumus", "colok",
        "bbfs", "shio", "2d", "3d", "sgp", "hk", "sdy", "pasaran", "macau", "draw");

    /// <summary>Jargon words that are also ordinary banking, computing or everyday words (a RAM slot, a bank deposit, a 4D film,
    /// a train depot): alone or in pairs they promote nothing, and they count only beside a brand or a clearer gambling word.</summary>
    public static readonly IReadOnlySet<string> OrdinaryJargon = new HashSet<string>(StringComparer.Ordinal)
    {
        "slot", "slots", "depo", "deposit", "withdraw", "4d", "toto", "shio", "2d", "3d",
    };

    // A name of letters and digits (alexis17, bua4ya138), not a year (asiangames2018).
    private const string NumberedName = @"\p{L}{2,12}(?:[0-9]\p{L}{1,4})?(?!(?:19|20)[0-9]{2}\b)[0-9]{2,4}\p{L}{0,6}";

    /// <summary>Brand-with-digits names of gambling sites (NAGA88, MEGABET99, DEWA303, KINGASIA55); read in the folded view, which
    /// keeps digits. The gambling stem ends the letters, right before the digits, as it does in the brands: a stem that only
    /// starts a word ("windows10") or sits inside one is an ordinary name with a number.</summary>
    /// <remarks>Every match has a letter directly followed by two digits, or by "4d".</remarks>
    public static readonly ScreenedPattern Brand = new(RulePattern.Create(
        @"\b\p{L}{0,10}(?:bet|slot|toto|togel|naga|dewa|hoki|gacor|judi|win|raja|king|mega|sultan|cuan|zeus|olymp|jackpot|jp|casino|poker|domino|qq|spin|lucky|bola|sakti|royal|mpo|sbo|asia|vip|jitu|hoky|gaco|pola|maxwin|koin|coin)(?!(?:19|20)[0-9]{2}\b)[0-9]{2,4}\b" +
        @"|\b\p{L}{3,12}(?:88|99|77|777|303|138|168|188|4d)\b"), HasLetterThenNumber);

    /// <summary>Any other letters-and-digits name (ALEXIS17, GALAXY998, BUA4YA138) or a glued name ending in a gambling word in
    /// the canonical view (KUSUMAT0T0 -> kusumatoto, P U L A U W I N -> pulauwin). Too common to make promotion near-certain on
    /// its own (covid19, a player called Erwin), but enough to let a near-certain gambling head reject.</summary>
    /// <remarks>Every match has a letter directly followed by two digits, or by "4d", or three letters glued before a gambling word.</remarks>
    public static readonly ScreenedPattern WeakBrand = new(RulePattern.Create(
        $@"\b{NumberedName}\b|\b\p{{L}}{{3,12}}(?:toto|togel|4d|bet|bets|slot|win|gacor)\b"),
        text => HasLetterThenNumber(text) || HasGluedGamblingWord(text));

    /// <summary>What promotion sounds like around the jargon.</summary>
    public static readonly ScreenedPattern Promotion = RulePattern.Screened(
        $@"\b(?:daftar|link|url|klik|gabung|join|buruan|dijamin|bonus|promo|terpercaya|min{Gap}depo|cuan|wa|whatsapp|telegram|auto{Gap}(?:sultan|kaya|cuan|jp)|modal{Gap}receh|receh|mainkan|cobain)\b",
        "daftar", "link", "url", "klik", "gabung", "join", "buruan", "dijamin", "bonus", "promo", "terpercaya", "min", "cuan", "wa", "whatsapp",
        "telegram", "auto", "receh", "mainkan", "cobain");

    // The opposition words themselves: every match contains one.
    private static readonly TriggerWords OppositionWords = RulePattern.Triggers(
        "stop", "berhenti", "hentikan", "hindari", "haram", "merusak", "rusak", "bahaya", "berbahaya", "tolak", "menolak",
        "berantas", "pemberantasan", "blokir", "diblokir", "tangkap", "ditangkap", "korban", "bangkrut", "hancur", "kecanduan",
        "candu", "penipuan", "tipu", "menipu", "bohong", "perangi", "larang", "dilarang", "ilegal", "satgas", "terjerat", "dosa",
        "miskin", "utang", "hutang", "cerai", "dampak", "sadar", "tobat", "ngeri", "prihatin", "memprihatinkan", "jangan", "menangkap",
        "diamankan", "digerebek", "menggerebek", "razia", "waspada", "imbau", "polisi", "penjara", "meringkus", "diringkus", "dibekuk",
        "membekuk", "tersangka");

    /// <summary>Speaking against gambling; "jangan lewatkan" and the like are promotion, not opposition.</summary>
    public static readonly ScreenedPattern Opposition = new(RulePattern.Create(
        $@"\b(?:stop|berhenti|hentikan|hindari|haram|merusak|rusak|bahaya|berbahaya|tolak|menolak|berantas|pemberantasan|blokir|diblokir|tangkap|ditangkap|korban|bangkrut|hancur|kecanduan|candu|" +
        $@"penipuan|tipu|menipu|bohong|perangi|larang|dilarang|ilegal|satgas|terjerat|dosa|miskin|utang|hutang|cerai|dampak|sadar|tobat|ngeri|prihatin|memprihatinkan|" +
        $@"menangkap|diamankan|digerebek|menggerebek|razia|waspada|imbau|mengimbau|polisi|penjara|dipenjara|meringkus|diringkus|dibekuk|membekuk|tersangka|" +
        $@"jangan(?!{Gap}(?:lewatkan|sampai|ragu|lupa|tunggu|khawatir|takut|bingung|ketinggalan|sia)))\b"),
        text => OppositionWords.AnyIn(text));

    /// <summary>Any mention of gambling at all, for deciding whether opposition is about gambling.</summary>
    public static readonly Regex Topic = RulePattern.Create(
        $@"\b(?:judi|judol|gambling|taruhan|berjudi|penjudi|slot|togel|kasino|casino|bandar|toto)\b");

    /// <summary>Substrings every jargon and topic word contains; comments with none of them (and no digits for a brand) skip the rules.</summary>
    public static readonly TriggerWords Triggers = RulePattern.Triggers(
        "gacor", "maxwin", "max win", "jp", "jepe", "jackpot", "wd", "withdraw", "depo", "scatter", "slot", "rtp", "togel", "toto",
        "4d", "sbobet", "casino", "kasino", "freebet", "spin", "new member", "rungkad", "mahjong", "bonanza", "olympus", "pragmatic",
        "pg soft", "x100", "x250", "x500", "x1000", "x5000", "parlay", "bandar", "judi", "judol", "gambling", "taruhan", "win", "angka",
        "prediksi", "bocoran", "rumus", "colok", "bbfs", "shio", "2d", "3d", "sgp", "sdy", "pasaran", "keluaran", "result", "data",
        "live draw", "pengeluaran", "invest");

    /// <summary>The gambling words a <see cref="WeakBrand"/> without digits ends in.</summary>
    public static readonly TriggerWords WeakBrandWords = RulePattern.Triggers(
        "toto", "togel", "bet", "slot", "win", "gacor");

    /// <remarks>Every match has "://", "www.", "url", or a dot between a letter, digit or hyphen and a lower-case letter.</remarks>
    public static readonly ScreenedPattern Link = new(
        RulePattern.Create(@"https?://|www\.|\burl\b|\b[a-z0-9-]{2,}\.(?:com|net|org|xyz|site|online|vip|top|link|io|me|id|co|cc|asia|club|live|pro|bet|win)\b"),
        MayBeLink);

    /// <summary>A link to a site named with letters and digits, the way gambling sites are named (alexis17.xyz, naga88.com/daftar):
    /// link masking keeps such a name in front of <c>url</c> ("alexis17 url"), while a news site's link is <c>url</c> alone.</summary>
    /// <remarks>Every match has "url" and a letter directly followed by two digits.</remarks>
    public static readonly ScreenedPattern NumberedSiteLink = new(
        RulePattern.Create($@"\b{NumberedName} url\b"),
        text => text.Contains("url", StringComparison.Ordinal) && HasLetterThenNumber(text));

    /// <summary>Whether a letter is directly followed by an ASCII digit and then by another digit or a 'd' ("naga88", "ambil4d"),
    /// which every <see cref="Brand"/> match and every digit-bearing <see cref="WeakBrand"/> match has.</summary>
    public static bool HasLetterThenNumber(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange('0', '9'); i >= 0; )
        {
            if (i > 0 && char.IsLetter(span[i - 1]) && i + 1 < span.Length && (char.IsAsciiDigit(span[i + 1]) || span[i + 1] == 'd'))
            {
                return true;
            }

            var next = span[(i + 1)..].IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>Whether one of the gambling words a <see cref="WeakBrand"/> without digits ends in comes right after three letters
    /// ("kusumatoto", "pulauwin").</summary>
    public static bool HasGluedGamblingWord(string text)
    {
        if (!RulePattern.Mentions(text, WeakBrandWords))
        {
            return false;
        }

        foreach (var word in WeakBrandWords.Words)
        {
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                if (i >= 3 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i - 2]) && char.IsLetter(text[i - 3]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the text has what every <see cref="Link"/> match needs: "://", "www.", "url", or a dot with a letter, digit or
    /// hyphen before it and a lower-case ASCII letter after it.</summary>
    public static bool MayBeLink(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOf("://", StringComparison.Ordinal) >= 0 || span.IndexOf("url", StringComparison.Ordinal) >= 0
            || span.IndexOf("www.", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        for (var i = span.IndexOf('.'); i >= 0; )
        {
            if (i > 0 && i + 1 < span.Length && (char.IsAsciiLetterOrDigit(span[i - 1]) || span[i - 1] == '-') && char.IsAsciiLetterLower(span[i + 1]))
            {
                return true;
            }

            var next = span[(i + 1)..].IndexOf('.');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }
}

namespace Moderation.Rules.Targeted;

/// <summary>Whether a comment speaks about hateful words rather than with them: it quotes or reports what someone said and
/// denounces it ("kalau ada yang bilang orang X sampah, itu rasis"), or reports a case ("polisi menangkap pria yang menyebut
/// warga X monyet"). Counter-speech and news are not hate (domain: quoting or reporting hate is not inciting it).</summary>
internal static class SpeechFrame
{
    // Words that refer to speech: what someone said, wrote or called someone.
    private static readonly WordSet Speech = new(
        "bilang", "berkata", "mengatakan", "katakan", "dikatakan", "menyebut", "sebut", "disebut", "menyebutkan", "sebutan", "bicara",
        "berbicara", "ucapan", "ucap", "mengucapkan", "komentar", "komen", "berkomentar", "pernyataan", "menyatakan", "kata", "perkataan",
        "cuitan", "twit", "unggahan", "postingan", "posting", "status", "tulisan", "menulis", "ditulis", "ujaran", "meneriakkan", "teriak",
        "berteriak", "menghina", "hinaan", "dihina", "penghinaan", "menghujat", "hujatan", "mengolok", "mengolok-olok", "olok-olok",
        "mengejek", "ejekan", "melabeli", "label", "mencap", "menganggap", "anggapan", "narasi", "propaganda", "spanduk", "poster",
        "mengumpat", "umpatan", "makian", "memaki", "caci", "mencaci", "julukan", "menjuluki", "menuduh", "tuduhan", "omongan", "omong",
        "stereotip", "stereotipe", "stigma", "lelucon", "candaan", "pidato", "ceramah", "orasi", "slogan", "generalisasi",
        "menggeneralisasi", "menyamaratakan", "ucapkan", "diucapkan", "menyamakan", "disamakan", "samakan", "bahwa", "mengucapkan",
        "nulis", "nyebut", "nyebutin", "ngatain", "ngata-ngatain", "ngehina", "ngejek", "ngomongin", "omongin", "bilangin", "ngecap",
        "nuduh", "kata-kata", "kalimat", "ngetwit", "ngepost", "nyinyir", "nyinyiran", "julid", "twitnya", "komennya", "tulisannya", "omongannya", "katanya", "kudengar", "kubaca");

    // Verbs of opinion, speech only when someone holds the opinion: "kalau kamu pikir ..., kamu salah", "aku tidak berpikir ...";
    // an opinion counts as counter-speech only when it is denied or denounced.
    private static readonly WordSet Opinion = new("pikir", "kira", "berpikir", "mengira", "anggap", "menganggap", "rasa", "merasa", "percaya", "yakin");

    private static readonly WordSet Holders = new("yang", "aku", "saya", "gue", "gua", "kamu", "kalian", "anda", "dia", "mereka", "kita", "kami", "lu", "lo", "elo");

    // Words that denounce: the speaker takes a stand against what was said.
    private static readonly WordSet Denounce = new(
        "rasis", "rasisme", "rasialis", "rasial", "kebencian", "diskriminasi", "diskriminatif", "mendiskriminasi", "intoleran",
        "intoleransi", "sara", "provokasi", "provokatif", "memecah", "adu", "salah", "keliru", "memalukan", "keterlaluan", "kecam",
        "mengecam", "kutuk", "mengutuk", "jangan", "stop", "berhenti", "hentikan", "prihatin", "miris", "laporkan", "melaporkan",
        "dipidana", "generalisasi", "menggeneralisasi", "menyamaratakan", "stereotip", "stereotipe", "stigma", "hoaks", "fitnah",
        "bohong", "ngawur", "sedih", "kasihan", "menyakitkan", "menyakiti", "melukai", "tercela", "dikecam", "lawan", "melawan",
        "kosong", "kejam", "prasangka", "seksis", "seksisme", "misoginis", "misogini", "homofobik", "homofobia", "transfobia", "transfobik",
        "xenofobia", "xenofobik", "fanatik", "bigot", "berprasangka", "berhentilah", "hentikanlah", "janganlah", "stoplah", "sesat", "absurd", "konyol", "picik", "dangkal", "malu");

    // Words that report a case: the police, the courts, the news.
    private static readonly WordSet Report = new(
        "polisi", "polda", "polres", "polsek", "polri", "ditangkap", "menangkap", "diamankan", "tersangka", "pelaku", "terdakwa",
        "dilaporkan", "laporan", "divonis", "vonis", "dihukum", "diperiksa", "penyelidikan", "diselidiki", "disidang", "sidang",
        "pengadilan", "hakim", "jaksa", "dipidana", "dijerat", "pasal", "kasus", "oknum", "akun", "warganet", "netizen", "viral",
        "beredar", "kapolres", "kapolda", "komnas", "lsm", "penyidik", "bareskrim", "kominfo", "dituntut", "tuntutan", "mengunggah",
        "diunggah", "terekam", "rekaman", "insiden", "peristiwa", "kejadian", "korban", "menimpa");

    // Words that agree with what was said: "yang bilang orang X sampah itu benar".
    private static readonly WordSet Endorse = new("benar", "betul", "setuju", "fakta", "tepat", "valid", "bener", "sepakat", "mantap", "memang", "yakin", "percaya");

    /// <summary>Whether <paramref name="tokens"/> speak about hateful words (quoting, reporting or denouncing them).</summary>
    public static bool IsAboutSpeech(string text, List<CommentToken> tokens)
    {
        var speech = false;
        var denounce = false;
        var report = false;
        var endorse = false;
        var quoted = false;
        var otherSpeaker = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].In(text);
            quoted |= tokens[i].Quoted;
            if (Speech.Contains(word) && !NotSomeonesWords(text, tokens, i))
            {
                speech = true;
                // "yang bilang", "kalau ada yang menyebut", "siapa pun yang mengatakan": someone else's words.
                otherSpeaker |= i > 0 && Is(text, tokens[i - 1], "yang", "kalau", "jika", "siapa", "kalian", "kamu", "dia", "mereka", "orang");
            }

            if (Opinion.Contains(word) && Held(text, tokens, i, out var denied))
            {
                speech = true;
                denounce |= denied;
            }

            denounce |= Denounce.Contains(word) || NegatedSpeech(text, tokens, i);
            if (DeniedClaim(text, tokens, i))
            {
                return true;
            }

            report |= Report.Contains(word);
            endorse |= Endorse.Contains(word);
        }

        return speech && (denounce || report || (otherSpeaker && !endorse) || (quoted && !endorse));
    }

    // "kamu pikir", "aku tidak berpikir": an opinion with its holder, and whether the holder denies it.
    private static bool Held(string text, List<CommentToken> tokens, int index, out bool denied)
    {
        denied = index > 1 && Words.Negators.Contains(tokens[index - 1].In(text)) && Holders.Contains(tokens[index - 2].In(text));
        return denied || (index > 0 && Holders.Contains(tokens[index - 1].In(text)));
    }

    // "tidak boleh bilang", "bukan hal yang pantas untuk dikatakan": a denial near a word of speech.
    private static bool NegatedSpeech(string text, List<CommentToken> tokens, int index)
    {
        if (!Is(text, tokens[index], "tidak", "bukan"))
        {
            return false;
        }

        for (var i = index + 1; i < Math.Min(tokens.Count, index + 4); i++)
        {
            if ((Speech.Contains(tokens[i].In(text)) && !NotSomeonesWords(text, tokens, i))
                || Is(text, tokens[i], "pantas", "boleh", "etis", "layak", "dibenarkan", "setuju", "benar", "baik"))
            {
                return true;
            }
        }

        return false;
    }

    // A word of speech that is no one else's words: one that names a quality the target lacks ("tidak pantas disebut manusia",
    // "tidak kenal kata jujur"), a manner likened ("kalau bicara seperti orang kumur-kumur"), a possessed one, what is denied
    // of its owner ("tidak bisa dipegang omongannya"), or the speaker's own opinion ("kalau kata gue, orang X itu ...").
    private static bool NotSomeonesWords(string text, List<CommentToken> tokens, int index) =>
        tokens[index].In(text).EndsWith("nya")
        || (tokens[index].In(text) is "kata" && index + 1 < tokens.Count && Words.FirstPerson.Contains(tokens[index + 1].In(text)))
        || (tokens[index].In(text) is "kata" && index > 0 && tokens[index - 1].In(text) is "kenal" or "mengenal" or "tahu")
        || (tokens[index].In(text) is "bicara" or "berbicara" && index + 2 < tokens.Count && tokens[index + 1].In(text) is "seperti" or "bagai" or "bagaikan" or "ibarat"
            && tokens[index + 2].In(text) is not ("itu" or "ini" or "tadi" or "begitu" or "mereka" or "dia"))
        || (index + 1 < tokens.Count && PredicateLexicon.Table.Match(text, tokens, index + 1, out var predicate) > 0 && predicate!.Kind == PredicateKind.Positive);

    // "Tidak benar kalau orang X itu pemalas", "salah besar bahwa ...": the claim that follows is denied.
    private static bool DeniedClaim(string text, List<CommentToken> tokens, int index)
    {
        var word = tokens[index].In(text);
        var next = index + 1 < tokens.Count ? tokens[index + 1].In(text) : default;
        // "Tidak benar orang X itu ...": a denial that opens the sentence denies the claim that follows it.
        if (word is "tidak" or "bukan" && next is "benar" or "betul" && (index == 0 || tokens[index - 1].Sentence != tokens[index].Sentence))
        {
            return true;
        }

        // "Coba tunjukkan satu saja bukti kalau orang X ...": proof of the claim demanded.
        var claim = (word is "tidak" or "bukan" && next is "benar" or "betul" or "tepat") ? index + 2
            : word is "salah" or "keliru" or "mitos" or "hoaks" or "bohong" ? index + 1
            : word is "bukti" or "buktinya" && index > 0 && tokens[index - 1].In(text) is "tunjukkan" or "tunjukin" or "mana" or "saja" or "satu" ? index + 1
            : -1;
        if (claim < 0)
        {
            return false;
        }

        for (var i = claim; i < Math.Min(tokens.Count, claim + 2); i++)
        {
            if (Is(text, tokens[i], "kalau", "bahwa", "jika", "anggapan", "kalo"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string text, CommentToken token, params ReadOnlySpan<string> words)
    {
        var word = token.In(text);
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}

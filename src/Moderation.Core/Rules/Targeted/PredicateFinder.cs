namespace Moderation.Rules.Targeted;

/// <summary>Finds what a comment says: the predicates of the lexicon, each with whether it is denied ("bukan sampah", "jangan
/// usir") and, for a verb, whether its grammar makes it a call ("usir saja", "harus dibunuh", "kami akan membantai") rather than
/// a report ("polisi membunuh", "dibunuh").</summary>
internal static class PredicateFinder
{
    private static readonly WordSet Suffixes = new("lah", "kah", "nya", "pun");

    // Verbs of meeting: "tidak pernah ketemu orang X yang jujur" denies that any is.
    private static readonly WordSet Met = new(
        "ketemu", "bertemu", "menemukan", "nemu", "melihat", "lihat", "kenal", "mengenal", "jumpa", "berjumpa", "menjumpai");

    public static void Find(string text, List<CommentToken> tokens, List<FoundPredicate> predicates)
    {
        predicates.Clear();
        var i = 0;
        while (i < tokens.Count)
        {
            var length = PredicateLexicon.Table.Match(text, tokens, i, out var predicate);
            if (length == 0 && Suffixed(text, tokens[i], out var stemmed))
            {
                length = 1;
                predicate = stemmed;
            }

            if (length == 0 || predicate is null || Literal(text, tokens, i, i + length, predicate))
            {
                i++;
                continue;
            }

            // A question that asks why something is not done calls for it; a question about a denied quality still denies it
            // ("apakah orang X memang tidak bisa dipercaya?").
            var negator = NegatorBefore(text, tokens, i, out var rhetorical);
            if (rhetorical && predicate.Kind is not (PredicateKind.Violence or PredicateKind.Exclusion or PredicateKind.Emotion))
            {
                negator = NegatorBefore(text, tokens, i, out _, questions: false);
                rhetorical = false;
            }

            // "Tidak ada orang X yang tidak jujur": a denial inside a denied existence cancels it.
            var existence = DeniedExistence(text, tokens, i);
            negator = negator < 0 ? existence : existence >= 0 && existence != negator ? -1 : negator;

            // "Kenapa belum ada yang membunuh orang X": "belum" asks for the act, it does not deny it.
            if (predicate.Kind is PredicateKind.Violence or PredicateKind.Exclusion && NoOneYet(text, tokens, i))
            {
                negator = -1;
            }

            predicates.Add(new FoundPredicate(i, i + length, predicate, negator, rhetorical || IsCall(text, tokens, i, i + length, predicate)));
            i += length;
        }
    }

    // "usirlah", "sampahnya", "bunuhkah": a one-word predicate with a particle or suffix; "bodoh-bodoh": doubled.
    private static bool Suffixed(string text, CommentToken token, out Predicate? predicate)
    {
        predicate = null;
        var word = token.In(text);
        var dash = word.IndexOf('-');
        if (dash > 0 && word[..dash].SequenceEqual(word[(dash + 1)..]))
        {
            return PredicateLexicon.Table.Contains(word[..dash], out predicate);
        }

        // "sekasar itu", "sebodoh itu", "terbodoh": an attribute in its comparative or superlative form.
        if (word.Length > 5 && (word.StartsWith("se") || word.StartsWith("ter"))
            && PredicateLexicon.Table.Contains(word[(word.StartsWith("se") ? 2 : 3)..], out predicate) && predicate!.Kind == PredicateKind.Attribute)
        {
            return true;
        }

        if (word.Length <= 5 || !Suffixes.Contains(word[^3..]) || !PredicateLexicon.Table.Contains(word[..^3], out predicate))
        {
            return false;
        }

        // "memukulnya", "usirnya": the object is a target named before.
        if (word.EndsWith("nya") && predicate!.Form is PredicateForm.Active or PredicateForm.Bare)
        {
            predicate = predicate with { Side = TargetSide.Either };
        }

        return true;
    }

    // An animal word that names an animal ("makan babi", "babi hutan"), or a word said of the target by others ("disebut monyet",
    // "diperlakukan seperti binatang"), is no predicate of the speaker's.
    private static bool Literal(string text, List<CommentToken> tokens, int first, int end, Predicate predicate)
    {
        if (predicate.Kind is PredicateKind.Dehumanisation or PredicateKind.Profanity)
        {
            if ((first > 0 && Words.AnimalCues.Contains(Word(text, tokens[first - 1])))
                || (end < tokens.Count && Word(text, tokens[end]) is "hutan" or "liar" or "peliharaan" or "kampung" or "tetangga"))
            {
                return true;
            }
        }

        for (var i = Math.Max(0, first - 3); i < first; i++)
        {
            // "tidak pantas disebut manusia" denies the quality and "layak diperlakukan seperti binatang" asks for the
            // treatment; neither reports a name.
            if (Words.PassiveSpeech.Contains(Word(text, tokens[i]))
                && !(i > 0 && Word(text, tokens[i - 1]) is "pantas" or "layak" or "patut" or "harus" or "sebaiknya" or "seharusnya"
                    || (predicate.Kind == PredicateKind.Positive && i > 0 && Word(text, tokens[i - 1]) is "bisa" or "dapat")))
            {
                return true;
            }
        }

        return false;
    }

    // The index of a denial before the predicate (-1 when none): "tidak pernah bisa dipercaya", "bukan sampah". A denial in a
    // question that asks why something is not done is no denial: "kenapa kita tidak usir saja orang X?".
    private static int NegatorBefore(string text, List<CommentToken> tokens, int first, out bool rhetorical, bool questions = true)
    {
        rhetorical = false;
        var sentence = tokens[first].Sentence;
        for (var i = first - 1; i >= 0 && i >= first - 6 && tokens[i].Sentence == sentence; i--)
        {
            var word = Word(text, tokens[i]);
            // "jauh dari kata sopan": far from a quality is without it.
            if (word is "dari" && i > 0 && Word(text, tokens[i - 1]) is "jauh")
            {
                return i - 1;
            }

            if (Words.Negators.Contains(word))
            {
                // "Orang X itu kalau nggak nyolong ya nipu": a denial inside a condition denies nothing of the group.
                if (i > 0 && Word(text, tokens[i - 1]) is "kalau" or "kalo" or "jika" or "bila" or "apabila" or "kalaupun" or "seandainya")
                {
                    return -1;
                }

                for (var q = i - 1; questions && q >= 0 && q >= i - 3 && tokens[q].Sentence == sentence; q--)
                {
                    if (Words.Questions.Contains(Word(text, tokens[q])))
                    {
                        rhetorical = true;
                        return -1;
                    }
                }

                return i;
            }

            // "tidak kenal kata jujur", "tidak tahu arti berbagi": not knowing a quality is lacking it.
            if (!Words.Skippable.Contains(word) && word is not ("kenal" or "mengenal" or "tahu" or "arti" or "paham" or "mengerti" or "memahami"))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Tidak ada orang X yang pantas mati", "tidak ada perempuan yang bisa memimpin": what is said of "yang" after a denied
    // existence is denied. The index of the denial, or -1.
    private static int DeniedExistence(string text, List<CommentToken> tokens, int first)
    {
        var sentence = tokens[first].Sentence;
        var which = -1;
        for (var i = first - 1; i >= 0 && i >= first - 3 && tokens[i].Sentence == sentence; i--)
        {
            if (Word(text, tokens[i]) is "yang")
            {
                which = i;
                break;
            }
        }

        // "orang X tidak ada yang jujur": the target stands before the denial; "tidak ada yang lebih gue benci selain orang X" is
        // a superlative.
        if (which >= 2 && Word(text, tokens[which - 1]) is "ada" && Words.Negators.Contains(Word(text, tokens[which - 2]))
            && !Superlative(text, tokens, which + 1, first))
        {
            return which - 2;
        }

        // Someone stands between "ada" and "yang", or between a denied meeting and "yang": "tidak pernah ketemu orang X yang jujur".
        for (var i = which - 2; which > 0 && i >= 1 && i >= which - 5 && tokens[i].Sentence == sentence; i--)
        {
            var word = Word(text, tokens[i]);
            if (word is "ada" or "seorang" or "satupun" or "satu")
            {
                // "tidak ada seorang pun dari orang X yang", "tak satu pun orang X yang".
                // "tidak bakal ada orang X yang", and a challenge to find one: "coba tunjukkan satu saja orang X yang".
                var negator = i - 1;
                while (negator > 0 && Word(text, tokens[negator]) is "ada" or "seorang" or "satu" or "satupun" or "bakal" or "akan" or "pernah" or "mungkin")
                {
                    negator--;
                }

                return Words.Negators.Contains(Word(text, tokens[negator]))
                    || (word is "satu" && Word(text, tokens[negator]) is "tunjukkan" or "sebutkan" or "carikan" or "temukan" or "tunjukin" or "sebutin") ? negator : -1;
            }

            // "susah cari orang X yang pintar", "jarang ada orang X yang jujur": one hard to find is denied to all.
            if (word is "cari" or "mencari" or "nyari" or "menemukan" or "nemu" or "ketemu" or "ada" && i > 0 && Word(text, tokens[i - 1]) is "susah" or "sulit" or "jarang" or "langka" or "mustahil")
            {
                return i - 1;
            }

            if (Met.Contains(word))
            {
                var negator = i - 1;
                // "belum pernah aku lihat orang X yang ...": the one who looked may stand between.
                while (negator > 0 && (Word(text, tokens[negator]) is "pernah" or "sekalipun" or "sama" or "sekali" or "aku" or "itu" or "sih" or "deh" || Words.FirstPerson.Contains(Word(text, tokens[negator]))))
                {
                    negator--;
                }

                if (Words.Negators.Contains(Word(text, tokens[negator])))
                {
                    return negator;
                }
            }
        }

        return -1;
    }

    private static bool Superlative(string text, List<CommentToken> tokens, int from, int predicate)
    {
        for (var i = from; i <= predicate; i++)
        {
            if (Word(text, tokens[i]) is "lebih" or "paling")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCall(string text, List<CommentToken> tokens, int first, int end, Predicate predicate)
    {
        if (predicate.Form == PredicateForm.Phrase)
        {
            return true;
        }

        var sentence = tokens[first].Sentence;
        var after = end < tokens.Count && tokens[end].Sentence == sentence ? Word(text, tokens[end]) : default;
        var lastOfSentence = end >= tokens.Count || tokens[end].Sentence != sentence;
        switch (predicate.Form)
        {
            case PredicateForm.Passive:
                // "Sebaiknya orang X itu dikurung": a modal that opens the sentence governs its passive.
                return Words.CallAfter.Contains(after) || Before(text, tokens, first, 2, Words.Modals) || OpensWithModal(text, tokens, first)
                    || Coordinated(text, tokens, first) || BetterWorld(text, tokens, first) || Rejoiced(text, tokens, first)
                    || ApprovedAfter(text, tokens, first, end) || SupportedBefore(text, tokens, first) || AskedAgain(text, tokens, first, end);
            case PredicateForm.Wish:
                return Wished(text, tokens, first) || Rejoiced(text, tokens, first) || Before(text, tokens, first, 2, Words.Modals)
                    || ApprovedAfter(text, tokens, first, end);
            case PredicateForm.Deed:
                return Sanctioned(text, tokens, first) || Before(text, tokens, first, 3, Supports) || Before(text, tokens, first, 2, Words.Modals);
            case PredicateForm.Active when StartsSentence(text, tokens, first) && Sanctioned(text, tokens, first):
                // "Membunuh orang X adalah tindakan yang benar": the act as the sentence's subject, declared right.
                return true;
            case PredicateForm.Active:
                // "kami akan datang dan menghabisi orang X": the first person may open the clause a few words back.
                // "pemerintah seharusnya mengambil tindakan tegas untuk mengusir orang X": the purpose of a called-for act.
                return Before(text, tokens, first, 3, Words.Modals) || SpeakerActs(text, tokens, first) || Sanctioned(text, tokens, first)
                    || (first > 0 && Word(text, tokens[first - 1]) is "untuk" or "demi" && Before(text, tokens, first, 8, Words.Modals))
                    || NoOneYet(text, tokens, first) || Remedy(text, tokens, first);
            default:
                // The bare stem commands at the start of a sentence, with "saja", at the end of a sentence after its fronted target
                // ("orang X? usir!"), or after a first person or a modal.
                return Words.CallAfter.Contains(after) || lastOfSentence || StartsSentence(text, tokens, first)
                    || Before(text, tokens, first, 3, Words.Modals) || Before(text, tokens, first, 3, Words.FirstPerson)
                    || (first > 0 && Word(text, tokens[first - 1]) is "akan" or "bakal" or "mau" or "siap" && Before(text, tokens, first, 6, Words.FirstPerson))
                    || JoinedToCommand(text, tokens, first);
        }
    }

    // A wish or a better world in the sentence: "semoga", "biar", "dunia lebih baik kalau".
    private static bool Wished(string text, List<CommentToken> tokens, int first)
    {
        var sentence = tokens[first].Sentence;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Sentence != sentence)
            {
                continue;
            }

            var word = Word(text, tokens[i]);
            // "siap-siap kalian mati": a fate announced is a threat.
            if ((i < first && word is "semoga" or "moga" or "moga-moga" or "mudah-mudahan" or "biar" or "biarlah" or "andai" or "seandainya"
                    or "berharap" or "harap" or "kuharap" or "mendoakan" or "doakan" or "doaku" or "siap-siap" or "bersiaplah" or "bersiap" or "biarkan" or "biarin" or "biarkanlah")
                || (word is "lebih" && i + 1 < tokens.Count && Word(text, tokens[i + 1]) is "baik" or "damai" or "aman" or "tenang" or "bagus" or "indah" or "maju")
                // "Alangkah baiknya kalau orang X lenyap semua".
                || (i < first && word is "alangkah" or "betapa" && i + 1 < tokens.Count && Word(text, tokens[i + 1]) is "baiknya" or "bagusnya" or "indahnya" or "damainya" or "senangnya")
                // "Indonesia baru akan damai setelah orang X lenyap".
                || (word is "baru" && i + 2 < tokens.Count && Word(text, tokens[i + 1]) is "akan" or "bisa" && Word(text, tokens[i + 2]) is "damai" or "aman" or "tenang" or "maju" or "tenteram" or "makmur")
                // "Tidak akan ada yang merindukan orang X kalau mereka mati": no one would mourn.
                || (i < first && word is "merindukan" or "menangis" or "menangisi" or "sedih" or "peduli" or "kehilangan" && i >= 2 && Word(text, tokens[i - 1]) is "yang" or "akan"
                    && Before(text, tokens, i, 4, Words.Negators))
                // "Kami akan membuat orang X lenyap": a fate the speaker will bring about.
                || (i < first && word is "membuat" && Before(text, tokens, i, 3, Words.FirstPerson))
                // "Orang X yang baik adalah orang X yang mati".
                || (i < first && word is "baik" && i >= 1 && Word(text, tokens[i - 1]) is "yang" && i + 1 < first && Word(text, tokens[i + 1]) is "adalah" or "ialah" or "cuma" or "hanya" or "hanyalah"))
            {
                return true;
            }
        }

        return false;
    }

    // "Kenapa belum ada yang membunuh orang X": an act asked for because no one has done it yet.
    private static bool NoOneYet(string text, List<CommentToken> tokens, int first) =>
        first >= 3 && Word(text, tokens[first - 1]) is "yang" && Word(text, tokens[first - 2]) is "ada" && Word(text, tokens[first - 3]) is "belum";

    // "Solusi terbaik untuk orang X adalah menenggelamkan kapal mereka": the act named as the remedy.
    private static bool Remedy(string text, List<CommentToken> tokens, int first)
    {
        if (first < 2 || Word(text, tokens[first - 1]) is not ("adalah" or "ialah" or "cuma" or "hanya" or "ya"))
        {
            return false;
        }

        for (var i = first - 2; i >= 0 && i >= first - 8 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            if (Word(text, tokens[i]) is "solusi" or "solusinya" or "obatnya" or "jalan keluarnya" or "caranya" or "jawabannya")
            {
                return true;
            }
        }

        return false;
    }

    // "Saya akan senang kalau orang X dibakar", "kalau ada orang X mati, saya akan bersyukur": the speaker's joy at the act.
    private static bool Rejoiced(string text, List<CommentToken> tokens, int first)
    {
        var sentence = tokens[first].Sentence;
        var condition = false;
        var joy = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Sentence != sentence)
            {
                continue;
            }

            var word = Word(text, tokens[i]);
            condition |= word is "kalau" or "jika" or "bila" or "kalo" or "seandainya" or "andai" or "tiap" or "setiap";
            joy |= word is "senang" or "bersyukur" or "gembira" or "bahagia" or "syukuran" or "berpesta"
                && (Before(text, tokens, i, 3, Words.FirstPerson) || (i > 0 && Word(text, tokens[i - 1]) is "akan" or "pasti"));
        }

        return condition && joy;
    }

    // "harus dipaksa bertobat atau diusir": a passive joined by "atau" or "dan" to one a modal governs.
    private static bool Coordinated(string text, List<CommentToken> tokens, int first)
    {
        for (var i = first - 1; i >= 1 && i >= first - 3 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            if (Word(text, tokens[i]) is "atau" or "dan" or "lalu" or "kemudian")
            {
                return Before(text, tokens, i, 4, Words.Modals);
            }
        }

        return false;
    }

    // "Bubarkan dan pukuli mereka": a bare verb joined to one that commands from the sentence's start.
    private static bool JoinedToCommand(string text, List<CommentToken> tokens, int first) =>
        first >= 2 && Word(text, tokens[first - 1]) is "dan" or "lalu" or "terus" or "kemudian"
        && PredicateLexicon.Table.Match(text, tokens, first - 2, out var joined) == 1 && joined!.Form == PredicateForm.Bare
        && StartsSentence(text, tokens, first - 2);

    // "Dunia akan lebih baik jika semua orang X dibunuh": a better world in the sentence before the passive.
    private static bool BetterWorld(string text, List<CommentToken> tokens, int first)
    {
        for (var i = first - 1; i >= 1 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            if (Word(text, tokens[i]) is "baik" or "damai" or "aman" or "tenang" && Word(text, tokens[i - 1]) is "lebih")
            {
                return true;
            }
        }

        return false;
    }

    // The first token of the sentence the token at <paramref name="at"/> is in.
    private static int SentenceStart(List<CommentToken> tokens, int at)
    {
        var start = at;
        while (start > 0 && tokens[start - 1].Sentence == tokens[at].Sentence)
        {
            start--;
        }

        return start;
    }

    private static bool OpensWithModal(string text, List<CommentToken> tokens, int first)
    {
        var start = SentenceStart(tokens, first);

        // "Sudah seharusnya orang X dipulangkan", "memang sebaiknya ...".
        while (start < first && Word(text, tokens[start]) is "sudah" or "memang" or "jadi" or "ya" or "maka" or "makanya" or "jelas")
        {
            start++;
        }

        return start < first && Word(text, tokens[start]) is "sebaiknya" or "seharusnya" or "harusnya" or "mending" or "mendingan" or "pokoknya"
            or "sepantasnya" or "selayaknya" or "sepatutnya" or "saatnya" or "waktunya" or "wajar" or "wajarlah" or "bagusnya" or "baiknya"
            || (start + 1 < first && Word(text, tokens[start]) is "lebih" && Word(text, tokens[start + 1]) is "baik")
            || (start + 1 < first && Word(text, tokens[start]) is "saat" or "waktu" && Word(text, tokens[start + 1]) is "nya");
    }

    // "Membunuh orang X itu bukan dosa", "memerangi mereka berpahala", "tidak ada salahnya membunuh orang X": the act declared
    // lawful, pious or blameless.
    private static bool Sanctioned(string text, List<CommentToken> tokens, int first)
    {
        var sentence = tokens[first].Sentence;
        if (Condemned(text, tokens, sentence))
        {
            return false;
        }

        for (var i = first - 1; i >= 0 && i >= first - 3 && tokens[i].Sentence == sentence; i--)
        {
            var word = Word(text, tokens[i]);
            // "Saya tidak akan menyalahkan siapa pun yang memukul orang X": no blame for whoever does it.
            if (word is "siapa" or "siapapun" && Blameless(text, tokens, i))
            {
                return true;
            }

            if (word is "wajar" or "sah" or "sah-sah" or "boleh-boleh" or "dibenarkan" or "diperbolehkan"
                || (word is "salah" or "salahnya" && (Words.Negators.Contains(Word(text, tokens[Math.Max(0, i - 1)])) || (i >= 2 && Words.Negators.Contains(Word(text, tokens[i - 2]))))))
            {
                return true;
            }
        }

        for (var i = first + 1; i < tokens.Count && tokens[i].Sentence == sentence; i++)
        {
            var word = Word(text, tokens[i]);
            // "Pembantaian orang X harus diulang lagi": the act asked for again.
            if (word is "diulang" or "diulangi" or "terulang" or "dilanjutkan" or "diteruskan" && Before(text, tokens, i, 2, Words.Modals) && !Before(text, tokens, i, 3, Words.Negators))
            {
                return true;
            }

            if (word is "halal" or "pahala" or "berpahala" or "jihad"
                || (word is "dosa" or "berdosa" && Words.Negators.Contains(Word(text, tokens[i - 1])))
                || Approves(text, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    // Words that support an act named before it: "saya mendukung pembantaian orang X".
    private static readonly WordSet Supports = new("dukung", "mendukung", "setuju", "menyetujui", "butuh", "butuhkan", "membutuhkan", "lanjutkan", "serukan", "menyerukan", "kobarkan", "restui", "merestui");

    // Words that declare an act named before them right: "membunuh orang X adalah tindakan yang benar", "itu solusi terbaik".
    private static readonly WordSet Approval = new(
        "benar", "tepat", "wajar", "sah", "sah-sah", "boleh", "perlu", "solusi", "mulia", "terpuji", "wajib", "dibenarkan", "diperbolehkan",
        "pantas", "layak", "keharusan", "kewajiban", "patriotik", "heroik", "berjasa", "setimpal", "pahlawan");

    // An approval word at token "at" (never the first token) that the word before does not deny.
    private static bool Approves(string text, List<CommentToken> tokens, int at) =>
        Approval.Contains(Word(text, tokens[at])) && !Words.Negators.Contains(Word(text, tokens[at - 1]));

    // Words that may close a sentence after the approval of what was done: "kalau dipukuli ya wajar saja", "memang layak kok".
    private static readonly WordSet Closing = new(
        "saja", "aja", "lah", "kok", "sih", "itu", "kan", "dong", "banget", "sekali", "ya", "menerimanya", "mendapatkannya", "didapat");

    // "Kalau orang X dipukuli warga ya wajar saja", "orang X yang dijarah itu dapat balasan setimpal", "itu akibat ulah mereka
    // sendiri": what was done to the group judged deserved, the judgement closing the sentence.
    private static bool ApprovedAfter(string text, List<CommentToken> tokens, int first, int end)
    {
        var sentence = tokens[first].Sentence;
        if (Condemned(text, tokens, sentence))
        {
            return false;
        }

        for (var i = end; i < tokens.Count && tokens[i].Sentence == sentence; i++)
        {
            var word = Word(text, tokens[i]);
            var judged = Approves(text, tokens, i)
                || (word is "sendiri" && Word(text, tokens[i - 1]) is "mereka" or "dia" && Before(text, tokens, i - 1, 3, OwnFault));
            if (!judged)
            {
                continue;
            }

            var k = i + 1;
            while (k < tokens.Count && tokens[k].Sentence == sentence && Closing.Contains(Word(text, tokens[k])))
            {
                k++;
            }

            if (k == tokens.Count || tokens[k].Sentence != sentence)
            {
                return true;
            }
        }

        return false;
    }

    // "Kapan ya orang X dibantai lagi?": asking when it happens again is asking for it.
    private static bool AskedAgain(string text, List<CommentToken> tokens, int first, int end)
    {
        return Word(text, tokens[SentenceStart(tokens, first)]) is "kapan" && end < tokens.Count && tokens[end].Sentence == tokens[first].Sentence && Word(text, tokens[end]) is "lagi";
    }

    private static readonly WordSet OwnFault = new("ulah", "salah", "kesalahan", "perbuatan", "dosa");

    // "Saya dukung penuh kalau kampung orang X dibakar": support, not denied, for what is done.
    private static bool SupportedBefore(string text, List<CommentToken> tokens, int first)
    {
        for (var i = first - 1; i >= 1 && i >= first - 8 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            if (Supports.Contains(Word(text, tokens[i])))
            {
                return !Words.Negators.Contains(Word(text, tokens[i - 1])) && !Condemned(text, tokens, tokens[first].Sentence);
            }
        }

        return false;
    }

    // "kami akan datang dan menghabisi orang X": the speaker a few words back is the one who acts, unless "siapa pun yang" hands
    // the act to someone else ("saya mengecam siapa pun yang memukul orang X").
    private static bool SpeakerActs(string text, List<CommentToken> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 6 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            var word = Word(text, tokens[i]);
            if (Words.FirstPerson.Contains(word))
            {
                return true;
            }

            if (word is "yang" && i > 0 && Word(text, tokens[i - 1]) is "pun" or "siapa" or "siapapun" or "barangsiapa")
            {
                return false;
            }
        }

        return false;
    }

    // "tidak akan menyalahkan siapa pun yang ...": blame for whoever does it, denied.
    private static bool Blameless(string text, List<CommentToken> tokens, int who)
    {
        for (var i = who - 1; i >= 1 && i >= who - 3 && tokens[i].Sentence == tokens[who].Sentence; i--)
        {
            if (Word(text, tokens[i]) is "menyalahkan" or "salahkan" or "mempersalahkan" or "menghukum" or "melaporkan" or "laporkan")
            {
                return Before(text, tokens, i, 3, Words.Negators);
            }
        }

        return false;
    }

    // Words that condemn it: "pembantaian orang X tahun 1998 adalah tragedi", "mengusir orang X itu kejam".
    private static readonly WordSet Condemnation = new(
        "kejam", "kejahatan", "tragedi", "dihentikan", "hentikan", "biadab", "keji", "dikecam", "kecam", "mengecam", "dilarang",
        "melanggar", "pelanggaran", "diusut", "usut", "mengusut", "dihukum", "diadili", "pidana", "mengerikan", "menyedihkan", "duka",
        "berduka", "korban", "dikutuk", "mengutuk", "kutuk", "memalukan", "sadis", "brutal", "sejarah", "peringatan", "memperingati");

    private static bool Condemned(string text, List<CommentToken> tokens, int sentence)
    {
        foreach (var token in tokens)
        {
            if (token.Sentence == sentence && Condemnation.Contains(Word(text, token)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsSentence(string text, List<CommentToken> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            var word = Word(text, tokens[i]);
            if (!Words.Modals.Contains(word) && !Words.FirstPerson.Contains(word) && word is not ("sudah" or "ya" or "dan" or "terus" or "lalu"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Before(string text, List<CommentToken> tokens, int first, int span, WordSet words)
    {
        for (var i = first - 1; i >= 0 && i >= first - span && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            if (words.Contains(Word(text, tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(string text, CommentToken token) => token.In(text);
}

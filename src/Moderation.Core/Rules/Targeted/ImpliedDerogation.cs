namespace Moderation.Rules.Targeted;

/// <summary>Contempt for a group said without a word of the lexicon about it, in the shapes readers use: food refused because
/// the group touched it, a group in office laughed off, too many of the group here, a wrongdoer revealed to be of the group.</summary>
internal static class ImpliedDerogation
{
    // "makanan yang disentuh orang X": what the group handled.
    private static readonly WordSet Handled = new(
        "disentuh", "dipegang", "dimasak", "dibuat", "diolah", "disajikan", "dijual", "dibikin", "dijamah", "dipakai", "diduduki");

    // Refusing it: "saya tidak akan makan ...", "ogah makan ...".
    private static readonly WordSet Refusal = new("ogah", "jijik", "najis", "emoh", "amit-amit", "sudi", "haram");

    private static readonly WordSet Consumed = new("makan", "memakan", "minum", "meminum", "menyentuh", "pakai", "memakai", "beli", "membeli", "duduk", "menduduki");

    // A group in office: "orang X jadi menteri?".
    private static readonly WordSet Office = new(
        "jadi", "menjadi", "memimpin", "pemimpin", "dipimpin", "presiden", "menteri", "gubernur", "bupati", "walikota", "bos", "atasan",
        "jabatan", "pejabat", "ketua", "direktur", "kapolri", "panglima", "hakim", "dokter", "pilot", "guru", "dosen", "imam");

    // The answer that laughs it off: "Lelucon apa lagi ini", "Jangan bercanda", "Yang benar saja".
    private static readonly WordSet Ridicule = new(
        "lelucon", "bercanda", "becanda", "lucu", "ngaco", "mimpi", "ngimpi", "lawak", "lawakan", "ngelawak", "candaan", "ngakak",
        "wkwk", "wkwkwk", "haha", "hahaha", "kocak", "dagelan", "badut", "sirkus", "mustahil", "kiamat", "ketawa", "tertawa", "amit-amit", "idih", "ih", "iyuh", "najis", "ogah", "jijik", "hih");

    // The ruin foretold of the group in office: "Orang X jadi dokter? Pasien bisa mati semua.", "... negara ini hancur".
    private static readonly WordSet Doom = new("hancur", "bubar", "bangkrut", "ambyar", "tamat", "kacau", "berantakan", "ambruk", "runtuh", "karam", "tenggelam", "macet");

    // Certainty about who did it: "sudah kuduga, pencurinya pasti orang X", "tentu saja si tolol itu orang X".
    private static readonly WordSet Certainty = new("pasti", "tentu", "tentunya", "kuduga", "ketebak", "ditebak", "jelas", "pastinya", "lagi-lagi", "selalu");

    private static readonly WordSet Revealing = new("itu", "pasti", "ternyata", "adalah", "ya", "sudah", "juga", "lagi", "si", "saja", "pastinya", "tentu", "rupanya", "lagi-lagi", "selalu", "memang", "nya");

    /// <summary>The token that carries the contempt for the group at <paramref name="target"/>, or null.</summary>
    public static int? Evidence(string text, List<CommentToken> tokens, Target target) =>
        Contaminated(text, tokens, target) ?? LaughedOff(text, tokens, target) ?? TooMany(text, tokens, target) ?? Unmasked(text, tokens, target)
        ?? Shunned(text, tokens, target) ?? Estranged(text, tokens, target) ?? Hopeless(text, tokens, target) ?? Rare(text, tokens, target)
        ?? Fabled(text, tokens, target) ?? Backhanded(text, tokens, target) ?? Culled(text, tokens, target);

    // The stems of the passives that cut a number: "dikurangi", "dibatasi".
    private static readonly WordSet Cuts = new("kurangi", "tekan", "batasi", "pangkas", "kendalikan", "turunkan");

    // "Populasi orang X di sini harus dikurangi": the group's numbers to be cut.
    private static int? Culled(string text, List<CommentToken> tokens, Target target)
    {
        if (target.First == 0 || tokens[target.First - 1].In(text) is not ("populasi" or "jumlah" or "kelahiran" or "pertumbuhan"))
        {
            return null;
        }

        var sentence = tokens[target.First].Sentence;
        for (var i = target.End + 1; i < tokens.Count && i < target.End + 7 && tokens[i].Sentence == sentence; i++)
        {
            // The tokens may read the passive as "di" and its stem ("di kurangi").
            var word = tokens[i].In(text);
            var cut = (word.StartsWith("di") && Cuts.Contains(word[2..])) || (word is "di" && i + 1 < tokens.Count && Cuts.Contains(tokens[i + 1].In(text)));
            if (cut && Words.Modals.Contains(tokens[i - 1].In(text)) && !Words.Negators.Contains(tokens[i - 2].In(text)))
            {
                return i;
            }
        }

        return null;
    }

    // Words of surprise at a good quality: "tumben orang X sopan", "kaget ada orang X yang bisa ...".
    private static readonly WordSet Surprise = new("tumben", "jarang-jarang", "kaget", "takjub", "ajaib", "heran");

    // Suspicion of a success: "orang X kok bisa juara? Pasti curang."
    private static readonly WordSet Suspicion = new("curang", "aneh", "nyogok", "menyogok", "kuota", "kebetulan", "hoki", "mustahil", "ajaib", "dalam", "nyontek", "menyontek");

    private static readonly WordSet Success = new("juara", "menang", "sukses", "kaya", "miskin", "lulus", "pintar", "pandai", "cerdas", "insinyur", "dokter", "sarjana");

    // Praise that holds the group low: "pintar juga, untuk ukuran orang X", "tumben orang X sopan", "orang X kok bisa juara?
    // Pasti curang", "kamu beda, nggak kayak orang X lainnya", "anak pintar begini pasti bukan orang X asli".
    private static int? Backhanded(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        var first = target.First;
        ReadOnlySpan<char> Word(int i) => i >= 0 && i < tokens.Count && tokens[i].Sentence == sentence ? tokens[i].In(text) : default;

        // "untuk ukuran orang X", "buat ukuran perempuan", "untuk standar orang X".
        if (Word(first - 1) is "ukuran" or "standar" or "standard" && Word(first - 2) is "untuk" or "buat" or "bagi" or "kalau" or "utk")
        {
            return first - 1;
        }

        var goodAfter = GoodAfter(text, tokens, target, 5, success: true);
        if (goodAfter > 0 && !DeniedAt(text, tokens, goodAfter))
        {
            // "tumben orang X sopan", "kaget juga ada orang X yang bisa ...".
            for (var i = first - 1; i >= 0 && i >= first - 4 && tokens[i].Sentence == sentence; i--)
            {
                if (Surprise.Contains(tokens[i].In(text)))
                {
                    return i;
                }
            }

            // "orang X bisa kerja keras juga ternyata".
            for (var j = goodAfter + 1; j < tokens.Count && j <= goodAfter + 4 && tokens[j].Sentence == sentence; j++)
            {
                if (tokens[j].In(text) is "ternyata" && Word(j - 1) is "juga")
                {
                    return j;
                }
            }

            // "orang X kok bisa juara? Pasti curang.": a success doubted.
            if (Word(target.End) is "kok" && Word(target.End + 1) is "bisa")
            {
                for (var j = goodAfter + 1; j < tokens.Count && j <= goodAfter + 8 && tokens[j].Sentence <= sentence + 1; j++)
                {
                    if (Suspicion.Contains(tokens[j].In(text)))
                    {
                        return j;
                    }
                }
            }
        }

        // "nggak kayak orang X lainnya", "beda dari orang X kebanyakan": one exception that condemns the rest.
        if (Word(target.End) is "kebanyakan" or "lainnya" or "lain" or "umumnya" && Word(first - 1) is "seperti" or "dari" or "dengan" or "sama"
            && (Words.Negators.Contains(Word(first - 2)) || Word(first - 2) is "beda" or "berbeda" or "lain"))
        {
            return target.End;
        }

        // "anak pintar begini pasti bukan orang X asli": a good one denied to be of the group.
        if (Word(first - 1) is "bukan" && Word(first - 2) is "pasti" or "jelas" or "mungkin" or "kayaknya" or "sepertinya")
        {
            for (var i = first - 3; i >= 0 && i >= first - 8 && tokens[i].Sentence == sentence; i--)
            {
                if (Good(text, tokens, i) || Success.Contains(tokens[i].In(text)))
                {
                    return first - 1;
                }
            }
        }

        return null;
    }

    // Where a good quality of the group is found: in a fable, or as a miracle.
    private static readonly WordSet Fable = new("keajaiban", "mukjizat", "dongeng", "mitos", "khayalan", "fiksi", "halusinasi");

    // "Orang X yang jujur itu cuma ada di dongeng", "kalau orang X bisa antre, itu baru keajaiban dunia": a good quality of the
    // group put in a fable or called a miracle.
    private static int? Fabled(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        var good = GoodAfter(text, tokens, target, 4);
        if (good < 0 || DeniedAt(text, tokens, good))
        {
            return null;
        }

        for (var j = good + 1; j < tokens.Count && j <= good + 9 && tokens[j].Sentence <= sentence + 1; j++)
        {
            if (Fable.Contains(tokens[j].In(text)) && !DeniedAt(text, tokens, j))
            {
                return j;
            }
        }

        return null;
    }

    // The first good quality (or, with <paramref name="success"/>, a success) within <paramref name="reach"/> words after the
    // target in its sentence, or -1.
    private static int GoodAfter(string text, List<CommentToken> tokens, Target target, int reach, bool success = false)
    {
        var sentence = tokens[target.First].Sentence;
        for (var j = target.End; j < tokens.Count && j <= target.End + reach && tokens[j].Sentence == sentence; j++)
        {
            if (Good(text, tokens, j) || (success && Success.Contains(tokens[j].In(text))))
            {
                return j;
            }
        }

        return -1;
    }

    // Whether a denial stands one or two words before the token: "tidak jujur", "bukan cuma mitos".
    private static bool DeniedAt(string text, List<CommentToken> tokens, int at) =>
        (at >= 1 && Words.Negators.Contains(tokens[at - 1].In(text))) || (at >= 2 && Words.Negators.Contains(tokens[at - 2].In(text)));

    // A good thing never met in the group: "orang X dan kecerdasan itu dua hal yang tidak pernah ketemu".
    private static int? Estranged(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        if (target.End + 1 >= tokens.Count || tokens[target.End].In(text) is not "dan" || !Good(text, tokens, target.End + 1))
        {
            return null;
        }

        for (var i = target.End + 2; i < tokens.Count && i < target.End + 12 && tokens[i].Sentence == sentence; i++)
        {
            if (tokens[i].In(text) is "ketemu" or "bertemu" or "akur" or "cocok" or "bersatu" or "sejalan" or "berjodoh" or "nyambung" or "bersahabat" or "berteman"
                && (Words.Negators.Contains(tokens[i - 1].In(text)) || (i > 1 && Words.Negators.Contains(tokens[i - 2].In(text)))))
            {
                return i;
            }
        }

        return null;
    }

    // A quality of the lexicon's, as itself or its noun: "kejujuran", "kecerdasan", "kerja keras".
    private static bool Good(string text, List<CommentToken> tokens, int at)
    {
        if (PredicateLexicon.Table.Match(text, tokens, at, out var quality) > 0 && quality!.Kind == PredicateKind.Positive)
        {
            return true;
        }

        var word = tokens[at].In(text);
        return word.Length > 6 && word.StartsWith("ke") && word.EndsWith("an")
            && PredicateLexicon.Table.Contains(word[2..^2], out quality) && quality!.Kind == PredicateKind.Positive;
    }

    // "Jangan pernah berharap kebaikan dari orang X": nothing good to be hoped for from the group.
    private static int? Hopeless(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        if (target.First < 3 || tokens[target.First - 1].In(text) is not ("dari" or "pada" or "sama" or "kepada"))
        {
            return null;
        }

        for (var i = target.First - 2; i >= 1 && i >= target.First - 5 && tokens[i].Sentence == sentence; i--)
        {
            // "Apa sih yang bisa diharapkan dari orang X": nothing, asked as a question.
            if ((tokens[i].In(text) is "diharapkan" or "diharap" or "diandalkan" || (tokens[i].In(text) is "harap" or "harapkan" && tokens[i - 1].In(text) is "di"))
                && Asked(text, tokens, i))
            {
                return i;
            }

            if (tokens[i].In(text) is "berharap" or "harap" or "mengharapkan" or "mengharap" or "menuntut" or "mengharapkan")
            {
                var before = tokens[i - 1].In(text) is "pernah" && i > 1 ? tokens[i - 2].In(text) : tokens[i - 1].In(text);
                return before is "jangan" or "percuma" or "mustahil" or "tidak" ? i : null;
            }
        }

        return null;
    }

    private static bool Asked(string text, List<CommentToken> tokens, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - 5 && tokens[i].Sentence == tokens[at].Sentence; i--)
        {
            if (tokens[i].In(text) is "apa" or "apalagi")
            {
                return true;
            }
        }

        return false;
    }

    // "Dari seribu orang X, mungkin cuma satu yang bisa dipercaya": a good one as rare as one in a thousand.
    private static int? Rare(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        if (target.First < 2 || tokens[target.First - 2].In(text) is not "dari"
            || tokens[target.First - 1].In(text) is not ("seribu" or "sejuta" or "seratus" or "semiliar" or "sepuluh")
            || (target.End < tokens.Count && tokens[target.End].In(text) is "yang"))
        {
            return null;
        }

        for (var i = target.End; i + 2 < tokens.Count && i < target.End + 6 && tokens[i].Sentence == sentence; i++)
        {
            if (tokens[i].In(text) is "satu" or "segelintir" && tokens[i - 1].In(text) is "cuma" or "hanya" or "paling")
            {
                for (var j = i + 1; j < tokens.Count && j < i + 5 && tokens[j].Sentence == sentence; j++)
                {
                    if (Good(text, tokens, j))
                    {
                        return i;
                    }
                }
            }
        }

        return null;
    }

    // "Gue mending tinggal di hutan daripada sekampung sama orang X": anything rather than the group's company.
    private static int? Shunned(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        var rather = -1;
        for (var i = target.First - 1; i >= 0 && i >= target.First - 5 && tokens[i].Sentence == sentence; i--)
        {
            rather = tokens[i].In(text) is "daripada" or "ketimbang" or "drpd" ? i : rather;
        }

        for (var i = rather - 1; rather > 0 && i >= 0 && i >= rather - 8 && tokens[i].Sentence == sentence; i--)
        {
            var word = tokens[i].In(text);
            if (word is "mending" or "mendingan" || (word is "baik" or "suka" or "memilih" or "rela" && i > 0 && tokens[i - 1].In(text) is "lebih"))
            {
                return i;
            }
        }

        return null;
    }

    // "Saya tidak akan pernah makan makanan yang sudah disentuh orang X": the refusal, when the group handled the thing refused.
    private static int? Contaminated(string text, List<CommentToken> tokens, Target target)
    {
        var handled = -1;
        for (var i = target.First - 1; i >= 0 && i >= target.First - 2; i--)
        {
            handled = Handled.Contains(tokens[i].In(text)) ? i : handled;
        }

        var sentence = tokens[target.First].Sentence;
        for (var i = handled - 1; handled > 0 && i >= 0 && i >= handled - 8 && tokens[i].Sentence == sentence; i--)
        {
            var word = tokens[i].In(text);
            if (Refusal.Contains(word) || (Consumed.Contains(word) && Denied(text, tokens, i)))
            {
                return i;
            }
        }

        return null;
    }

    // "tidak akan pernah makan", "jangan mau makan".
    private static bool Denied(string text, List<CommentToken> tokens, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - 3; i--)
        {
            if (Words.Negators.Contains(tokens[i].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // "Orang X jadi menteri? Lelucon apa lagi ini.", "Perempuan nyetir? Pantesan macet.": a question that puts the group in
    // office or asks about it in a few words, answered with a laugh, with the ruin it brings or with what the group is.
    private static int? LaughedOff(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        var office = false;
        var words = 0;
        for (var b = target.First - 1; b >= 0 && tokens[b].Sentence == sentence; b--)
        {
            office |= Office.Contains(tokens[b].In(text));
            words++;
        }

        var i = target.End;
        for (; i < tokens.Count && tokens[i].Sentence == sentence; i++)
        {
            office |= Office.Contains(tokens[i].In(text));
            words++;
        }

        // "Orang X? Jujur? Mustahil.", "Perempuan dan matematika? Jangan bikin ketawa.": the group asked about in a few words, a
        // quality asked after it, and a laugh.
        var fragment = words <= 2;
        var quality = false;
        var denied = false;
        for (var j = i; (office || fragment) && j < tokens.Count && j < i + 8 && tokens[j].Sentence <= sentence + 2; j++)
        {
            quality |= tokens[j].Sentence == sentence + 1 && Good(text, tokens, j);
            if (tokens[j].Sentence == sentence + 2 && !quality)
            {
                return null;
            }

            var word = tokens[j].In(text);
            if (Ridicule.Contains(word) || (word is "benar" && j > i && tokens[j - 1].In(text) is "yang") || (word is "kapan" && tokens[j - 1].In(text) is "sejak")
                || Doom.Contains(word) || (word is "mati" && j + 1 < tokens.Count && tokens[j + 1].In(text) is "semua"))
            {
                return j;
            }

            // "Orang X? Oh, yang suka ngutang terus kabur itu.": the group asked about, answered with what it is.
            if (fragment && tokens[j].Sentence == sentence + 1 && !denied && PredicateLexicon.Table.Match(text, tokens, j, out var answer) > 0
                && answer!.Kind is PredicateKind.Attribute or PredicateKind.Dehumanisation or PredicateKind.Profanity)
            {
                return j;
            }

            denied |= Words.Negators.Contains(word);
        }

        return null;
    }

    // "Terlalu banyak orang X di negeri ini": the group's very presence counted as an excess.
    private static int? TooMany(string text, List<CommentToken> tokens, Target target)
    {
        var first = target.First;
        var at = first >= 2 && tokens[first - 2].In(text) is "terlalu" && tokens[first - 1].In(text) is "banyak" ? first - 2 : -1;
        var after = target.End < tokens.Count && tokens[target.End].Sentence == tokens[first].Sentence ? tokens[target.End].In(text) : default;
        return at >= 0 && (after.IsEmpty || after is "di" or "sekarang" or "disini" or "sini") ? at : null;
    }

    // "Sudah kuduga, pencurinya pasti orang X", "tentu saja si tolol itu orang X": a wrongdoer said, with certainty, to be
    // one of the group.
    private static int? Unmasked(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        var certain = false;
        foreach (var token in tokens)
        {
            certain |= token.Sentence == sentence && Certainty.Contains(token.In(text));
        }

        for (var i = target.First - 1; certain && i >= 0 && i >= target.First - 4 && tokens[i].Sentence == sentence; i--)
        {
            var word = tokens[i].In(text);
            if (Wrongdoer(word) || (word.Length > 5 && word.EndsWith("nya") && Wrongdoer(word[..^3])) || word is "pelaku" or "pelakunya" or "dalang" or "dalangnya")
            {
                return i;
            }

            // "biang keroknya": a wrongdoer of two words.
            if (i > 0 && PredicateLexicon.Table.Match(text, tokens, i - 1, out var phrase) == 2 && phrase!.Kind is PredicateKind.Attribute or PredicateKind.Dehumanisation)
            {
                return i - 1;
            }

            if (!Revealing.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    private static bool Wrongdoer(ReadOnlySpan<char> word) =>
        PredicateLexicon.Table.Contains(word, out var predicate)
        && predicate!.Kind is PredicateKind.Attribute or PredicateKind.Dehumanisation or PredicateKind.Profanity;
}

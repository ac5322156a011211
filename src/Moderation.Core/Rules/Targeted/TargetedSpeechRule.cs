using Moderation.Normalisation;

namespace Moderation.Rules.Targeted;

/// <summary>Hate against protected groups (UU ITE Pasal 28(2)) and calls for violence against groups, people and the newsroom
/// (Pasal 29), found by composing a target with what is said of it: "orang X itu sampah", "usir saja orang X", "kaum X harus
/// dibasmi", "orang X tidak pernah bisa dipercaya", "Redaksi ini pantas dibom".</summary>
/// <remarks>
/// A name of a group alone raises nothing: a group is hated only when a predicate of the lexicon is said of it in the same
/// sentence (or of a word that refers back to it: "mereka"), within the grammar that makes it the speaker's own claim. Denied
/// predicates ("bukan sampah") are not hate and denied positives ("tidak bisa dipercaya") are; verbs are calls only in the
/// forms that call ("usir saja", "harus dibunuh", "kami akan membantai"), so news ("polisi membunuh", "dibunuh") is not; and a
/// comment that quotes, reports or denounces such words (counter-speech, news) holds nothing. Every hit carries two spans,
/// the target's and the predicate's.
/// </remarks>
public sealed class TargetedSpeechRule : IRule
{
    [ThreadStatic]
    private static Scratch? _scratch;

    // Comments that name no group and use no violent word are passed over after one scan.
    private static readonly TriggerWords GroupWords = RulePattern.Triggers(GroupLexicon.Terms.FirstWords.Where(IsAscii).ToArray());

    private static readonly TriggerWords ViolentWords = RulePattern.Triggers(
        "bunuh", "bantai", "habis", "basmi", "musnah", "tumpas", "bakar", "bom", "ledak", "tembak", "gantung", "penggal", "sembelih",
        "bacok", "tusuk", "gorok", "cincang", "rajam", "siksa", "hajar", "gebuk", "pukul", "keroyok", "aniaya", "perkosa", "mati",
        "mampus", "halal", "lenyap", "binasa", "punah", "serang", "hancur", "ganyang", "libas", "modar", "abisin", "abisi");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        var groups = GroupWords.AnyIn(canonical);
        var violent = ViolentWords.AnyIn(canonical);
        if (!groups && !violent)
        {
            return;
        }

        var scratch = _scratch ??= new Scratch();
        var tokens = CommentTokens.Of(text);
        TargetFinder.Find(text, tokens, people: violent, scratch.Targets);
        if (scratch.Targets.Count == 0)
        {
            return;
        }

        // Words about hate against a group (quoted, reported, denounced) hold nothing here, and tell the model's hate heads
        // that the group's name and the hateful words are quoted rather than meant.
        if (SpeechFrame.IsAboutSpeech(canonical, tokens))
        {
            if (scratch.Targets.FindIndex(t => t.IsGroup) is var quoted and >= 0)
            {
                Add(hits, RuleSignals.CounterSpeech, tokens, scratch.Targets[quoted].First, scratch.Targets[quoted].End, 0.8, "quoted");
            }

            return;
        }

        PredicateFinder.Find(canonical, tokens, scratch.Predicates);
        scratch.Said.Clear();
        var deniedOf = -1;
        foreach (var predicate in scratch.Predicates)
        {
            // "Tanpa orang X, tim ini tidak akan maju": what is said of the group's absence is not said of the group.
            if (Link(canonical, tokens, scratch.Targets, predicate) is { } target
                && !(scratch.Targets[target].First > 0 && tokens[scratch.Targets[target].First - 1].In(canonical) is "tanpa"))
            {
                Emit(tokens, scratch.Targets[target], predicate, hits);
                scratch.Said.Add(target);
            }
            else if (deniedOf < 0 && predicate.Denied >= 0 && predicate.Predicate.Kind != PredicateKind.Positive
                && (TargetBefore(canonical, tokens, scratch.Targets, predicate) ?? TargetAfter(canonical, tokens, scratch.Targets, predicate, 3)) is { } denied
                && scratch.Targets[denied].IsGroup)
            {
                deniedOf = denied;
            }
        }

        // Hate denied of a group ("jangan usir pengungsi Rohingya", "orang X bukan sampah") tells the model's hate heads, which
        // read the words and not the denial, that the group's name and the hateful word are not meant.
        if (deniedOf >= 0 && scratch.Said.Count == 0)
        {
            Add(hits, RuleSignals.CounterSpeech, tokens, scratch.Targets[deniedOf].First, scratch.Targets[deniedOf].End, 0.8, "denied");
        }

        var hitsBefore = hits.Count;
        for (var t = 0; t < scratch.Targets.Count; t++)
        {
            var target = scratch.Targets[t];
            if (target.Kind == TargetKind.Group && !scratch.Said.Contains(t)
                && (Blamed(canonical, tokens, target) ?? ImpliedDerogation.Evidence(canonical, tokens, target)) is { } outcome)
            {
                Add(hits, SignalOf(target.Group!), tokens, target.First, target.End, 0.65, target.Group!.Ground);
                Add(hits, SignalOf(target.Group!), tokens, outcome, outcome + 1, 0.65, target.Group!.Ground);
                scratch.Said.Add(t);
            }

            if (target.Kind == TargetKind.Group && target.Group!.Slur && !scratch.Said.Contains(t) && SaidAsSlur(canonical, tokens, target))
            {
                Add(hits, SignalOf(target.Group), tokens, target.First, target.End, 0.7, target.Group.Ground);
            }
        }

        // A group named with nothing hateful said of it ("orang Papua berkumpul di lapangan") is a neutral mention: the hate
        // heads, which rise at the name, are told so, unless an abusive word stands in the comment for them to weigh.
        if (scratch.Said.Count == 0 && deniedOf < 0 && hits.Count == hitsBefore
            && scratch.Targets.FindIndex(t => t.Kind == TargetKind.Group && !t.Group!.Slur) is var named and >= 0
            && !Abusive(canonical, tokens))
        {
            Add(hits, RuleSignals.GroupMention, tokens, scratch.Targets[named].First, scratch.Targets[named].End, 0.8, scratch.Targets[named].Group!.Ground);
        }
    }

    // The target a predicate is said of, or null: the nearest target on the predicate's side, in its sentence, with nothing
    // between them that makes it said of something else.
    private static int? Link(string text, List<CommentToken> tokens, List<Target> targets, FoundPredicate predicate)
    {
        var kind = predicate.Predicate.Kind;
        var denied = predicate.Denied >= 0;
        if (kind != PredicateKind.Positive && denied)
        {
            // "Emang ada ya orang X yang gak nyusahin?": asking whether any is not so says all are.
            return TargetBefore(text, tokens, targets, predicate) is { } asked && AnyAmong(text, tokens, targets[asked]) ? asked : null;
        }

        // "anjing kurap masih lebih berharga daripada orang X": a worth the group is said to fall below.
        if (kind == PredicateKind.Positive && !denied && predicate.First > 0 && tokens[predicate.First - 1].In(text) is "lebih"
            && TargetAfter(text, tokens, targets, predicate, 2) is { } below && targets[below].IsGroup
            && Between(text, tokens, predicate.End, targets[below].First, "daripada", "dari", "drpd"))
        {
            return below;
        }

        if (kind is PredicateKind.Violence or PredicateKind.Exclusion && !predicate.Call)
        {
            return null;
        }

        // "Orang X juga muak dengan korupsi": a feeling with an object of its own is the group's, not the speaker's about it.
        var side = predicate.Predicate.Side;
        if (kind == PredicateKind.Emotion && side == TargetSide.Either && predicate.End < tokens.Count
            && tokens[predicate.End].In(text) is "dengan" or "sama" or "pada" or "terhadap" or "kepada" or "akan"
            && TargetAfter(text, tokens, targets, predicate, 3) is null)
        {
            return null;
        }

        // "Orang X tidak bertanggung jawab atas serangan itu": answerable for a deed, not a quality.
        if (kind == PredicateKind.Positive && denied && predicate.End < tokens.Count && tokens[predicate.End].In(text) is "atas")
        {
            return null;
        }

        // "Jika kamu membenci orang X, kamu yang bermasalah": a feeling put to the listener is not the speaker's.
        if (kind == PredicateKind.Emotion && predicate.First > 0 && tokens[predicate.First - 1].In(text) is "kamu" or "anda" or "kau" or "engkau" or "lu" or "lo")
        {
            return null;
        }

        // "Orang X tidak dihargai", "kurang diperhatikan": a treatment denied to a group is said for it, not against it (a
        // denied worth or ability is not: "tidak pantas dihargai", "tidak bisa dipercaya").
        if (kind == PredicateKind.Positive && denied && predicate.First - predicate.Denied == 1 && Treatment.Contains(tokens[predicate.First].In(text)))
        {
            return null;
        }

        if (side is TargetSide.Before or TargetSide.Either && TargetBefore(text, tokens, targets, predicate) is { } before)
        {
            // "Berita soal pengusiran warga X di Sampang itu menyedihkan": a group inside what the sentence is about.
            if (Topic(text, tokens, targets[before]))
            {
                return null;
            }

            // "Mengusir orang X dengan kekerasan itu kejam": the group is the object of an act, and what follows is said of the act.
            if (kind is not (PredicateKind.Violence or PredicateKind.Exclusion or PredicateKind.Positive) && ObjectOfAct(text, tokens, targets[before]))
            {
                return null;
            }

            // "Pelaku pembunuhan orang X itu pantas dihukum mati": the group names whom the person harmed; what follows is said
            // of the person.
            if (before > 0 && !targets[before - 1].IsGroup && targets[before].First - targets[before - 1].End <= 2
                && TargetFinder.Accused.Contains(TargetFinder.Word(text, tokens[targets[before - 1].First])))
            {
                return Allowed(targets[before - 1], predicate, text, tokens) ? before - 1 : null;
            }

            // A denial ahead of the target turns a quality around: "mana mungkin orang X jahat" is no hate, "mustahil orang X
            // jujur" is (a call to act is not turned: "mana bisa orang X dibiarkan tinggal di sini").
            var ahead = DeniedAhead(text, tokens, targets[before]);
            if (kind == PredicateKind.Positive
                ? denied != ahead || (NoneAmong(text, tokens, targets[before]) && !Words.Negators.Contains(tokens[predicate.First - 1].In(text)))
                : !ahead || kind is PredicateKind.Violence or PredicateKind.Exclusion)
            {
                return Allowed(targets[before], predicate, text, tokens) ? before : null;
            }

            return null;
        }

        if (kind == PredicateKind.Positive)
        {
            return null;
        }

        // "Semoga cepat mati dia": a wished fate with its target right after it.
        if (predicate.Predicate.Form == PredicateForm.Wish && TargetAfter(text, tokens, targets, predicate, 0) is { } wished)
        {
            return Allowed(targets[wished], predicate, text, tokens) ? wished : null;
        }

        // "Perempuan-perempuan itu makin berani. Harus dikasih pelajaran.": a call with no subject of its own is about the group
        // the sentence before ends on.
        if (kind is PredicateKind.Violence or PredicateKind.Exclusion && Subjectless(text, tokens, predicate.First) && Previous(tokens, targets, predicate.First) is { } previous)
        {
            return previous;
        }

        // A feeling reaches over a longer run of small words: "jijik dan marah setiap kali bertemu kaum X".
        var reach = side == TargetSide.Either && kind is PredicateKind.Dehumanisation or PredicateKind.Profanity ? 1
            : kind == PredicateKind.Label ? 0
            : kind == PredicateKind.Emotion ? 6
            : 3;
        if (side is TargetSide.After or TargetSide.Either && TargetAfter(text, tokens, targets, predicate, reach) is { } after)
        {
            // "namanya juga orang X, pasti suka teh manis": a label that may be fond is contempt only beside a hurtful word.
            if (kind == PredicateKind.Label && tokens[predicate.First].In(text) is "namanya" or "tipikal" or "maklum"
                && !HurtfulInSentence(text, tokens, tokens[predicate.First].Sentence))
            {
                return null;
            }

            return Allowed(targets[after], predicate, text, tokens) ? after : null;
        }

        // "Tiap lihat orang X gue langsung ilfil": the speaker's feeling on meeting the group named just before.
        if (kind == PredicateKind.Emotion && Encountered(text, tokens, targets, predicate.First) is { } met)
        {
            return Allowed(targets[met], predicate, text, tokens) ? met : null;
        }

        return null;
    }

    // The group the speaker meets ("lihat", "ketemu", "dengar", "ada") right before "saya [langsung]" and the feeling at
    // <paramref name="feeling"/>.
    private static int? Encountered(string text, List<CommentToken> tokens, List<Target> targets, int feeling)
    {
        var speaker = feeling - 1;
        while (speaker > 0 && tokens[speaker].In(text) is "langsung" or "jadi" or "pasti" or "selalu" or "auto" or "rasanya" or "bawaannya" or "mendadak" or "tiba-tiba")
        {
            speaker--;
        }

        if (speaker < 1 || !Words.FirstPerson.Contains(tokens[speaker].In(text)))
        {
            return null;
        }

        var met = targets.Count - 1;
        while (met >= 0 && !(targets[met].End == speaker && targets[met].IsGroup))
        {
            met--;
        }

        if (met < 0 || tokens[targets[met].First].Sentence != tokens[feeling].Sentence)
        {
            return null;
        }

        var first = targets[met].First;
        for (var i = first - 1; i >= 0 && i >= first - 2; i--)
        {
            if (tokens[i].In(text) is "lihat" or "melihat" or "liat" or "ketemu" or "bertemu" or "dengar" or "mendengar" or "ada" or "dekat" or "papasan" or "berpapasan")
            {
                return met;
            }
        }

        return null;
    }

    private static bool ObjectOfAct(string text, List<CommentToken> tokens, Target target)
    {
        var i = target.First - 1;
        while (i > 0 && tokens[i].In(text) is "terhadap" or "para" or "semua" or "kaum" or "etnis")
        {
            i--;
        }

        // "Kerusuhan yang menyasar orang X adalah aib": the group is the object of a relative clause; what follows is said of its
        // head.
        if (i >= 2 && tokens[i - 1].In(text) is "yang" && tokens[i].In(text) is ['m', 'e', ..] && tokens[i].In(text).Length > 4)
        {
            return true;
        }

        for (var start = Math.Max(0, i - 1); start <= i && i >= 0; start++)
        {
            if (PredicateLexicon.Table.Match(text, tokens, start, out var act) == i - start + 1
                && act!.Kind is PredicateKind.Violence or PredicateKind.Exclusion && act.Form is PredicateForm.Active or PredicateForm.Deed)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Subjectless(string text, List<CommentToken> tokens, int first)
    {
        var sentence = tokens[first].Sentence;
        if (sentence == 0)
        {
            return false;
        }

        for (var i = first - 1; i >= 0 && tokens[i].Sentence == sentence; i--)
        {
            if (!Words.Modals.Contains(tokens[i].In(text)) && tokens[i].In(text) is not ("ya" or "dan" or "terus" or "jadi" or "makanya" or "pokoknya"))
            {
                return false;
            }
        }

        return true;
    }

    // The last group named in the sentence before the one at a token.
    private static int? Previous(List<CommentToken> tokens, List<Target> targets, int first)
    {
        for (var t = targets.Count - 1; t >= 0; t--)
        {
            var sentence = tokens[targets[t].First].Sentence;
            if (sentence == tokens[first].Sentence - 1)
            {
                return targets[t].IsGroup ? t : null;
            }
        }

        return null;
    }

    private static bool HurtfulInSentence(string text, List<CommentToken> tokens, int sentence)
    {
        foreach (var token in tokens)
        {
            // "gak usah heran, namanya juga orang X": no wonder, given who they are.
            if (token.Sentence == sentence && (Ruin.Contains(token.In(text)) || Hurtful(token.In(text)) || token.In(text) is "heran" or "kaget" or "pantesan" or "pantes"))
            {
                return true;
            }
        }

        return false;
    }

    // People and the newsroom are protected here from calls for violence only; a death wish at the accused of a crime is
    // outrage, which the site lets stand ("pelakunya pantas mati"), a call to act on it is not ("bakar saja pelakunya").
    private static bool Allowed(Target target, FoundPredicate predicate, string text, List<CommentToken> tokens)
    {
        if (target.IsGroup)
        {
            return true;
        }

        // A court's sentence asked for a person is no threat: "koruptor itu pantas dihukum mati".
        if (predicate.Predicate.Kind != PredicateKind.Violence || TargetFinder.Word(text, tokens[predicate.First]) is "dihukum" or "dieksekusi")
        {
            return false;
        }

        var accused = TargetFinder.Accused.Contains(TargetFinder.Word(text, tokens[target.First]))
            || TargetFinder.Accused.Contains(Stem(TargetFinder.Word(text, tokens[target.First])));
        return !(accused && predicate.Predicate.Form == PredicateForm.Phrase && target.End <= predicate.First);
    }

    private static int? TargetBefore(string text, List<CommentToken> tokens, List<Target> targets, FoundPredicate predicate)
    {
        var sentence = tokens[predicate.First].Sentence;
        for (var t = targets.Count - 1; t >= 0; t--)
        {
            var target = targets[t];
            if (target.End > predicate.First)
            {
                continue;
            }

            // A relative clause lengthens the gap: "cewek yang pakai rok mini ya wajar kalau diperkosa".
            var gap = target.End < tokens.Count && tokens[target.End].In(text) is "yang" ? 9 : 6;
            if (tokens[target.End - 1].Sentence != sentence || predicate.First - target.End > gap)
            {
                return null;
            }

            return SaidOfTarget(text, tokens, target.End, predicate.First, predicate.Predicate.Form == PredicateForm.Passive) ? t : null;
        }

        return null;
    }

    private static int? TargetAfter(string text, List<CommentToken> tokens, List<Target> targets, FoundPredicate predicate, int reach)
    {
        var sentence = tokens[predicate.End - 1].Sentence;
        for (var t = 0; t < targets.Count; t++)
        {
            var target = targets[t];
            if (target.First < predicate.End)
            {
                continue;
            }

            if (tokens[target.First].Sentence != sentence)
            {
                return null;
            }

            // "tidak ada yang lebih saya benci di dunia ini selain orang X", "yang paling saya benci adalah orang X".
            if (target.First - predicate.End <= 6 && predicate.Predicate.Kind is PredicateKind.Emotion or PredicateKind.Attribute
                && tokens[target.First - 1].In(text) is "selain" or "daripada" or "adalah" or "ialah" or "yaitu")
            {
                return t;
            }

            if (target.First - predicate.End > reach)
            {
                return null;
            }

            for (var i = predicate.End; i < target.First; i++)
            {
                if (!Words.BetweenAfter.Contains(TargetFinder.Word(text, tokens[i])))
                {
                    return null;
                }
            }

            return t;
        }

        return null;
    }

    // Between a target and its predicate: at most two words that are not grammar, none of them a verb with an object of its own
    // ("orang X suka makan tempe yang bau") or a turn to another subject ("..., tapi penjualnya licik").
    private static bool SaidOfTarget(string text, List<CommentToken> tokens, int from, int to, bool passive = false)
    {
        // "orang X harus dipaksa bertobat atau diusir": passives joined into one call share the target.
        var chain = passive && Between(text, tokens, from, to, "atau", "dan");

        // "perempuan yang tidak berjilbab itu murahan": a relative clause that narrows the target ends at "itu", or at the modal
        // that opens what is said of it ("perempuan yang tidak berjilbab pantas ...").
        if (to - from >= 3 && tokens[from].In(text) is "yang")
        {
            for (var i = to - 1; i > from; i--)
            {
                if (tokens[i].In(text) is "itu" or "ini" or "tersebut")
                {
                    from = i + 1;
                    break;
                }
            }

            for (var i = from + 2; tokens[from].In(text) is "yang" && i < to && i <= from + 5; i++)
            {
                if (Words.Modals.Contains(tokens[i].In(text)) && !Words.Negators.Contains(tokens[i - 1].In(text)))
                {
                    from = i;
                    break;
                }
            }
        }

        var content = 0;
        for (var i = from; i < to; i++)
        {
            var word = TargetFinder.Word(text, tokens[i]);
            // "orang X kalau diberi kepercayaan pasti disalahgunakan": a condition between the target and what it then always does.
            if (word is "kalau" or "jika" or "bila" or "kalo" or "begitu" && Then(text, tokens, i + 1, to) is var then and > 0)
            {
                i = then;
                continue;
            }

            // "orang X mana ada yang jujur", "orang X tidak ada yang becus": none of the group is.
            if (word is "mana" or "tidak" && i + 2 < to && tokens[i + 1].In(text) is "ada" && tokens[i + 2].In(text) is "yang")
            {
                i += 2;
                continue;
            }

            if (Words.Contrast.Contains(word))
            {
                return false;
            }

            if (word is "yang" && content > 0)
            {
                return false;
            }

            if (Words.BetweenBefore.Contains(word) || Words.Modals.Contains(word) || Words.Skippable.Contains(word))
            {
                continue;
            }

            if (!chain && (++content > 2 || Words.Transitive.Contains(word) || LooksLikeVerb(word)))
            {
                return false;
            }
        }

        return true;
    }

    // The word that closes a condition and opens what follows from it, at most four words on: "kalau diberi jabatan pasti".
    private static int Then(string text, List<CommentToken> tokens, int from, int to)
    {
        for (var i = from + 1; i <= to && i <= from + 4; i++)
        {
            if (tokens[i].In(text) is "pasti" or "selalu" or "malah" or "justru" or "langsung" or "ujung-ujungnya" or "pastinya")
            {
                return i;
            }
        }

        return -1;
    }

    // Indonesian verbs mostly carry a prefix: meN-, ber-, ter-, di- (the predicates themselves are matched before this is asked).
    private static bool LooksLikeVerb(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.StartsWith("me") || word.StartsWith("ber") || word.StartsWith("ter") || word.StartsWith("di") || word.StartsWith("nge"));

    // "tidak ada orang X yang jujur", "tak seorang pun dari orang X yang jujur": a positive denied of every member.
    private static bool NoneAmong(string text, List<CommentToken> tokens, Target target)
    {
        var i = target.First - 1;
        while (i > 0 && TargetFinder.Word(text, tokens[i]) is "dari" or "pun" or "antara" or "di")
        {
            i--;
        }

        if (i < 1 || TargetFinder.Word(text, tokens[i]) is not ("ada" or "satupun" or "seorang" or "satu"))
        {
            return false;
        }

        while (i > 0 && TargetFinder.Word(text, tokens[i]) is "ada" or "satupun" or "seorang" or "satu" or "sih" or "memang" or "emang")
        {
            i--;
        }

        // "masa sih ada orang X yang jujur?": asked so as to deny it.
        return TargetFinder.Word(text, tokens[i]) is "tidak" or "mana" or "tak" or "belum" or "masa" or "mustahil";
    }

    private static readonly WordSet AbusiveWordSet = new(AbusiveWords.All);

    // How others treat a group, which a comment may deny in sympathy: "kurang dihargai", "sulit diterima keluarga".
    private static readonly WordSet Treatment = new(
        "diterima", "dihargai", "dihormati", "dilindungi", "diperhatikan", "diakui", "disayangi", "dicintai", "didengar", "dianggap",
        "dipedulikan", "dibantu", "diberi", "dikasih");

    // Any abusive word, or any word the lexicon can say of a group, even where it is said of nothing found.
    private static bool Abusive(string text, List<CommentToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (Hurtful(token.In(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Hurtful(ReadOnlySpan<char> word) =>
        AbusiveWordSet.Contains(word)
        || (PredicateLexicon.Table.Contains(word, out var predicate) && predicate!.Kind is not (PredicateKind.Positive or PredicateKind.Label));

    private static bool Topic(string text, List<CommentToken> tokens, Target target)
    {
        if (target.First == 0)
        {
            return false;
        }

        var word = TargetFinder.Word(text, tokens[target.First - 1]);
        return word is "soal" or "tentang" or "mengenai" or "terhadap" or "atas" or "nasib" or "berita" or "kisah" or "cerita"
            || (word.Length > 7 && word.StartsWith("pe") && word.EndsWith("an"));
    }

    // "Jangan harap orang X bisa jujur", "mustahil orang X bisa dipercaya", "mana mungkin orang X pintar": a denial that opens
    // the clause before its subject.
    private static bool DeniedAhead(string text, List<CommentToken> tokens, Target target)
    {
        var first = target.First;
        if (first < 1 || tokens[first - 1].Sentence != tokens[first].Sentence)
        {
            return false;
        }

        var word = TargetFinder.Word(text, tokens[first - 1]);
        var before = first >= 2 && tokens[first - 2].Sentence == tokens[first].Sentence ? TargetFinder.Word(text, tokens[first - 2]) : default;
        return word is "mustahil"
            || (word is "mungkin" or "bisa" or "pernah" && before is "tidak" or "mana" or "mustahil")
            || (word is "harap" or "berharap" or "mimpi" or "bermimpi" && before is "jangan" or "tidak" or "mana");
    }

    // A slur hates on its own unless it is the ordinary word it also is ("naik onta", "homo sapiens"), the group's own word
    // for itself ("kami para bencong"), quoted, or named as what others call the group ("disebut kafir").
    private static bool SaidAsSlur(string text, List<CommentToken> tokens, Target target)
    {
        if (tokens[target.First].Quoted
            || (target.First > 0 && GroupLexicon.HomonymBefore.Contains(tokens[target.First - 1].In(text)))
            || (target.End < tokens.Count && GroupLexicon.HomonymAfter.Contains(tokens[target.End].In(text))))
        {
            return false;
        }

        for (var i = Math.Max(0, target.First - 3); i < target.First; i++)
        {
            var word = tokens[i].In(text);
            if (word is "kita-kita" or "istilah" or "sebutan" || Words.FirstPerson.Contains(word) || Words.PassiveSpeech.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet BlameBefore = new(
        "begitu", "tiap", "setiap", "sejak", "semenjak", "gara-gara", "gara", "karena", "akibat", "ulah", "salah", "kalau", "jika", "habis",
        "bila", "pas", "salaman", "bersalaman", "ketemu", "bertemu", "bersentuhan", "dekat-dekat", "berdekatan", "dekat");

    private static readonly WordSet Ruin = new(
        "anjlok", "hancur", "rusak", "kacau", "berantakan", "bangkrut", "kumuh", "kotor", "rusuh", "kerusuhan", "sial", "bencana", "celaka",
        "merosot", "ketularan", "tertular", "runtuh", "tenggelam", "musnah", "miskin", "melarat", "ricuh", "kriminal", "kriminalitas",
        "kacau-balau", "bau", "jorok", "tawuran", "maling", "kemalingan", "rugi", "dipukuli", "ditipu", "dirampok", "kecurian", "menyesal", "nyesel",
        // Precautions taken against the group: "kalau ada orang X lewat, jaga dompet", "habis salaman sama X cuci tangan".
        "dompet", "kunci", "amankan", "sembunyikan", "cuci", "disinfektan", "semprot", "waspada", "hati-hati", "awas", "ruqyah", "rukyah",
        "mandi", "najis", "azab", "kiamat", "murka", "menjauh", "menghindar", "kabur", "minggir",
        // Crimes the group is said to bring: "setiap kali ada maling, pasti pelakunya orang X".
        "pencurian", "perampokan", "penipuan", "begal", "pembegalan", "narkoba", "kejahatan", "copet", "pencopetan", "curanmor",
        "kehabisan", "pingsan", "sesak",
        // The neighbourhood said to decline and watched: "sejak orang X berdatangan, Jakarta jadi semrawut", "satpam langsung siaga".
        "semrawut", "tertinggal", "terbelakang", "rawan", "sumpek", "bobrok", "mabuk", "siaga", "curiga", "mengawasi", "membuntuti",
        "diawasi", "dibuntuti");

    // Moving away from the group is a precaution: "kalau ada orang X di kereta, saya langsung pindah gerbong".
    private static readonly WordSet MovedFrom = new(
        "gerbong", "rumah", "kursi", "tempat", "meja", "kos", "kampung", "sekolah", "kantor", "kamar", "bangku", "kompleks", "jalur", "kota");

    // Words that make a single doer stand for the group: "pasti pelakunya orang X", "lagi-lagi ulah orang X".
    private static readonly WordSet Always = new("pasti", "selalu", "lagi-lagi", "setiap", "tiap", "biasanya", "kebanyakan", "mesti", "pastinya");

    // The ruin or precaution at a token, unless denied or suffered ("korban pencurian").
    private static bool Ruined(string text, List<CommentToken> tokens, int i)
    {
        var word = tokens[i].In(text);
        var before = i > 0 ? tokens[i - 1].In(text) : default;
        return (Ruin.Contains(word) || (word.Length > 6 && word.EndsWith("nya") && Ruin.Contains(word[..^3]))
                || (word is "pindah" && i + 1 < tokens.Count && MovedFrom.Contains(tokens[i + 1].In(text)))
                || (word is "hilang" && before is "barang" or "dompet" or "uang" or "motor" or "sandal" or "hp" or "perhiasan")
                || (word is "turun" or "jatuh" && Between(text, tokens, Math.Max(0, i - 4), i, "harga", "nilai")))
            && !Words.Negators.Contains(before) && before is not "korban";
    }

    // What the group's coming is said to have taken away: "sejak banyak orang X tinggal di sini, lingkungan jadi tidak aman".
    private static readonly WordSet Peace = new("aman", "tenang", "damai", "tertib", "nyaman", "bersih", "kondusif", "tentram", "tenteram");

    // Implicit blame: the group's coming or doing followed by ruin ("Begitu orang X pindah ke kompleks, harga rumah langsung
    // anjlok", "gara-gara orang X negeri ini hancur", "Pemimpin dari kalangan X? Siap-siap negeri ini hancur"). The ruin word's
    // token, or null.
    private static int? Blamed(string text, List<CommentToken> tokens, Target target)
    {
        if ((Safer(text, tokens, target) ?? BetterWithout(text, tokens, target)) is { } without)
        {
            return without;
        }

        var sentence = tokens[target.First].Sentence;
        var cause = -1;
        // "Serahkan saja negara ini ke perempuan, dijamin bangkrut": the group entrusted with something.
        for (var i = target.First - 1; i >= 0 && i >= target.First - 5 && tokens[i].Sentence == sentence; i--)
        {
            var word = tokens[i].In(text);
            cause = word is "serahkan" or "serahin" or "biarkan" or "biarin" or "percayakan"
                || (word is "kasih" or "kasi" or "beri" or "berikan" or "berilah" && !(i > 0 && tokens[i - 1].In(text) is "terima")) ? i : cause;
        }

        for (var i = target.First - 1; i >= 0 && i >= target.First - 3 && tokens[i].Sentence == sentence; i--)
        {
            // "bukan karena tetangga orang X": a cause denied blames no one.
            cause = (BlameBefore.Contains(tokens[i].In(text)) && !(i > 0 && Words.Negators.Contains(tokens[i - 1].In(text))))
                || (tokens[i].In(text) is "pelakunya" or "pelaku" or "biangnya" or "dalangnya" && Generalised(text, tokens, sentence)) ? i : cause;
        }

        // The ruin or the precaution may come first, when the cue governs the target: "gue kunci pintu rapat-rapat kalau (ada)
        // orang X lewat".
        var governs = cause == target.First - 1 || (cause == target.First - 2 && Presence.Contains(tokens[target.First - 1].In(text)));
        if (!governs && Suspected(text, tokens, target) is { } suspect)
        {
            // "Kalau ada barang hilang, cek dulu si orang X": the group suspected first of the loss before it.
            cause = suspect;
            governs = true;
        }
        for (var i = cause - 1; governs && cause > 0 && i >= 0 && i >= cause - 8 && tokens[i].Sentence == sentence; i--)
        {
            if (Ruined(text, tokens, i))
            {
                return i;
            }
        }

        // "Pantesan kantornya berantakan, bosnya orang X", "ya wajarlah miskin, orang X sih", "pantas saja kelakuannya begitu,
        // ternyata dia orang X": no wonder, since the group is there.
        if ((cause < 0 || !governs) && NoWonder(text, tokens, sentence)
            && ((target.End < tokens.Count && tokens[target.End].In(text) is "sih" or "kan" or "tuh")
                || (target.First > 0 && tokens[target.First - 1].In(text) is { Length: > 5 } owner && owner.EndsWith("nya"))
                || (target.First > 0 && Quarter.Contains(tokens[target.First - 1].In(text)))
                || (target.First > 1 && tokens[target.First - 2].In(text) is "namanya" && tokens[target.First - 1].In(text) is "juga")
                || Revealed(text, tokens, target.First)))
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Sentence == sentence && (Ruined(text, tokens, i)
                    || ((Hurtful(tokens[i].In(text)) || tokens[i].In(text) is "kelakuannya" or "tingkahnya" or "perilakunya" or "sikapnya" or "kelakuan")
                        && !(i > 0 && Words.Negators.Contains(tokens[i - 1].In(text))))))
                {
                    return i;
                }
            }
        }

        for (var i = target.End; i < tokens.Count && i < target.End + 14 && tokens[i].Sentence <= sentence + 1; i++)
        {
            var word = tokens[i].In(text);
            if (word is "siap-siap" or "bersiaplah" or "bersiap" && tokens[i].Sentence == sentence + 1)
            {
                cause = i;
            }

            var negated = i > 0 && Words.Negators.Contains(tokens[i - 1].In(text));
            if (cause >= 0 && (Ruined(text, tokens, i) || (Peace.Contains(word) && negated)))
            {
                return i;
            }
        }

        return null;
    }

    // What may stand between a cue and the group it governs: "kalau tetanggamu orang X", "begitu lihat orang X".
    private static readonly WordSet Presence = new("ada", "tetangga", "tetanggamu", "tetangganya", "lihat", "melihat", "ketemu", "bertemu", "si");

    // Where the group lives, named as the reason: "wajar kotor, itu kan kawasan orang X".
    private static readonly WordSet Quarter = new(
        "kawasan", "kampung", "daerah", "wilayah", "lingkungan", "perumahan", "kompleks", "komplek", "pemukiman", "permukiman", "gang");

    // The group suspected first: "cek dulu si orang X", "curigai saja orang X". The suspecting word's token, or null.
    private static int? Suspected(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        for (var i = target.First - 1; i >= 0 && i >= target.First - 4 && tokens[i].Sentence == sentence; i--)
        {
            var word = tokens[i].In(text);
            if (word is "cek" or "periksa" or "geledah" or "curigai" or "tuduh" or "interogasi" or "salahkan")
            {
                return i;
            }

            if (word is not ("dulu" or "si" or "saja" or "aja" or "itu" or "pertama" or "langsung" or "orang"))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly WordSet Progress = new(
        "maju", "makmur", "sejahtera", "aman", "damai", "tenang", "tentram", "tenteram", "bersih", "jaya", "tertib", "berkembang");

    // The land better without the group: "negara ini baru maju kalau orang X sudah tidak ada", "tanpa orang X kota ini pasti
    // aman". The word of progress's token, or null.
    private static int? BetterWithout(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        var before = target.First > 0 && tokens[target.First - 1].Sentence == sentence ? tokens[target.First - 1].In(text) : default;
        var condition = before is "kalau" or "jika" or "bila" or "setelah" or "sesudah" or "asal" or "asalkan" or "sampai" or "kalo";
        var absent = false;
        for (var i = target.End; condition && i < tokens.Count && i < target.End + 4 && tokens[i].Sentence == sentence; i++)
        {
            var word = tokens[i].In(text);
            absent |= word is "hilang" or "lenyap" or "musnah" or "punah" or "habis" or "minggat" or "enyah" or "angkat"
                || (word is "ada" && tokens[i - 1].In(text) is "tidak")
                || (word is "pergi" && (i + 1 == tokens.Count || tokens[i + 1].Sentence != sentence || tokens[i + 1].In(text) is "dari" or "semua"));
        }

        if (!absent && before is not "tanpa")
        {
            return null;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Sentence == sentence && Progress.Contains(tokens[i].In(text)) && !Between(text, tokens, Math.Max(0, i - 3), i, "tidak", "belum", "sulit", "susah"))
            {
                return i;
            }
        }

        return null;
    }

    // "Kalau mau aman, jangan sewa rumah ke orang X": safety said to lie in keeping away from the group. The word of safety's
    // token, or null.
    private static int? Safer(string text, List<CommentToken> tokens, Target target)
    {
        var sentence = tokens[target.First].Sentence;
        if (target.First < 2 || tokens[target.First - 1].In(text) is not ("ke" or "sama" or "dengan" or "dari" or "kepada" or "pada" or "dekat"))
        {
            return null;
        }

        var kept = false;
        for (var i = target.First - 2; i >= 0 && i >= target.First - 5 && tokens[i].Sentence == sentence; i--)
        {
            kept |= tokens[i].In(text) is "jangan";
        }

        for (var i = 1; kept && i < target.First; i++)
        {
            if (tokens[i].Sentence == sentence && tokens[i].In(text) is "aman" or "selamat" && tokens[i - 1].In(text) is "mau" or "biar" or "supaya" or "agar" or "ingin" or "pengen")
            {
                return i;
            }
        }

        return null;
    }

    // "..., ternyata dia orang X", "..., rupanya orang X": the group named as the explanation.
    private static bool Revealed(string text, List<CommentToken> tokens, int first)
    {
        var i = first - 1;
        if (i >= 0 && tokens[i].In(text) is "dia" or "ia" or "mereka" or "orangnya" or "pelakunya")
        {
            i--;
        }

        if (i >= 0 && tokens[i].In(text) is "ternyata" or "rupanya" or "soalnya" or "karena")
        {
            return true;
        }

        // "pantesan rusak, yang pegang proyek orang X".
        for (var j = first - 1; j >= 0 && j >= first - 4; j--)
        {
            if (tokens[j].In(text) is "yang")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Generalised(string text, List<CommentToken> tokens, int sentence)
    {
        foreach (var token in tokens)
        {
            if (token.Sentence == sentence && Always.Contains(token.In(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NoWonder(string text, List<CommentToken> tokens, int sentence)
    {
        var start = 0;
        while (start < tokens.Count && tokens[start].Sentence != sentence)
        {
            start++;
        }

        start = start < tokens.Count ? start : -1;
        while (start >= 0 && start < tokens.Count - 1 && tokens[start].In(text) is "ya" or "yah" or "oh" or "lha" or "lah")
        {
            start++;
        }

        var next = start >= 0 && start + 1 < tokens.Count ? tokens[start + 1].In(text) : default;
        return start >= 0 && (tokens[start].In(text) is "pantesan" or "pantes" or "pantasan" or "wajar" or "wajarlah" or "maklum" or "maklumlah"
            || (tokens[start].In(text) is "pantas" && next is "saja")
            || (tokens[start].In(text) is "namanya" && next is "juga")
            || (tokens[start].In(text) is "tidak" && next is "heran"));
    }

    // "ada ... X yang": the target is asked about as "any X".
    private static bool AnyAmong(string text, List<CommentToken> tokens, Target target)
    {
        for (var i = target.First - 1; i >= 0 && i >= target.First - 3; i--)
        {
            if (tokens[i].In(text) is "ada")
            {
                // "tidak ada orang X yang ...": a denied existence, not a question.
                return i == 0 || !Words.Negators.Contains(tokens[i - 1].In(text));
            }
        }

        return false;
    }

    private static bool Between(string text, List<CommentToken> tokens, int from, int to, params ReadOnlySpan<string> words)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var word in words)
            {
                if (tokens[i].In(text).SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Emit(List<CommentToken> tokens, Target target, FoundPredicate predicate, List<RuleHit> hits)
    {
        var kind = predicate.Predicate.Kind;
        // The denial belongs to the evidence unless it stands before the target ("tidak ada orang X yang jujur").
        var first = kind == PredicateKind.Positive && predicate.Denied >= target.End ? predicate.Denied : predicate.First;
        if (!target.IsGroup)
        {
            Add(hits, RuleSignals.Threat, tokens, target.First, target.End, 0.85, "violence");
            Add(hits, RuleSignals.Threat, tokens, first, predicate.End, 0.85, "violence");
            return;
        }

        var term = target.Group!;
        var signal = SignalOf(term);
        var confidence = Confidence(kind);
        Add(hits, signal, tokens, target.First, target.End, confidence, term.Ground);
        Add(hits, signal, tokens, first, predicate.End, confidence, term.Ground);
        if (kind == PredicateKind.Violence)
        {
            Add(hits, RuleSignals.Threat, tokens, target.First, target.End, 0.9, "incitement");
            Add(hits, RuleSignals.Threat, tokens, first, predicate.End, 0.9, "incitement");
        }
    }

    private static double Confidence(PredicateKind kind) => kind switch
    {
        PredicateKind.Violence or PredicateKind.Exclusion or PredicateKind.Dehumanisation => 0.9,
        PredicateKind.Profanity => 0.85,
        PredicateKind.Label => 0.7,
        _ => 0.8,
    };

    private static string SignalOf(GroupTerm term) =>
        term.Ground == HateGround.SexualOrientation ? RuleSignals.SiteHate : RuleSignals.GroupHate;

    private static void Add(List<RuleHit> hits, string signal, List<CommentToken> tokens, int first, int end, double confidence, string kind)
    {
        hits.Add(TokenHits.Span(tokens, first, end, signal, confidence, kind));
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) => word.Length > 5 && word.EndsWith("nya") ? word[..^3] : word;

    private static bool IsAscii(string word) => word.All(char.IsAscii);

    private sealed class Scratch
    {
        public List<Target> Targets { get; } = [];

        public List<FoundPredicate> Predicates { get; } = [];

        public HashSet<int> Said { get; } = [];
    }
}

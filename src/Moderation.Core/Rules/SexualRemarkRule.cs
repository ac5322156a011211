using Moderation.Normalisation;
using Moderation.Rules.Targeted;

namespace Moderation.Rules;

/// <summary>Sexual remarks about a person (UU ITE Pasal 27 ayat (1), as harassment): a body part with desire or touching
/// ("Bodinya mulus banget, pengen gue pegang-pegang"), arousal said of someone ("liat dia bikin sange"), a sexual proposition
/// ("kapan kita ngamar, Mbak?") and a degrading sexual label for a person ("dasar lonte"). Health and medical talk
/// ("pemeriksaan payudara sejak dini"), sex education and the reporting of a sexual crime ("pelaku meraba korban ditangkap")
/// remark on nobody. Flagged for a moderator, never rejected.</summary>
public sealed class SexualRemarkRule : IRule
{
    private const double Confidence = 0.7;

    private static readonly WordSet Body = new(
        "bodi", "body", "badan", "tubuh", "dada", "toket", "tete", "tetek", "payudara", "pantat", "bokong", "paha", "bibir", "pinggul",
        "belahan", "selangkangan", "puting", "pentil", "memek", "kontol", "burung", "lekuk", "betis", "bodinya", "badannya", "tubuhnya",
        "dadanya", "toketnya", "teteknya", "pantatnya", "bokongnya", "pahanya", "bibirnya", "pinggulnya", "susunya", "lekuknya", "bemper");

    private static readonly WordSet Touch = new(
        "pegang", "pegang-pegang", "megang", "memegang", "remas", "meremas", "remes", "ngeremes", "remas-remas", "cium", "nyium", "ciumin",
        "peluk", "meluk", "jilat", "jilatin", "menjilat", "grepe", "grepe-grepe", "gerepe", "raba", "meraba", "raba-raba", "colek",
        "nyolek", "cicip", "nyicip", "nyicipin", "icip", "icip-icip", "tidurin", "nidurin", "entot", "ngentot", "entotin", "ewe", "ngewe",
        "gigit", "sedot", "isep", "ngisep", "kenyot", "ngenyot", "elus", "ngelus", "mengelus", "elus-elus", "tepok", "tampar", "remasin",
        "pegangin", "cubit", "kekep", "dekap", "mendekap", "tindih", "nindih", "belai", "membelai");

    private static readonly WordSet Desire = new(
        "ingin", "mau", "andai", "andaikan", "seandainya", "coba", "boleh", "pengin", "kepengen", "kepingin", "pengen", "ngebayangin",
        "membayangkan", "bayangin", "sini", "ayo", "yuk", "kapan", "rela", "minta", "pasti", "enak");

    private static readonly WordSet Evaluation = new(
        "mulus", "montok", "semok", "bahenol", "seksi", "sexy", "sekel", "kenceng", "kencang", "padat", "gede", "besar", "menggoda",
        "menggairahkan", "aduhai", "menantang", "ranum", "empuk", "basah", "mancung", "sintal", "molek", "hot");

    // Body words that are sexual in themselves: with a judgement of size or shape they remark on a person's body.
    private static readonly WordSet CrudeBody = new(
        "toket", "tete", "tetek", "memek", "kontol", "pentil", "selangkangan", "toketnya", "teteknya", "bemper", "semangka");

    // Looks that, with a wish to touch, make a wish about the person: "cantik banget mbaknya, pengen gue peluk".
    private static readonly WordSet Looks = new(
        "cantik", "ganteng", "manis", "imut", "bening", "seksi", "sexy", "mulus", "montok", "semok", "bahenol", "aduhai", "menggoda", "hot");

    private static readonly WordSet Arousal = new(
        "sange", "sangean", "horny", "ngaceng", "konak", "nafsuin", "terangsang", "ngiler", "birahi");

    // Arousal words that need no body part beside them: no everyday sense.
    private static readonly WordSet PlainArousal = new("sange", "sangean", "horny", "ngaceng", "konak", "terangsang", "birahi", "nafsuin");

    private static readonly WordSet Propositions = new(
        "ngamar", "tidurin", "nidurin", "ngewe", "ngentot", "entot", "entotin", "ngentotin", "kelonin", "ngelonin", "bercinta",
        "nginep", "making", "gituan", "begituan", "ena-ena", "enaena", "ngeseks", "seks", "sex", "threesome", "bobo", "tidur");

    // "tidur", "bobo", "nginep", "seks" propose only with a partner: "tidur bareng", "bobo sama aku".
    private static readonly WordSet NeedsPartner = new("tidur", "bobo", "nginep", "seks", "sex", "making");

    private static readonly WordSet Partner = new("bareng", "bersama", "sekamar", "love");

    // "tidur sama aku": a partner named after "sama" or "dengan".
    private static readonly WordSet PartnerPronouns = new("saya", "kamu", "kita", "abang", "om", "mas", "adek");

    private static readonly WordSet Labels = new(
        "lonte", "pelacur", "jablay", "perek", "pecun", "sundal", "cabe-cabean", "lacur", "gundik", "bispak", "psk", "jalang",
        "lonte-lonte");

    // Labels for a person, not a profession in a report: "dasar lonte", "mbak itu jablay", "kamu pelacur".
    private static readonly WordSet LabelCues = new("dasar", "kayak", "kaya", "mirip", "si", "kamu", "dia", "itu", "memang", "emang", "cuma", "hanya");

    // Health, education and the reporting of sexual crimes: the words speak of bodies and sex, not to or about someone with desire.
    private static readonly WordSet Context = new(
        "kanker", "pemeriksaan", "periksa", "memeriksa", "sadari", "benjolan", "tumor", "menyusui", "asi", "mammografi", "medis",
        "kesehatan", "puskesmas", "gejala", "edukasi", "pendidikan", "penyuluhan", "reproduksi", "pubertas", "kontrasepsi", "dokter",
        "bidan", "pasien", "rumah sakit", "pelaku", "korban", "ditangkap", "menangkap", "dilaporkan", "melaporkan", "polisi", "polres",
        "pengadilan", "divonis", "dituntut", "tersangka", "terdakwa", "kasus", "pelecehan", "dilecehkan", "mencabuli", "dicabuli",
        "pencabulan", "pemerkosaan", "diperkosa", "razia", "prostitusi", "mucikari", "germo", "tppo", "eksploitasi", "perdagangan",
        "hukum", "dihukum", "olahraga", "senam", "latihan", "gym", "diet", "sehat", "bayi", "anak", "operasi", "luka", "sakit",
        "nyeri", "pijat", "urut", "pakaian", "baju", "stop", "lapor", "waspada");

    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        Body.Words.Concat(CrudeBody.Words).Concat(Touch.Words).Concat(Arousal.Words).Concat(Propositions.Words.Where(w => w.Length > 2)).Concat(Labels.Words).Distinct().ToArray());

    [ThreadStatic]
    private static Scratch? _scratch;

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, Triggers))
        {
            return;
        }

        var scratch = _scratch ??= new Scratch();
        var tokens = CommentTokens.Of(text);
        if (InContext(canonical, tokens))
        {
            return;
        }

        TargetFinder.Find(text, tokens, people: true, scratch.Targets);
        for (var sentence = 0; tokens.Count > 0 && sentence <= tokens[^1].Sentence; sentence++)
        {
            MatchSentence(canonical, tokens, scratch.Targets, sentence, hits);
        }
    }

    private static void MatchSentence(string canonical, List<CommentToken> tokens, List<Target> targets, int sentence, List<RuleHit> hits)
    {
        int body = -1, crude = -1, touch = -1, desire = -1, evaluation = -1, looks = -1, arousal = -1, plainArousal = -1, proposition = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Sentence != sentence)
            {
                continue;
            }

            var word = TargetFinder.Word(canonical, tokens[i]);
            var next = i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence ? TargetFinder.Word(canonical, tokens[i + 1]) : default;
            Mark(Body.Contains(word), i, ref body);
            Mark(CrudeBody.Contains(word), i, ref crude);
            Mark(Looks.Contains(word), i, ref looks);
            Mark(Touch.Contains(word), i, ref touch);
            Mark(Desire.Contains(word), i, ref desire);
            Mark(Evaluation.Contains(word), i, ref evaluation);
            Mark(Arousal.Contains(word), i, ref arousal);
            Mark(PlainArousal.Contains(word), i, ref plainArousal);
            Mark(Propositions.Contains(word) && (!NeedsPartner.Contains(word) || WithPartner(canonical, tokens, i)), i, ref proposition);
            if (Labels.Contains(word) && Labelled(canonical, tokens, targets, i))
            {
                Add(tokens, i, "label", hits);
            }
        }

        if (body >= 0 && ((touch >= 0 && (desire >= 0 || evaluation >= 0)) || arousal >= 0))
        {
            Add(tokens, body, "remark", hits);
            Add(tokens, touch >= 0 ? touch : arousal, "remark", hits);
        }
        else if (crude >= 0 && evaluation >= 0)
        {
            Add(tokens, crude, "remark", hits);
            Add(tokens, evaluation, "remark", hits);
        }
        else if (looks >= 0 && touch >= 0 && desire >= 0)
        {
            Add(tokens, looks, "remark", hits);
            Add(tokens, touch, "remark", hits);
        }
        else if (plainArousal >= 0)
        {
            Add(tokens, plainArousal, "remark", hits);
        }
        else if (proposition >= 0 && (desire >= 0 || touch >= 0))
        {
            Add(tokens, proposition, "proposition", hits);
        }
        else if (touch >= 0 && desire >= 0 && TouchIsSexual(canonical, tokens[touch]))
        {
            Add(tokens, touch, "proposition", hits);
        }
    }

    private static bool WithPartner(string canonical, List<CommentToken> tokens, int index)
    {
        var next = index + 1 < tokens.Count ? TargetFinder.Word(canonical, tokens[index + 1]) : default;
        var after = index + 2 < tokens.Count ? TargetFinder.Word(canonical, tokens[index + 2]) : default;
        return Partner.Contains(next) || (next is "sama" or "dengan" && PartnerPronouns.Contains(after));
    }

    // Touching that has no everyday sense: "pengen gue grepe-grepe", not "mau peluk anak".
    private static bool TouchIsSexual(string canonical, CommentToken token) =>
        TargetFinder.Word(canonical, token) is "grepe" or "grepe-grepe" or "gerepe" or "remas" or "meremas" or "remes" or "ngeremes"
            or "remas-remas" or "remasin" or "tidurin" or "nidurin" or "entot" or "ngentot" or "entotin" or "ewe" or "ngewe" or "jilatin"
            or "kenyot" or "ngenyot" or "nyicipin" or "icip-icip" or "tindih" or "nindih";

    private static bool Labelled(string canonical, List<CommentToken> tokens, List<Target> targets, int index)
    {
        if (index > 0 && tokens[index - 1].Sentence == tokens[index].Sentence && LabelCues.Contains(TargetFinder.Word(canonical, tokens[index - 1])))
        {
            return true;
        }

        foreach (var target in targets)
        {
            if (!target.IsGroup && tokens[target.First].Sentence == tokens[index].Sentence && Math.Abs(target.First - index) <= 4)
            {
                return true;
            }
        }

        // A label alone as the whole remark: "Lonte!".
        return tokens.Count <= 2;
    }

    private static bool InContext(string canonical, List<CommentToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (Context.Contains(TargetFinder.Word(canonical, token)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Mark(bool found, int index, ref int at)
    {
        if (found && at < 0)
        {
            at = index;
        }
    }

    private static void Add(List<CommentToken> tokens, int index, string kind, List<RuleHit> hits) =>
        hits.Add(new RuleHit(RuleSignals.Sexual, TextView.Canonical, tokens[index].Start, tokens[index].Length, Confidence, kind));

    private sealed class Scratch
    {
        public List<Target> Targets { get; } = [];
    }
}

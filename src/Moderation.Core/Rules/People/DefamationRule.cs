using Moderation.Normalisation;
using Moderation.Rules.Targeted;

namespace Moderation.Rules.People;

/// <summary>Defamation of an individual (UU ITE Pasal 27A): an identifiable person (<see cref="PersonMentions"/>) joined to an
/// accusation of a crime or a disgrace ("Pak Lurah Darmin itu maling", "Bidan Yuni di klinik Sejahtera itu pembohong"). Since
/// MK 105/PUU-XXII/2024 the article protects people, not institutions or offices, so "DPR isinya maling" and "koruptor harus
/// dimiskinkan" name nobody. A sentence that cites an authority ("KPK menetapkan Bupati X sebagai tersangka"), states a
/// condition ("kalau terbukti korupsi, pecat") or denies the accusation ("Pak Darmin bukan maling") accuses nobody. Evidence
/// marks both the person and the accusation; the signal is for a moderator to weigh, never for the machine to reject.</summary>
public sealed class DefamationRule : IRule
{
    private const double Confidence = 0.7;

    // What may stand between a person and an accusation said of them: "Pak Darmin itu memang maling", "Bupati X ketahuan
    // terima suap", "Bidan Yuni di klinik Sejahtera itu pembohong".
    private static readonly WordSet Bridges = new(
        "itu", "ini", "tuh", "nih", "si", "memang", "emang", "jelas", "pasti", "sudah", "telah", "pernah", "suka", "hobi", "sering",
        "doyan", "seorang", "adalah", "ialah", "merupakan", "yang", "sih", "kok", "ternyata", "aslinya", "juga", "dulu", "diam-diam",
        "ketahuan", "kepergok", "jadi", "menjadi", "mantan", "bekas", "ya", "lah", "kan", "dasar", "sebenarnya", "sebetulnya", "nyatanya",
        "beneran", "benar-benar", "sungguh", "dia", "beliau", "terkenal", "dikenal", "sebagai", "cuma", "hanya", "paling", "kayak",
        "seperti", "mirip", "tukang", "biang", "raja", "gembong", "otak", "juragan", "terbukti", "gemar", "banget", "orangnya",
        "orang", "bapak", "ibu", "ketua", "istri", "suami", "anaknya", "sekeluarga", "ikut", "tega", "berani", "selama", "saja",
        // Who the person is to the speaker: "Pak Budi tetangga saya itu", "si Andi mantan pacar saya".
        "saya", "kami", "kita", "pacar", "teman", "kawan", "sahabat", "ipar", "mertua", "adik", "kakak", "sepupu", "paman", "bibi",
        "atasan", "rekan", "tetangga", "kenalan", "bapaknya", "ibunya", "suaminya", "istrinya", "pacarnya");

    // Words that put a sentence in the mouth of an authority or a court, or make it a condition or a suspicion to be tested.
    private static readonly WordSet Reported = new(
        "kpk", "polisi", "polda", "polres", "polsek", "polri", "bareskrim", "kejaksaan", "kejari", "kejati", "kejagung", "jaksa", "hakim",
        "pengadilan", "majelis", "penyidik", "menetapkan", "ditetapkan", "ditangkap", "menangkap", "diamankan", "divonis", "memvonis",
        "didakwa", "mendakwa", "dituntut", "menuntut", "diduga", "dugaan", "terduga", "tersangka", "terdakwa", "terpidana", "dilaporkan",
        "melaporkan", "laporan", "diperiksa", "memeriksa", "ott", "penyelidikan", "penyidikan", "sidang", "persidangan", "vonis", "dakwaan",
        "kalau", "jika", "jikalau", "apabila", "bila", "seandainya", "andai", "andaikan", "misalnya", "asalkan", "praduga", "fitnah",
        "memfitnah", "difitnah", "tuduhan", "dituduh", "menuduh", "hoaks", "hoax", "membantah", "dibantah", "klarifikasi", "berita",
        "memberantas", "berantas", "melawan", "lawan", "menolak", "anti", "antikorupsi", "pemberantasan", "dirampok",
        "dibegal", "ditipu", "dicuri", "kemalingan", "dianiaya", "diperkosa", "dicabuli", "diselingkuhi", "mengungkap", "membongkar",
        "menangkap", "menahan", "ditahan", "tertangkap", "buron", "dpo", "diburu",
        // A risk to prevent, not a deed: "dana desa harus diaudit agar tidak dikorupsi pejabat".
        "diaudit", "audit", "mengaudit", "diawasi", "awasi", "mengawasi", "cegah", "mencegah", "dicegah", "agar", "supaya", "rawan",
        "potensi", "berpotensi");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, Accusations.Triggers))
        {
            return;
        }

        var tokens = CommentTokens.Of(text);
        var people = PeopleWorkspace.People;
        PersonMentions.Find(text, tokens, people);
        if (people.Count == 0)
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var length = Accusations.Match(canonical, tokens, i, out var kind);
            if (length == 0 || InPerson(people, i))
            {
                continue;
            }

            if (Accused(text, tokens, people, i, i + length) is { } person && !Reports(tokens, canonical, tokens[i].Sentence))
            {
                Add(tokens, person.First, person.End, kind, hits);
                Add(tokens, i, i + length, kind, hits);
            }

            i += length - 1;
        }
    }

    // The person the accusation at [first, end) is said of: one named before it in the same sentence with only bridges
    // between (no denial), or right after it ("dasar maling si Darmin").
    private static PersonMention? Accused(NormalisedText text, List<CommentToken> tokens, List<PersonMention> people, int first, int end)
    {
        foreach (var person in people)
        {
            if (tokens[person.First].Sentence != tokens[first].Sentence)
            {
                continue;
            }

            if (person.End <= first && first - person.End <= 8 && Bridged(text, tokens, person.End, first))
            {
                return person;
            }

            if (person.First >= end && person.First - end <= 2 && Bridged(text, tokens, end, person.First))
            {
                return person;
            }
        }

        return null;
    }

    // Only bridges and offices between, and after "di" or "dari" the place a person is from ("di klinik Sejahtera").
    private static bool Bridged(NormalisedText text, List<CommentToken> tokens, int from, int to)
    {
        var place = false;
        for (var k = from; k < to; k++)
        {
            var word = TargetFinder.Word(text.Canonical.Text, tokens[k]);
            if (word is "di" or "dari")
            {
                place = true;
                continue;
            }

            // An apposition names the person's office or place: "Pak Darto ketua koperasi itu", "Bu Dewi bendahara RW".
            if (!Bridges.Contains(word) && !PersonMentions.IsOffice(word) && !(place && PersonMentions.Capitalised(text, tokens[k])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Reports(List<CommentToken> tokens, string canonical, int sentence)
    {
        foreach (var token in tokens)
        {
            if (token.Sentence == sentence && Reported.Contains(TargetFinder.Word(canonical, token)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InPerson(List<PersonMention> people, int index)
    {
        foreach (var person in people)
        {
            if (index >= person.First && index < person.End)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<CommentToken> tokens, int first, int end, string? kind, List<RuleHit> hits)
    {
        hits.Add(TokenHits.Span(tokens, first, end, RuleSignals.Defamation, Confidence, kind));
    }
}

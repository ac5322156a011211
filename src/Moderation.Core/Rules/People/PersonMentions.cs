using Moderation.Normalisation;
using Moderation.Rules.Targeted;

namespace Moderation.Rules.People;

/// <summary>Finds the identifiable people a comment names: a public figure of the gazetteer ("Jokowi", "Sri Mulyani"), an
/// honorific with a name ("Pak Darmin", "Bu Yuni", "Pak Lurah Darmin"), a role with a name ("Kepala desa Wartono", "Bidan
/// Yuni") or a role with a place or institution ("dokter di Puskesmas Cibinong", "guru SMPN 3 Depok"). A role alone
/// ("pejabat", "menteri itu") or a pronoun names nobody in particular.</summary>
internal static class PersonMentions
{
    // Roles the targeted-speech rule does not need but an accusation names people by.
    private static readonly WordSet MoreRoles = new(
        "bidan", "perawat", "mantri", "kapolsek", "kapolres", "kapolda", "sekdes", "kepala", "kadis", "kepsek", "ustadzah", "bendahara",
        "sekretaris", "kasir", "satpam", "pemilik", "owner", "manajer", "mandor", "kapten", "komandan", "danramil", "babinsa",
        "pns", "dirut", "komisaris", "ketum", "sekjen", "kabag", "kasatpol", "rt", "rw", "kadus", "pengurus", "takmir", "marbot");

    // Words that make a role's office more precise without naming its holder: "kepala desa", "ketua RT", "guru ngaji".
    private static readonly WordSet Units = new(
        "desa", "sekolah", "dinas", "puskesmas", "rt", "rw", "dusun", "kampung", "ngaji", "honorer", "kelas", "yayasan", "koperasi",
        "umum", "besar", "muda", "daerah", "wilayah", "cabang", "bagian", "keuangan", "kesehatan", "pendidikan", "pkk", "karang", "taruna");

    // Words after a role that lead to the place or institution that makes its holder identifiable.
    private static readonly WordSet PlaceLeads = new(
        "di", "dari", "desa", "kampung", "dusun", "kelurahan", "kecamatan", "kabupaten", "kota", "rs", "rsud", "puskesmas", "klinik",
        "sekolah", "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mts", "ma", "pt", "kantor", "polsek", "polres", "bank",
        "pesantren", "ponpes", "masjid", "gereja", "universitas", "kampus", "pasar", "rt", "rw");

    private static readonly WordSet NotNames = new(
        CommonWords.Text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Concat(["itu", "ini", "tersebut", "tuh", "nih", "yang", "kita", "kami", "kalian", "dia", "beliau", "mereka", "dan", "atau", "juga", "sih", "kok",
                "deh", "dong", "lah", "kan", "nya", "semua", "para", "kalau", "jika", "karena", "bilang", "kata", "soal", "terus", "lagi", "baru", "sudah", "masih",
                "memang", "sangat", "banget", "sekali", "ternyata", "katanya", "kemarin", "tadi", "selalu", "pernah", "tidak", "bukan", "jangan", "harus",
                "hebat", "mantap", "keren", "gimana", "bagaimana", "kenapa", "mengapa", "apa", "siapa", "mana", "hari", "suka", "doyan", "hobi", "tukang",
                "seorang", "adalah", "jelas", "pasti", "emang", "ketahuan", "kepergok", "dulu", "mantan", "bekas", "sebagai"]).ToArray());

    /// <summary>Fills <paramref name="found"/> with the people <paramref name="tokens"/> name, in order.</summary>
    public static void Find(NormalisedText text, List<CommentToken> tokens, List<PersonMention> found)
    {
        found.Clear();
        var canonical = text.Canonical.Text;
        var i = 0;
        while (i < tokens.Count)
        {
            var figureLength = PublicFigures.Match(canonical, tokens, i, out var figure);
            if (figureLength > 0)
            {
                found.Add(new PersonMention(i, i + figureLength, figure));
                i += figureLength;
                continue;
            }

            var end = NamedAt(text, tokens, i);
            if (end > i)
            {
                found.Add(new PersonMention(i, end, null));
                i = end;
                continue;
            }

            i++;
        }
    }

    // "Pak Darmin", "Pak Lurah Darmin", "Kepala desa Wartono", "Bidan Yuni", "dokter di Puskesmas Cibinong": the end of the
    // mention, or index when none starts here.
    private static int NamedAt(NormalisedText text, List<CommentToken> tokens, int index)
    {
        var canonical = text.Canonical.Text;
        var word = TargetFinder.Word(canonical, tokens[index]);
        var honorific = TargetFinder.Honorifics.Contains(word);
        var j = index + (honorific ? 1 : 0);
        // "dokter", "ustadz" are both a title and a role.
        var roles = honorific && IsRole(word) ? 1 : 0;
        while (j < tokens.Count && j - index < 4 && SameSentence(tokens, index, j) && (IsRole(TargetFinder.Word(canonical, tokens[j])) || (roles > 0 && Units.Contains(TargetFinder.Word(canonical, tokens[j])))))
        {
            roles++;
            j++;
        }

        if (!honorific && roles == 0)
        {
            return index;
        }

        // A public figure after a title ("Presiden Jokowi") is that figure; the caller finds it at its own position.
        if (j < tokens.Count && PublicFigures.Match(canonical, tokens, j, out _) > 0)
        {
            return index;
        }

        if (IsName(text, tokens, index, j))
        {
            var end = j + 1;
            while (end < tokens.Count && end - j < 3 && IsName(text, tokens, index, end) && Capitalised(text, tokens[end]))
            {
                end++;
            }

            return end;
        }

        if (roles > 0 && j < tokens.Count && SameSentence(tokens, index, j) && PlaceLeads.Contains(TargetFinder.Word(canonical, tokens[j])))
        {
            // "dokter di Puskesmas Cibinong", "guru SMPN 3 Depok": a capitalised name or a number within three words.
            for (var k = j + 1; k < tokens.Count && k - j <= 3 && SameSentence(tokens, index, k); k++)
            {
                if (Capitalised(text, tokens[k]) || char.IsAsciiDigit(canonical[tokens[k].Start]))
                {
                    var end = k + 1;
                    while (end < tokens.Count && end - k < 3 && SameSentence(tokens, index, end) && Capitalised(text, tokens[end]))
                    {
                        end++;
                    }

                    return end;
                }
            }
        }

        return index;
    }

    /// <summary>Whether a word names an office or a kind of place or institution ("ketua", "klinik", "desa", "koperasi").</summary>
    public static bool IsOffice(ReadOnlySpan<char> word) => IsRole(word) || PlaceLeads.Contains(word) || Units.Contains(word);

    private static bool IsRole(ReadOnlySpan<char> word) => TargetFinder.Roles.Contains(word) || MoreRoles.Contains(word);

    // A word that can be a person's name: capitalised, or after a title a word that is neither everyday nor an accusation
    // ("kades wartono").
    private static bool IsName(NormalisedText text, List<CommentToken> tokens, int first, int index)
    {
        if (index >= tokens.Count || !SameSentence(tokens, first, index))
        {
            return false;
        }

        var word = TargetFinder.Word(text.Canonical.Text, tokens[index]);
        if (word.Length < 3 || !char.IsLetter(word[0]) || NotNames.Contains(word) || IsRole(word) || TargetFinder.Honorifics.Contains(word)
            || Accusations.Starts(word) || GroupLexicon.Terms.Contains(word, out _))
        {
            return false;
        }

        // A word in lower case is a name only when it is none of the words that follow a role in a sentence ("pejabat
        // harusnya", "menteri sekarang").
        return Capitalised(text, tokens[index])
            || !(PlaceLeads.Contains(word) || word.EndsWith("nya") || Words.Modals.Contains(word) || Words.Skippable.Contains(word)
                || Words.BetweenBefore.Contains(word) || Words.Negators.Contains(word));
    }

    public static bool Capitalised(NormalisedText text, CommentToken token)
    {
        var (start, _) = text.Canonical.ToOriginal(token.Start, token.Length);
        return start < text.Original.Length && char.IsUpper(text.Original[start]);
    }

    private static bool SameSentence(List<CommentToken> tokens, int first, int index) => tokens[index].Sentence == tokens[first].Sentence;
}

using Moderation.Normalisation;

namespace Moderation.Rules.Targeted;

/// <summary>Finds who a comment speaks of: protected groups (with the words that make a name collective, and not the places
/// and things that share the name), words that refer back to a group, and people and the newsroom.</summary>
internal static class TargetFinder
{
    private static readonly WordSet Pronouns = new("mereka", "kalian", "semuanya");

    private static readonly WordSet Demonstratives = new("itu", "ini", "tersebut", "begitu", "seperti", "macam", "semacam");

    // What a group owns, named with "-nya" after the group: "bakar saja tempat ibadahnya", "usir dari kampungnya".
    private static readonly WordSet Belongings = new(
        "ibadah", "gereja", "masjid", "pura", "vihara", "kelenteng", "klenteng", "rumah", "rumah-rumah", "kampung", "permukiman",
        "pemukiman", "toko", "toko-toko", "desa", "asrama", "markas", "sekolah");

    private static readonly WordSet GroupNouns = new("kaum", "golongan", "bangsa", "kelompok", "orang-orang", "makhluk", "ras", "suku", "umat", "manusia");

    private static readonly WordSet PersonPronouns = new("dia", "ia", "beliau", "kamu", "kalian", "anda", "mereka", "engkau");

    public static readonly WordSet Roles = new(
        "presiden", "wapres", "menteri", "gubernur", "bupati", "walikota", "camat", "lurah", "kades", "polisi", "hakim", "jaksa",
        "pejabat", "anggota", "ketua", "artis", "selebriti", "ustadz", "ustaz", "ustad", "pendeta", "kyai", "kiai", "pastor", "romo",
        "biksu", "guru", "dosen", "rektor", "dokter", "pengacara", "narasumber", "politisi", "politikus", "caleg", "capres", "cawapres",
        "pemain", "pelatih", "wasit", "direktur", "bos", "atasan", "tetangga", "youtuber", "influencer", "selebgram", "komentator",
        "pengamat", "penyanyi", "aktor", "aktris", "pengusaha", "orangnya", "pelaku", "tersangka", "terdakwa");

    private static readonly WordSet Newsroom = new(
        "wartawan", "wartawati", "jurnalis", "reporter", "redaksi", "redaktur", "editor", "penulis", "pemred", "admin", "kontributor",
        "koresponden", "media", "portal", "situs", "kantor", "awak");

    private static readonly WordSet Sports = new(
        "timnas", "klub", "laga", "pertandingan", "liga", "gol", "skor", "juara", "final", "tanding", "babak", "menit", "stadion",
        "suporter", "tim", "piala", "kompetisi", "turnamen", "ronde", "set", "poin", "lawan", "pemain", "pelatih", "derby");

    public static readonly WordSet Honorifics = new("si", "pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "om", "tante", "haji", "ustadz", "ustaz", "dokter", "dr", "prof", "mbah", "bung");

    /// <summary>The ones whose death wishes are outrage at a crime, which a news site lets stand; a call to act on them is still held.</summary>
    public static readonly WordSet Accused = new("pelaku", "tersangka", "terdakwa", "orangnya");

    public static void Find(NormalisedText text, List<CommentToken> tokens, bool people, List<Target> targets)
    {
        targets.Clear();
        var canonical = text.Canonical.Text;
        GroupTerm? lastGroup = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (GroupAt(canonical, tokens, i, out var end, out var term))
            {
                targets.Add(new Target(i, end, TargetKind.Group, term));
                lastGroup = term;
                i = end;
                continue;
            }

            var word = Word(canonical, tokens[i]);
            if (lastGroup is not null && (Pronouns.Contains(word) || Owned(canonical, tokens, i)))
            {
                targets.Add(new Target(i, i + 1, TargetKind.Pronoun, lastGroup));
            }
            else if (lastGroup is not null && GroupNouns.Contains(word) && i + 1 < tokens.Count && Demonstratives.Contains(Word(canonical, tokens[i + 1])))
            {
                targets.Add(new Target(i, i + 2, TargetKind.Pronoun, lastGroup));
                i += 2;
                continue;
            }
            else if (people && PersonAt(text, tokens, i, out var personEnd, out var kind))
            {
                targets.Add(new Target(i, personEnd, kind, null));
                i = personEnd;
                continue;
            }

            i++;
        }
    }

    // "ibadahnya", read as "ibadah" "nya" or whole.
    private static bool Owned(string canonical, List<CommentToken> tokens, int index)
    {
        var word = Word(canonical, tokens[index]);
        return word is "nya" ? index > 0 && Belongings.Contains(Word(canonical, tokens[index - 1]))
            : word.Length > 5 && word.EndsWith("nya") && Belongings.Contains(word[..^3]);
    }

    private static bool GroupAt(string canonical, List<CommentToken> tokens, int index, out int end, out GroupTerm? term)
    {
        // Up to two collective words: "semua orang Batak", "para kaum gay".
        var nameAt = index;
        while (nameAt < tokens.Count && nameAt - index < 2 && GroupLexicon.Collective.Contains(Word(canonical, tokens[nameAt])))
        {
            nameAt++;
        }

        // "pendatang dari Flores", "warga asal Madura": people named by where they come from.
        if (nameAt > index && nameAt + 1 < tokens.Count && Word(canonical, tokens[nameAt]) is "dari" or "asal")
        {
            nameAt++;
        }

        var length = NameAt(canonical, tokens, nameAt, out term, out var doubled);
        if (length == 0 && nameAt > index)
        {
            // The collective word may itself open a term ("orang timur") or stand alone.
            nameAt = index;
            length = NameAt(canonical, tokens, nameAt, out term, out doubled);
        }

        end = nameAt + length;
        if (length == 0 || term is null)
        {
            return false;
        }

        var before = index > 0 ? Word(canonical, tokens[index - 1]) : default;
        // "dasar Cina" labels people, as "orang Cina" names them.
        var marked = nameAt > index || doubled || before is "dasar";
        var after = end < tokens.Count ? Word(canonical, tokens[end]) : default;
        if (before is "si" || (term.NeedsMarker && !marked) || (!marked && GroupLexicon.ThingBefore.Contains(before)))
        {
            return false;
        }

        if (term.Place && !marked && (GroupLexicon.PlaceBefore.Contains(before) || GroupLexicon.PlaceAfter.Contains(after)))
        {
            return false;
        }

        // "tidak semua orang X ..." speaks of some, not of the group.
        return !(before is "semua" && index > 1 && Word(canonical, tokens[index - 2]) is "tidak" or "bukan")
            && !(Word(canonical, tokens[index]) is "semua" && index > 0 && before is "tidak" or "bukan");
    }

    // A group's name at a position: a phrase of the lexicon, a doubled name ("cina-cina"), a name glued to its collective word
    // ("orangcina") or with a suffix ("cinanya").
    private static int NameAt(string canonical, List<CommentToken> tokens, int index, out GroupTerm? term, out bool doubled)
    {
        doubled = false;
        term = null;
        if (index >= tokens.Count)
        {
            return 0;
        }

        var length = GroupLexicon.Terms.Match(canonical, tokens, index, out term);
        if (length > 0)
        {
            return length;
        }

        var word = Word(canonical, tokens[index]);
        var dash = word.IndexOf('-');
        if (dash > 0 && word[..dash].SequenceEqual(word[(dash + 1)..]) && GroupLexicon.Terms.Contains(word[..dash], out term))
        {
            doubled = true;
            return 1;
        }

        foreach (var collective in (ReadOnlySpan<string>)["orang", "kaum", "umat", "bangsa", "suku"])
        {
            if (word.Length > collective.Length + 2 && word.StartsWith(collective) && GroupLexicon.Terms.Contains(word[collective.Length..], out term))
            {
                doubled = true;
                return 1;
            }
        }

        return word.EndsWith("nya") && word.Length > 5 && GroupLexicon.Terms.Contains(word[..^3], out term) ? 1 : 0;
    }

    private static bool PersonAt(NormalisedText text, List<CommentToken> tokens, int index, out int end, out TargetKind kind)
    {
        var canonical = text.Canonical.Text;
        var word = Stem(Word(canonical, tokens[index]));
        var next = index + 1 < tokens.Count ? Word(canonical, tokens[index + 1]) : default;
        end = index + 1;
        kind = TargetKind.Person;
        if (Newsroom.Contains(word))
        {
            kind = TargetKind.Newsroom;
            // "media", "portal", "situs", "kantor" name the newsroom only as "this one": "media ini", "kantornya".
            var general = word is "media" or "portal" or "situs" or "kantor" or "awak";
            var own = Word(canonical, tokens[index]).EndsWith("nya") || next is "ini" or "itu" or "berita" || next.StartsWith("redaksi") || next.StartsWith("media");
            end = next is "ini" or "itu" or "berita" or "artikel" || next.StartsWith("redaksi") || next.StartsWith("media") ? index + 2 : index + 1;
            return !general || own;
        }

        if (PersonPronouns.Contains(word) || Roles.Contains(word))
        {
            return true;
        }

        if (word is "orang" && next is "ini" or "itu" or "tersebut")
        {
            end = index + 2;
            return true;
        }

        if (Honorifics.Contains(word) && index + 1 < tokens.Count)
        {
            end = index + 2;
            return true;
        }

        // A name: a word the reader capitalised inside a sentence, not a country's or a group's name, and not in talk of a match
        // ("Kita bantai Malaysia 3-0", "Persija kita libas malam ini").
        var (start, _) = text.Canonical.ToOriginal(tokens[index].Start, tokens[index].Length);
        var sentenceStart = index == 0 || tokens[index - 1].Sentence != tokens[index].Sentence;
        return !sentenceStart && start < text.Original.Length && char.IsUpper(text.Original[start]) && word.Length > 2
            && !GroupLexicon.Terms.Contains(word, out _) && !Sport(canonical, tokens);
    }

    private static bool Sport(string canonical, List<CommentToken> tokens)
    {
        foreach (var token in tokens)
        {
            var word = Word(canonical, token);
            var dash = word.IndexOf('-');
            if (Sports.Contains(word) || (dash > 0 && char.IsAsciiDigit(word[0]) && dash + 1 < word.Length && char.IsAsciiDigit(word[dash + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 5 && word.EndsWith("nya") ? word[..^3] : word;

    public static ReadOnlySpan<char> Word(string text, CommentToken token) => token.In(text);
}

using Moderation.Normalisation;

namespace Moderation.Rules.Targeted;

/// <summary>Splits a comment's canonical view into words and recovers from the original text what the canonical view drops:
/// sentence ends (. ! ? ; and line breaks), quotation marks, and the capitals of words glued into a hashtag
/// ("#UsirOrangFlores"); then reads misspelt words of the lexicons as meant (<see cref="Spelling"/>).</summary>
internal static class CommentTokens
{
    [ThreadStatic]
    private static List<int>? _pieces;

    [ThreadStatic]
    private static NormalisedText? _read;

    [ThreadStatic]
    private static List<CommentToken>? _tokens;

    /// <summary>The words of <paramref name="text"/>'s canonical view, read once per comment and thread: every rule that needs
    /// them gets the same list, which none of them changes.</summary>
    public static List<CommentToken> Of(NormalisedText text)
    {
        var tokens = _tokens ??= [];
        if (!ReferenceEquals(_read, text))
        {
            _read = null;
            Split(text, tokens);
            Respell(text.Canonical.Text, tokens);
            _read = text;
        }

        return tokens;
    }

    private static void Split(NormalisedText text, List<CommentToken> tokens)
    {
        tokens.Clear();
        var canonical = text.Canonical.Text;
        var original = text.Original;
        var sentence = 0;
        var quoted = false;
        var previousEnd = 0;
        var position = 0;
        while (position < canonical.Length)
        {
            var space = canonical.IndexOf(' ', position);
            var end = space < 0 ? canonical.Length : space;
            if (end > position)
            {
                var (originalStart, originalLength) = text.Canonical.ToOriginal(position, end - position);
                if (originalStart >= previousEnd)
                {
                    Between(original.AsSpan(previousEnd, originalStart - previousEnd), tokens.Count > 0, ref sentence, ref quoted);
                }

                AddWords(text, position, end, sentence, quoted, originalStart, originalLength, tokens);
                previousEnd = Math.Max(previousEnd, originalStart + originalLength);
            }

            position = end + 1;
        }
    }

    // A word, or the words of a hashtag the reader wrote in camel case ("#UsirOrangFlores"): a capital after a small letter
    // starts a word.
    private static void AddWords(NormalisedText text, int start, int end, int sentence, bool quoted, int originalStart, int originalLength, List<CommentToken> tokens)
    {
        var original = text.Original.AsSpan(originalStart, originalLength);
        var from = start;
        if (end - start >= 6 && HasInnerCapital(original))
        {
            for (var i = start + 1; i < end; i++)
            {
                var (at, _) = text.Canonical.ToOriginal(i, 1);
                if (at > 0 && at < text.Original.Length && char.IsUpper(text.Original[at]) && char.IsLower(text.Original[at - 1]))
                {
                    tokens.Add(new CommentToken(from, i - from, sentence, quoted));
                    from = i;
                }
            }
        }

        tokens.Add(new CommentToken(from, end - from, sentence, quoted));
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // Words glued together are split, pieces of one word joined, and a misspelt lexicon word read as meant.
    private static void Respell(string text, List<CommentToken> tokens)
    {
        var pieces = _pieces ??= [];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var word = text.AsSpan(token.Start, token.Length);
            if (Spelling.IsKnown(word))
            {
                continue;
            }

            if (i + 1 < tokens.Count && tokens[i + 1].Sentence == token.Sentence
                && Spelling.Join(word, text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)) is { } joined)
            {
                tokens[i] = token with { Length = tokens[i + 1].End - token.Start, Reading = joined };
                tokens.RemoveAt(i + 1);
                continue;
            }

            if (Spelling.Correct(word) is { } meant)
            {
                tokens[i] = token with { Reading = meant };
                continue;
            }

            if (Spelling.TrySplit(word, pieces))
            {
                tokens.RemoveAt(i);
                var at = token.Start;
                foreach (var length in pieces)
                {
                    var piece = text.AsSpan(at, length);
                    var reading = SlangDictionary.Lookup.TryGetValue(piece, out var formal) ? formal : null;
                    tokens.Insert(i++, token with { Start = at, Length = length, Reading = reading });
                    at += length;
                }

                i--;
            }
        }
    }

    // What lies between two words in the original: a sentence end moves to the next sentence, a quotation mark opens or closes
    // a quote (an apostrophe only where it stands beside a space, as a quotation mark does, not inside a word).
    private static void Between(ReadOnlySpan<char> gap, bool afterWord, ref int sentence, ref bool quoted)
    {
        var ended = false;
        for (var i = 0; i < gap.Length; i++)
        {
            switch (gap[i])
            {
                case '.' or '!' or '?' or ';' or '\n' or '。' or '！' or '？':
                    ended = afterWord;
                    break;
                case '"' or '“' or '”' or '«' or '»' or '„' or '‘' or '’' or '\'' or '`':
                    quoted = !quoted;
                    break;
            }
        }

        if (ended)
        {
            sentence++;
        }
    }
}

using Moderation.Normalisation;

namespace Moderation.Rules.Targeted;

/// <summary>Splits a comment's canonical view into words and recovers from the original text what the canonical view drops:
/// sentence ends (. ! ? ; and line breaks) and quotation marks.</summary>
internal static class CommentTokens
{
    /// <summary>Fills <paramref name="tokens"/> with the words of <paramref name="text"/>'s canonical view.</summary>
    public static void Read(NormalisedText text, List<CommentToken> tokens)
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

                tokens.Add(new CommentToken(position, end - position, sentence, quoted));
                previousEnd = Math.Max(previousEnd, originalStart + originalLength);
            }

            position = end + 1;
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

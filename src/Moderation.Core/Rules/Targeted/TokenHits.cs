namespace Moderation.Rules.Targeted;

/// <summary>Rule hits over a run of a comment's words, as the word-reading rules report them.</summary>
internal static class TokenHits
{
    /// <summary>A hit spanning the words <paramref name="first"/> up to <paramref name="end"/> (exclusive) of the canonical view.</summary>
    public static RuleHit Span(List<CommentToken> tokens, int first, int end, string signal, double confidence, string? kind)
    {
        var start = tokens[first].Start;
        return new RuleHit(signal, TextView.Canonical, start, tokens[end - 1].End - start, confidence, kind);
    }
}

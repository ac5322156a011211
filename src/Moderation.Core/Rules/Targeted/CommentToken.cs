namespace Moderation.Rules.Targeted;

/// <summary>One word of a comment's canonical view: where it is, which sentence of the original it belongs to, whether the
/// reader put it inside quotation marks, and the word it is read as when the reader misspelt a word of the lexicons
/// ("bneci" is read "benci", "bi natang" "binatang").</summary>
internal readonly record struct CommentToken(int Start, int Length, int Sentence, bool Quoted, string? Reading = null)
{
    public int End => Start + Length;

    /// <summary>The word as the lexicons read it.</summary>
    public ReadOnlySpan<char> In(string text) => Reading is null ? text.AsSpan(Start, Length) : Reading.AsSpan();
}

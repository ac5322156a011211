namespace Moderation.Rules.Targeted;

/// <summary>One word of a comment's canonical view: where it is, which sentence of the original it belongs to, and whether
/// the reader put it inside quotation marks.</summary>
internal readonly record struct CommentToken(int Start, int Length, int Sentence, bool Quoted)
{
    public int End => Start + Length;
}

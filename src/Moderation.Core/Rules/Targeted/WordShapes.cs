using System.Runtime.CompilerServices;

namespace Moderation.Rules.Targeted;

/// <summary>A 256-bit summary of a set of words (a bit per first letter, last letter and length) that tells most words
/// outside the set apart without hashing them: the rules look every word of a comment up in several sets, and most of those
/// lookups are of words the set does not hold.</summary>
internal struct WordShapes
{
    private Bits _bits;

    public void Add(ReadOnlySpan<char> word)
    {
        var bit = Bit(word);
        _bits[bit >> 6] |= 1UL << bit;
    }

    /// <summary>False only when no word added has the shape of <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool MayHold(ReadOnlySpan<char> word)
    {
        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(ReadOnlySpan<char> word) =>
        word.IsEmpty ? 0 : (int)(((uint)word[0] * 31 + (uint)word[^1] * 7 + (uint)word.Length * 131) & 255);

    [InlineArray(4)]
    private struct Bits
    {
        private ulong _element;
    }
}

namespace Moderation.Normalisation;

/// <summary>One normalised form of a comment, with a map from each of its characters back to the original text.</summary>
public sealed class NormalisedView
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    /// <param name="text">The normalised text.</param>
    /// <param name="originalStart">For each char of <paramref name="text"/>, where its source begins in the original.</param>
    /// <param name="originalEnd">For each char of <paramref name="text"/>, where its source ends (exclusive) in the original.</param>
    public NormalisedView(string text, int[] originalStart, int[] originalEnd)
    {
        if (originalStart.Length != text.Length || originalEnd.Length != text.Length)
        {
            throw new ArgumentException("The offset maps must have one entry per character of the text.");
        }

        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    public string Text { get; }

    /// <summary>Maps a span of this view to the span of the original text it was made from.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        var from = _originalStart[start];
        var to = _originalEnd[start + length - 1];
        return (from, to - from);
    }
}

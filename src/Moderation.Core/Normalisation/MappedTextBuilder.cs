namespace Moderation.Normalisation;

/// <summary>Text under construction where every char remembers the span of the original it came from.</summary>
internal sealed class MappedTextBuilder
{
    private char[] _chars;
    private int[] _start;
    private int[] _end;

    public MappedTextBuilder(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity];
        _start = new int[capacity];
        _end = new int[capacity];
    }

    public int Length { get; private set; }

    public int Capacity => _chars.Length;

    public char this[int index] => _chars[index];

    public int StartAt(int index) => _start[index];

    public int EndAt(int index) => _end[index];

    public ReadOnlySpan<char> Span(int start, int length) => _chars.AsSpan(start, length);

    public void Append(char c, int originalStart, int originalEnd)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        _chars[Length] = c;
        _start[Length] = originalStart;
        _end[Length] = originalEnd;
        Length++;
    }

    /// <summary>Appends every char of <paramref name="text"/>, each mapped to the same original span.</summary>
    public void Append(ReadOnlySpan<char> text, int originalStart, int originalEnd)
    {
        foreach (var c in text)
        {
            Append(c, originalStart, originalEnd);
        }
    }

    public void AppendFrom(MappedTextBuilder source, int index) =>
        Append(source._chars[index], source._start[index], source._end[index]);

    /// <summary>Appends one space unless the text is empty or already ends with one; whitespace runs collapse.</summary>
    public void AppendSpace(int originalStart, int originalEnd)
    {
        if (Length > 0 && _chars[Length - 1] != ' ')
        {
            Append(' ', originalStart, originalEnd);
        }
    }

    public void TrimEndSpace()
    {
        if (Length > 0 && _chars[Length - 1] == ' ')
        {
            Length--;
        }
    }

    public void Clear() => Length = 0;

    public override string ToString() => new(_chars, 0, Length);

    public NormalisedView ToView() => ToView(ToString());

    /// <summary>The view over <paramref name="text"/>, which must be this builder's <see cref="ToString"/> (saves a copy).</summary>
    public NormalisedView ToView(string text) =>
        new(text, _start.AsSpan(0, Length).ToArray(), _end.AsSpan(0, Length).ToArray());

    private void Grow()
    {
        var size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _start, size);
        Array.Resize(ref _end, size);
    }
}

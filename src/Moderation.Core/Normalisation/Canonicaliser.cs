using System.Globalization;

namespace Moderation.Normalisation;

/// <summary>Builds the canonical view from the folded one: words resolved, spaced-out letters joined,
/// tokens separated by single spaces.</summary>
/// <remarks>
/// Punctuation at word edges and between words is dropped: the model reads words, and "!!!" after a word must not make
/// it a different word. Punctuation inside numbers ("50.000", "12:30") and hyphens inside words ("anak-anak") stay.
/// A chunk without letters but with digits (prices, years, phone numbers, "+62-812-...") is kept exactly as folded.
/// Emoji and other pictographs are kept, each as its own token, because they carry tone (🐷, 🖕, 🤮).
/// Not thread-safe: one per call.
/// </remarks>
internal sealed class Canonicaliser
{
    private readonly MappedTextBuilder _folded;
    private readonly MappedTextBuilder _output;
    private readonly MappedTextBuilder _word = new(32);
    private readonly MappedTextBuilder _resolved = new(32);
    private readonly WordResolver _resolver = new();
    private int _lastEnd;

    public Canonicaliser(MappedTextBuilder folded, MappedTextBuilder output)
    {
        _folded = folded;
        _output = output;
    }

    public void Run()
    {
        var i = 0;
        while (i < _folded.Length)
        {
            if (_folded[i] == ' ')
            {
                i++;
                continue;
            }

            var end = ChunkEnd(i);
            if (TryJoinSpacedLetters(i, end, out var next))
            {
                i = next;
                continue;
            }

            if (!TryJoinDottedLetters(i, end))
            {
                WriteChunk(i, end);
            }

            i = end;
        }
    }

    private int ChunkEnd(int i)
    {
        while (i < _folded.Length && _folded[i] != ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>"a n j i n g": three or more one-letter chunks in a row are one word spelled out.</summary>
    private bool TryJoinSpacedLetters(int start, int end, out int next)
    {
        next = end;
        if (end - start != 1 || !IsSpellable(_folded[start]))
        {
            return false;
        }

        int count = 0, letters = 0, pos = start;
        while (true)
        {
            count++;
            letters += char.IsLetter(_folded[pos]) ? 1 : 0;
            var following = pos + 2;
            if (following >= _folded.Length || ChunkEnd(following) != following + 1 || !IsSpellable(_folded[following]))
            {
                break;
            }

            pos = following;
        }

        if (count < 3 || letters < 2)
        {
            return false;
        }

        _word.Clear();
        for (var k = start; k <= pos; k += 2)
        {
            _word.AppendFrom(_folded, k);
        }

        WriteResolved();
        next = pos + 1;
        return true;
    }

    /// <summary>"a.n.j.i.n.g" or "a-n-j-i-n-g": letters alternating with dots, dashes or underscores.</summary>
    private bool TryJoinDottedLetters(int start, int end)
    {
        if (end - start >= 6 && (end - start) % 2 == 0 && _folded[end - 1] == '.')
        {
            end--;
        }

        if (end - start < 5 || (end - start) % 2 == 0)
        {
            return false;
        }

        var letters = 0;
        for (var k = start; k < end; k++)
        {
            var c = _folded[k];
            var isLetterSlot = (k - start) % 2 == 0;
            if (isLetterSlot ? !IsSpellable(c) : c is not ('.' or '-' or '_'))
            {
                return false;
            }

            letters += isLetterSlot && char.IsLetter(c) ? 1 : 0;
        }

        if (letters < 2)
        {
            return false;
        }

        _word.Clear();
        for (var k = start; k < end; k += 2)
        {
            _word.AppendFrom(_folded, k);
        }

        WriteResolved();
        return true;
    }

    private void WriteChunk(int from, int to)
    {
        bool letter = false, digit = false, at = false;
        for (var k = from; k < to; k++)
        {
            letter |= char.IsLetter(_folded[k]);
            digit |= char.IsAsciiDigit(_folded[k]);
            at |= _folded[k] == '@';
        }

        if ((!letter && digit) || (at && IsEmail(from, to)))
        {
            WriteRange(from, to);
            return;
        }

        _word.Clear();
        for (var k = from; k < to; k++)
        {
            var c = _folded[k];
            if (c == '\\' && EscapeLength(k, to) is var escape and > 0)
            {
                // The hate-speech corpus carries literal "\n" and "\xf0\x9f..." escapes; they separate words.
                WriteResolved();
                k += escape - 1;
            }
            else if (char.IsLetterOrDigit(c) || c is '*' or '_' or '#' or '@' or '$')
            {
                _word.AppendFrom(_folded, k);
            }
            else if (c is '.' or ',' or ':' or '/' && IsBetween(k, from, to, char.IsAsciiDigit) && _word.Length > 0)
            {
                _word.AppendFrom(_folded, k);
            }
            else if (c == '-' && IsBetween(k, from, to, char.IsLetterOrDigit) && _word.Length > 0)
            {
                _word.AppendFrom(_folded, k);
            }
            else if (c is '\'' or '\u2019' or '`' && IsBetween(k, from, to, char.IsLetter))
            {
                // "jum'at", "ta'aruf": the apostrophe is spelling, not a word break.
            }
            else if (char.IsHighSurrogate(c) && k + 1 < to)
            {
                WriteResolved();
                WriteRange(k, k + 2);
                k++;
            }
            else if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                WriteResolved();
                WriteRange(k, k + 1);
            }
            else
            {
                WriteResolved();
            }
        }

        WriteResolved();
    }

    private int EscapeLength(int k, int to)
    {
        var rest = _folded.Span(k, to - k);
        if (rest.Length >= 2 && rest[1] is 'n' or 't' or 'r')
        {
            return 2;
        }

        return rest.Length >= 4 && rest[1] == 'x' && char.IsAsciiHexDigit(rest[2]) && char.IsAsciiHexDigit(rest[3]) ? 4 : 0;
    }

    private bool IsEmail(int from, int to)
    {
        var chunk = _folded.Span(from, to - from);
        var at = chunk.IndexOf('@');
        return at > 0 && char.IsLetterOrDigit(chunk[at - 1]) && chunk[(at + 1)..].IndexOf('.') > 0;
    }

    private bool IsBetween(int k, int from, int to, Func<char, bool> test) =>
        k > from && k + 1 < to && test(_folded[k - 1]) && test(_folded[k + 1]);

    private static bool IsSpellable(char c) => char.IsAsciiLetter(c) || c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$';

    private void WriteResolved()
    {
        if (_word.Length == 0)
        {
            return;
        }

        _resolver.Resolve(_word, _resolved);
        _word.Clear();
        if (_resolved.Length == 0)
        {
            return;
        }

        Separate(_resolved.StartAt(0));
        for (var k = 0; k < _resolved.Length; k++)
        {
            _output.AppendFrom(_resolved, k);
        }

        _lastEnd = _resolved.EndAt(_resolved.Length - 1);
    }

    private void WriteRange(int from, int to)
    {
        Separate(_folded.StartAt(from));
        for (var k = from; k < to; k++)
        {
            _output.AppendFrom(_folded, k);
        }

        _lastEnd = _folded.EndAt(to - 1);
    }

    /// <summary>One space between tokens, mapped to the gap between them in the original.</summary>
    private void Separate(int nextStart)
    {
        if (_output.Length > 0)
        {
            _output.Append(' ', Math.Min(_lastEnd, nextStart), Math.Max(_lastEnd, nextStart));
        }
    }
}

using System.Globalization;

namespace Moderation.Normalisation;

/// <summary>Builds the canonical view from the folded one: words resolved, spaced-out letters joined,
/// tokens separated by single spaces.</summary>
/// <remarks>
/// Punctuation at word edges and between words is dropped: the model reads words, and "!!!" after a word must not make
/// it a different word. Punctuation inside numbers ("50.000", "12:30") and hyphens inside words ("anak-anak") stay.
/// A chunk without letters but with digits (prices, years, phone numbers, "+62-812-...") is kept exactly as folded.
/// Emoji and other pictographs are kept, each as its own token, because they carry tone (🐷, 🖕, 🤮).
/// Not thread-safe: one per thread, reused from call to call.
/// </remarks>
internal sealed class Canonicaliser
{
    private readonly MappedTextBuilder _word = new(32);
    private readonly MappedTextBuilder _resolved = new(32);
    private readonly WordResolver _resolver = new();
    private readonly List<(int Start, int End, TokenKind Kind)> _tokens = [];
    private MappedTextBuilder _folded = null!;
    private MappedTextBuilder _output = null!;
    private int _lastEnd;

    /// <summary>Writes the canonical form of <paramref name="folded"/> into <paramref name="output"/> (cleared first).</summary>
    public void Run(MappedTextBuilder folded, MappedTextBuilder output)
    {
        _folded = folded;
        _output = output;
        _output.Clear();
        _tokens.Clear();
        _word.Clear();
        _lastEnd = 0;
        Tokenise();
        var checkedUntil = -1;
        for (var t = 0; t < _tokens.Count; t++)
        {
            var (start, end, kind) = _tokens[t];
            if (t > checkedUntil)
            {
                // A run that is no word ("1 2 3 4 5 a b") is not retried from each of its later tokens.
                if (TryJoinSpelledOut(t, out var last))
                {
                    t = last;
                    continue;
                }

                checkedUntil = last;
            }

            switch (kind)
            {
                case TokenKind.Word:
                    for (var k = start; k < end; k++)
                    {
                        if (!IsApostrophe(_folded[k]))
                        {
                            _word.AppendFrom(_folded, k);
                        }
                    }

                    WriteResolved();
                    break;
                case TokenKind.Dotted:
                    for (var k = start; k < end; k += 2)
                    {
                        _word.AppendFrom(_folded, k);
                    }

                    WriteResolved();
                    break;
                default:
                    WriteRange(start, end);
                    break;
            }
        }
    }

    /// <summary>Splits the folded text into words, and into tokens written as they are (numbers, e-mail, emoji).</summary>
    private void Tokenise()
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
            if (!TryJoinDottedLetters(i, end))
            {
                TokeniseChunk(i, end);
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

    /// <summary>"a n j i n g", "【h】【o】【k】【i】": three or more one-letter tokens with at most two separator chars
    /// between them are one word spelled out.</summary>
    /// <param name="last">The last token of the run, joined or not.</param>
    private bool TryJoinSpelledOut(int first, out int last)
    {
        last = first;
        if (!IsSpelledLetter(first))
        {
            return false;
        }

        var letters = 0;
        for (var t = first; ; t++)
        {
            letters += char.IsLetter(_folded[_tokens[t].Start]) ? 1 : 0;
            last = t;
            if (t + 1 >= _tokens.Count || !IsSpelledLetter(t + 1) || _tokens[t + 1].Start - _tokens[t].End > 2)
            {
                break;
            }
        }

        if (last - first < 2 || letters < 2 || letters * 3 < last - first + 1)
        {
            return false;
        }

        _word.Clear();
        for (var t = first; t <= last; t++)
        {
            _word.AppendFrom(_folded, _tokens[t].Start);
        }

        WriteResolved();
        return true;
    }

    private bool IsSpelledLetter(int token) =>
        _tokens[token].Kind != TokenKind.Dotted && _tokens[token].End - _tokens[token].Start == 1
        && IsSpellable(_folded[_tokens[token].Start]);

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

        if (letters < 2 || letters * 3 < (end - start + 1) / 2)
        {
            return false;
        }

        _tokens.Add((start, end, TokenKind.Dotted));
        return true;
    }

    private void TokeniseChunk(int from, int to)
    {
        bool letter = false, digit = false, at = false;
        for (var k = from; k < to; k++)
        {
            letter |= char.IsLetter(_folded[k]);
            digit |= char.IsAsciiDigit(_folded[k]);
            at |= _folded[k] == '@';
        }

        if (!letter && digit)
        {
            // Sentence punctuation around a number goes ("2024," "(50.000)"); a leading "+" of a phone number stays.
            while (_folded[from] is '(' or '"' or '\'' or '[')
            {
                from++;
            }

            while (_folded[to - 1] is '.' or ',' or '!' or '?' or ';' or ':' or ')' or '"' or '\'' or ']')
            {
                to--;
            }

            _tokens.Add((from, to, TokenKind.Verbatim));
            return;
        }

        if (at && IsEmail(from, to))
        {
            _tokens.Add((from, to, TokenKind.Verbatim));
            return;
        }

        var wordStart = -1;
        for (var k = from; k < to; k++)
        {
            var c = _folded[k];
            var inWord = char.IsLetterOrDigit(c) || c is '*' or '_' or '#' or '@' or '$'
                || (c is '.' or ',' or ':' or '/' && wordStart >= 0 && IsBetween(k, from, to, char.IsAsciiDigit))
                || (c == '-' && wordStart >= 0 && IsBetween(k, from, to, char.IsLetterOrDigit))
                || (IsApostrophe(c) && wordStart >= 0 && IsBetween(k, from, to, char.IsLetter));
            if (inWord)
            {
                wordStart = wordStart < 0 ? k : wordStart;
                continue;
            }

            EndWord(ref wordStart, k);
            if (char.IsHighSurrogate(c) && k + 1 < to)
            {
                _tokens.Add((k, k + 2, TokenKind.Verbatim));
                k++;
            }
            else if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                _tokens.Add((k, k + 1, TokenKind.Verbatim));
            }
        }

        EndWord(ref wordStart, to);
    }

    private void EndWord(ref int wordStart, int end)
    {
        if (wordStart >= 0)
        {
            _tokens.Add((wordStart, end, TokenKind.Word));
            wordStart = -1;
        }
    }

    // "jum'at", "ta'aruf": an apostrophe between letters is spelling, not a word break.
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    private bool IsEmail(int from, int to)
    {
        var chunk = _folded.Span(from, to - from);
        var at = chunk.IndexOf('@');
        return at > 0 && char.IsLetterOrDigit(chunk[at - 1]) && chunk[(at + 1)..].IndexOf('.') > 0;
    }

    private bool IsBetween(int k, int from, int to, Func<char, bool> test) =>
        k > from && k + 1 < to && test(_folded[k - 1]) && test(_folded[k + 1]);

    // Digits may be spelled out too ("p l u t o 8 8"); the letter count of a run keeps "1 2 3" a list of numbers.
    private static bool IsSpellable(char c) => char.IsAsciiLetterOrDigit(c) || c is '@' or '$';

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

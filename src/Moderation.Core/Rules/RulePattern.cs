using System.Text.RegularExpressions;

using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>Builds the rules' regular expressions the one safe way: compiled, culture-invariant, with a match timeout.</summary>
internal static class RulePattern
{
    /// <summary>Between two words: anything that is not a letter or digit (normalised views may keep or drop punctuation).</summary>
    public const string Gap = @"[^\p{L}\p{N}]+";

    /// <summary>An optional gap of at most a few filler words, bounded so matching stays linear.</summary>
    public const string FewWords = @"(?:[^\p{L}\p{N}]+[\p{L}\p{N}]+){0,3}[^\p{L}\p{N}]+";

    // A safety net only: the patterns use bounded quantifiers and match in microseconds. It is generous because the first
    // match of a compiled pattern includes JIT time, which on a loaded machine can take hundreds of milliseconds.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Regex Create(string pattern) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    /// <summary>A long alternation of words, matched by the non-backtracking engine: the backtracking one tries the alternation at
    /// nearly every letter of a comment, and on a gambling comment took about six times as long for the jargon words (measured
    /// after seconds of warm-up). Its matches are the same for such patterns (no lookarounds, no lazy loops; a test compares the
    /// two engines on the corpora), but it supports fewer constructs, so the rules opt in per pattern.</summary>
    public static Regex CreateWordList(string pattern) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    /// <summary><paramref name="item"/> <paramref name="min"/> to <paramref name="max"/> times, fewest first: what the lazy loop
    /// <c>(?:item){min,max}?</c> means, spelled as nested alternations (each tries no more items before one more). Compiled,
    /// such a lazy loop throws IndexOutOfRangeException on some texts when it backtracks out after its last iteration
    /// (.NET 10; dotnet/runtime#129511, fixed for .NET 11).</summary>
    public static string LazyRepeat(string item, int min, int max)
    {
        var optional = string.Empty;
        for (var i = min; i < max; i++)
        {
            optional = $"(?:|{item}{optional})";
        }

        return string.Concat(Enumerable.Repeat($"(?:{item})", min)) + optional;
    }

    /// <summary>Substrings a rule needs to see before its patterns can match; a vectorised search skips most comments cheaply.</summary>
    public static TriggerWords Triggers(params string[] words) => new(words, TriggerIndex.Rules);

    public static bool Mentions(string text, TriggerWords triggers) => triggers.AnyIn(text);

    // Equal views are common (a clean comment folds to its canonical form) and comparing them is far cheaper than a search.
    public static bool Mentions(NormalisedText text, TriggerWords triggers) =>
        Mentions(text.Canonical.Text, triggers)
        || (!ReferenceEquals(text.Canonical, text.Folded) && text.Canonical.Text != text.Folded.Text && Mentions(text.Folded.Text, triggers));

    public static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>A whole-word alternation of literal words (spaces inside a word match any gap).</summary>
    public static Regex Words(params string[] words) => CreateWordList(WordsPattern(words));

    public static string WordsPattern(params string[] words) =>
        @"\b(?:" + string.Join('|', words.Select(w => Regex.Escape(w).Replace(@"\ ", Gap))) + @")\b";

    /// <summary>Adds one hit per match of <paramref name="pattern"/> in one view; a timed-out rule adds nothing rather than failing the comment.</summary>
    public static int AddMatches(Regex pattern, string text, TextView view, string signal, double confidence, List<RuleHit> hits, string? kind = null)
    {
        var count = 0;
        try
        {
            foreach (var match in pattern.EnumerateMatches(text))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                hits.Add(new RuleHit(signal, view, match.Index, match.Length, confidence, kind));
                count++;
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return count;
    }

    /// <summary>As <see cref="AddMatches(Regex, string, TextView, string, double, List{RuleHit}, string?)"/>, skipping texts the screen rules out.</summary>
    public static int AddMatches(ScreenedPattern pattern, string text, TextView view, string signal, double confidence, List<RuleHit> hits, string? kind = null) =>
        pattern.MayMatch(text) ? AddMatches(pattern.Regex, text, view, signal, confidence, hits, kind) : 0;

    public static bool IsMatch(ScreenedPattern pattern, string text) => pattern.MayMatch(text) && IsMatch(pattern.Regex, text);

    /// <summary>A pattern that runs only on texts that mention one of <paramref name="literals"/> (a superset of its needs).</summary>
    public static ScreenedPattern Screened(string pattern, params string[] literals) => Screened(Create(pattern), literals);

    /// <summary>As <see cref="Screened(string, string[])"/>, for a pattern already made.</summary>
    public static ScreenedPattern Screened(Regex pattern, params string[] literals)
    {
        var triggers = Triggers(literals);
        return new ScreenedPattern(pattern, text => triggers.AnyIn(text));
    }

    /// <summary>A whole-word alternation (as <see cref="Words"/>) that runs only on texts that contain one of the words (for a
    /// word of several parts, its longest part, since the parts may be joined by any gap).</summary>
    public static ScreenedPattern ScreenedWords(params string[] words) =>
        Screened(Words(words), words.Select(w => w.Split(' ').MaxBy(part => part.Length)!).Distinct().ToArray());

    /// <summary>How many chars of the text are decimal digits (what <c>\d</c> matches).</summary>
    public static int CountDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsDigit(c) ? 1 : 0;
        }

        return count;
    }

    public static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

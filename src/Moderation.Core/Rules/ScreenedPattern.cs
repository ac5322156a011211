using System.Text.RegularExpressions;

namespace Moderation.Rules;

/// <summary>A rule pattern with a cheap test that every text it can match passes: a text that fails the test skips the regex
/// (and its match-timeout set-up), with the same hits.</summary>
internal sealed class ScreenedPattern(Regex regex, Func<string, bool> mayMatch)
{
    public Regex Regex { get; } = regex;

    /// <summary>False only for texts the pattern cannot match.</summary>
    public bool MayMatch(string text) => mayMatch(text);
}

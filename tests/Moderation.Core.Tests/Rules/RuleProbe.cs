using Moderation.Normalisation;
using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

/// <summary>Runs one rule on a comment through the real normaliser and reports its hits as the reader's own text.</summary>
internal static class RuleProbe
{
    private static readonly TextNormaliser Normaliser = new();

    public static IReadOnlyList<(string Signal, string Text, double Confidence, string? Kind)> Hits(IRule rule, string comment)
    {
        var text = Normaliser.Normalise(comment);
        var hits = new List<RuleHit>();
        rule.Match(text, hits);
        return hits.Select(hit =>
        {
            var view = hit.View == TextView.Canonical ? text.Canonical : text.Folded;
            var (start, length) = view.ToOriginal(hit.Start, hit.Length);
            return (hit.Signal, comment.Substring(start, length), hit.Confidence, hit.Kind);
        }).ToList();
    }

    /// <summary>The strongest confidence the rule gives the comment, 0 when it does not match.</summary>
    public static double Confidence(IRule rule, string comment) =>
        Hits(rule, comment).Select(h => h.Confidence).DefaultIfEmpty(0).Max();

    public static IReadOnlyList<string> Evidence(IRule rule, string comment) =>
        Hits(rule, comment).Select(h => h.Text).Distinct().ToList();
}

using System.Text;
using Moderation.Decisions;

namespace Moderation.Cli.Commands;

/// <summary>A verdict as a moderator reads it: decision, priority, each reason with its article, source, score and the
/// comment with the evidence [bracketed] (and in reverse video on a terminal), then the scores.</summary>
public static class VerdictText
{
    private const string Invert = "\u001b[7m";
    private const string Reset = "\u001b[0m";

    public static string Render(Verdict verdict, string comment, bool colour)
    {
        var text = new StringBuilder();
        var decision = verdict.Decision.ToWire();
        if (colour)
        {
            var code = verdict.Decision switch { Decision.Rejected => "31", Decision.Flagged => "33", _ => "32" };
            decision = $"\u001b[1;{code}m{decision}{Reset}";
        }

        text.AppendLine($"decision: {decision}   priority: {verdict.Priority}");
        if (verdict.Reasons.Count > 0)
        {
            text.AppendLine("reasons:");
        }

        foreach (var reason in verdict.Reasons)
        {
            var kind = reason.Kind is null ? "" : $"  kind: {reason.Kind}";
            text.AppendLine($"  - {reason.Category.ToWire()}  ({reason.Law ?? "site policy, no article"})  source: {reason.Source.ToWire()}  score: {reason.Score:0.00}{kind}");
            if (reason.Detail is not null)
            {
                text.AppendLine($"      {reason.Detail}");
            }

            if (reason.Evidence.Count > 0)
            {
                text.AppendLine("      " + Highlight(comment, reason.Evidence, colour));
            }
        }

        var scores = string.Join("  ", verdict.Scores.Select(s => $"{s.Key} {s.Value:0.00}"));
        text.AppendLine($"scores: {(scores.Length == 0 ? "(the model scores no category)" : scores)}");
        text.AppendLine($"model {verdict.ModelVersion}, policy {verdict.PolicyVersion}");
        return text.ToString();
    }

    private static string Highlight(string comment, IReadOnlyList<Evidence> evidence, bool colour)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var span in evidence.OrderBy(e => e.Start))
        {
            if (span.Start < at || span.Start + span.Length > comment.Length)
            {
                continue;
            }

            text.Append(comment, at, span.Start - at);
            text.Append(colour ? $"{Invert}[{span.Text}]{Reset}" : $"[{span.Text}]");
            at = span.Start + span.Length;
        }

        return text.Append(comment, at, comment.Length - at).ToString().ReplaceLineEndings(" ");
    }
}

using Moderation.Formats.Audit;

namespace Moderation.Cli.Commands;

/// <summary>The moderators' decisions as labelled CSV (RFC 4180): <c>commentId,text,category,outcome,moderatorId,reviewedAt</c>,
/// one row per comment, the latest decision standing (as CommentReviewed's latest reviewedAt does).</summary>
public static class LabelCsv
{
    /// <summary>The header `train --reviews` and `evaluate --data` recognise (one definition, in the reader).</summary>
    public const string Header = Moderation.Training.Corpora.ReviewLabels.Header;

    /// <summary>Writes the rows; returns how many.</summary>
    public static int Write(TextWriter writer, IEnumerable<AuditEntry> entries)
    {
        var latest = entries
            .Where(e => e.Action == AuditActions.Decided && e.CommentId is not null && e.Text is not null)
            .GroupBy(e => e.CommentId!, StringComparer.Ordinal)
            .Select(g => g.MaxBy(e => e.At)!)
            .OrderBy(e => e.At)
            .ToList();
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (var entry in latest)
        {
            writer.Write(string.Join(',', Field(entry.CommentId), Field(entry.Text), Field(entry.Category), Field(entry.Outcome),
                Field(entry.ModeratorId), Field(entry.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"))));
            writer.Write("\r\n");
        }

        return latest.Count;
    }

    private static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\""
        : value;
}

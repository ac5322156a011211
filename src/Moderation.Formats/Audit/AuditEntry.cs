namespace Moderation.Formats.Audit;

/// <summary>One moderator action, as the append-only audit log keeps it. A "decided" entry is also a labelled example for retraining
/// (it carries the text, outcome and category).</summary>
/// <param name="Action">One of <see cref="AuditActions"/>: "signed-in", "signed-out", "opened", "decided", "takedown".</param>
public sealed record AuditEntry(
    DateTimeOffset At,
    string ModeratorId,
    string Action,
    string? CommentId = null,
    string? Outcome = null,
    string? Category = null,
    string? Note = null,
    string? PreviousDecision = null,
    string? Text = null,
    string? Detail = null);

namespace Moderation.Service.Review.Authors;

/// <summary>One of an author's recent comments and how it ended (machine decision, or the moderator's outcome).</summary>
/// <param name="Outcome">"approved", "flagged", "rejected"; a moderator's outcome replaces the machine's.</param>
public sealed record AuthorComment(string CommentId, string Outcome, DateTimeOffset At, string? By = null);

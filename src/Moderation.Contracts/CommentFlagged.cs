namespace Moderation.Contracts;

/// <summary>The service decided a comment is flagged; published to <c>moderation.comment-flagged</c>.</summary>
public sealed record CommentFlagged : CommentDecision;

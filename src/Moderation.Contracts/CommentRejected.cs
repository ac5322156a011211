namespace Moderation.Contracts;

/// <summary>The service decided a comment is rejected; published to <c>moderation.comment-rejected</c>.</summary>
public sealed record CommentRejected : CommentDecision;

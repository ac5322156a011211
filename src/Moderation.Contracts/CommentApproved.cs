namespace Moderation.Contracts;

/// <summary>The service decided a comment is approved; published to <c>moderation.comment-approved</c>.</summary>
public sealed record CommentApproved : CommentDecision;

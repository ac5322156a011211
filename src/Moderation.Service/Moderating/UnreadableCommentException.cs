namespace Moderation.Service.Moderating;

/// <summary>The message cannot be moderated at all (no commentId): it goes to the error queue without retries.</summary>
public sealed class UnreadableCommentException(string message) : Exception(message);

namespace Moderation.Pipeline;

/// <summary>What the pipeline needs to know about a comment besides its text.</summary>
public sealed record CommentInput(string Text, string? Section = null);

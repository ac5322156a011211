namespace Moderation.Contracts;

/// <summary>A span of the comment's original text (UTF-16 code units) that supports a reason.</summary>
public sealed record Evidence(int Start, int Length, string Text);

namespace Moderation.Decisions;

/// <summary>A span of the reader's original text (UTF-16 offsets) that supports a reason.</summary>
public sealed record Evidence(int Start, int Length, string Text);

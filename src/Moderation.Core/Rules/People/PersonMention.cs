namespace Moderation.Rules.People;

/// <summary>An identifiable person a comment names: tokens [First, End) and, for a public figure of the gazetteer, the figure.</summary>
internal readonly record struct PersonMention(int First, int End, string? Figure);

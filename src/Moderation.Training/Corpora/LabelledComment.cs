namespace Moderation.Training.Corpora;

/// <summary>One corpus row after repair: its text, a 0/1 label per column of the corpus, and the group it must stay with when splitting.</summary>
public sealed record LabelledComment(string Text, bool[] Labels, string Group);

namespace Moderation.Training.Corpora;

/// <summary>One corpus row after repair: its text, a 0/1 label per column of the corpus, and the group it must stay with when splitting.</summary>
/// <param name="Known">Which labels the row actually carries (null: all). A moderator's rejection for gambling says
/// nothing about hate speech, so a review row leaves the heads it does not speak to unlabelled.</param>
public sealed record LabelledComment(string Text, bool[] Labels, string Group, bool[]? Known = null)
{
    public bool IsKnown(int label) => Known is null || Known[label];
}

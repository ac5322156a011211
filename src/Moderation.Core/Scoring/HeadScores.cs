namespace Moderation.Scoring;

/// <summary>One probability per model head (HS, Abusive, HS_Group, ..., gambling), in the model's head order, and for each
/// head at least <see cref="ExplainedFrom"/> sure the features that raised its margin most (<see cref="DriversPerHead"/>
/// places per head, strongest first), when the scorer kept them.</summary>
public sealed record HeadScores(IReadOnlyList<string> Heads, float[] Values, ScoreDriver[]? Drivers = null)
{
    /// <summary>How many of a head's strongest features are kept: enough for the few words a moderator is shown.</summary>
    public const int DriversPerHead = 8;

    /// <summary>Drivers are kept for the heads at least this sure: below it a head carries no reason under any flag threshold
    /// the policy sets (a test holds the shipped policy's thresholds to it).</summary>
    public const float ExplainedFrom = 0.3f;

    public float this[string head] => TryGet(head, out var score) ? score : throw new KeyNotFoundException($"The model has no head '{head}'.");

    public bool TryGet(string head, out float score)
    {
        var index = IndexOf(head);
        score = index < 0 ? 0 : Values[index];
        return index >= 0;
    }

    /// <summary>The features that raised <paramref name="head"/>'s margin most, strongest first (empty places have no
    /// positive contribution); empty when the scorer kept none.</summary>
    public ReadOnlySpan<ScoreDriver> DriversOf(string head)
    {
        var index = IndexOf(head);
        return index < 0 || Drivers is null || Drivers.Length < (index + 1) * DriversPerHead
            ? default
            : Drivers.AsSpan(index * DriversPerHead, DriversPerHead);
    }

    private int IndexOf(string head)
    {
        if (Heads is string[] names)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (ReferenceEquals(names[i], head))
                {
                    return i;
                }
            }

            return Array.IndexOf(names, head);
        }

        for (var i = 0; i < Heads.Count; i++)
        {
            if (string.Equals(Heads[i], head, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

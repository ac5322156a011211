namespace Moderation.Scoring;

/// <summary>One probability per model head (HS, Abusive, HS_Group, ..., gambling), in the model's head order.</summary>
public sealed record HeadScores(IReadOnlyList<string> Heads, float[] Values)
{
    public float this[string head] => TryGet(head, out var score) ? score : throw new KeyNotFoundException($"The model has no head '{head}'.");

    public bool TryGet(string head, out float score)
    {
        if (Heads is string[] names)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (ReferenceEquals(names[i], head))
                {
                    score = Values[i];
                    return true;
                }
            }

            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], head, StringComparison.Ordinal))
                {
                    score = Values[i];
                    return true;
                }
            }

            score = 0;
            return false;
        }

        for (var i = 0; i < Heads.Count; i++)
        {
            if (string.Equals(Heads[i], head, StringComparison.Ordinal))
            {
                score = Values[i];
                return true;
            }
        }

        score = 0;
        return false;
    }
}

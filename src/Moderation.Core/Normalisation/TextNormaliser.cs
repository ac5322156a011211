namespace Moderation.Normalisation;

/// <summary>Turns what a reader wrote into the views the model and the rules read. One code path for training and prediction.</summary>
/// <remarks>Placeholder: lower case only. The real normaliser replaces this.</remarks>
public sealed class TextNormaliser
{
    public NormalisedText Normalise(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var lower = original.ToLowerInvariant();
        var start = new int[lower.Length];
        var end = new int[lower.Length];
        for (var i = 0; i < lower.Length; i++)
        {
            start[i] = i;
            end[i] = i + 1;
        }

        var view = new NormalisedView(lower, start, end);
        return new NormalisedText(original, view, view);
    }
}

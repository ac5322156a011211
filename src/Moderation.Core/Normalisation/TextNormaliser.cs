namespace Moderation.Normalisation;

/// <summary>Turns what a reader wrote into the views the model and the rules read. One code path for training and prediction.</summary>
/// <remarks>Thread-safe: all tables are static and read-only, scratch buffers belong to the calling thread.</remarks>
public sealed class TextNormaliser
{
    /// <summary>Normalises one comment; never throws on odd input (lone surrogates, control chars, huge text).</summary>
    public NormalisedText Normalise(string original)
    {
        ArgumentNullException.ThrowIfNull(original);

        var workspace = NormalisationWorkspace.Rent();
        try
        {
            var unicode = workspace.Unicode;
            UnicodeFolding.Fold(original, unicode);

            var folded = unicode;
            var unicodeText = unicode.ToString();
            // Without '@' or '.' no mention, e-mail or link can be there, so the regex is skipped.
            if (unicodeText.AsSpan().IndexOfAny('@', '.') >= 0)
            {
                folded = workspace.Masked;
                LinkMasking.Mask(unicode, unicodeText, folded);
            }

            workspace.Canonicaliser.Run(folded, workspace.Canonical);
            var foldedView = ReferenceEquals(folded, unicode) ? unicode.ToView(unicodeText) : folded.ToView();
            return new NormalisedText(original, foldedView, workspace.Canonical.ToView());
        }
        finally
        {
            NormalisationWorkspace.Return(workspace);
        }
    }
}

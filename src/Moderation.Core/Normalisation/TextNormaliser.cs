namespace Moderation.Normalisation;

/// <summary>Turns what a reader wrote into the views the model and the rules read. One code path for training and prediction.</summary>
/// <remarks>Thread-safe: all tables are static and read-only, all buffers belong to one call.</remarks>
public sealed class TextNormaliser
{
    public NormalisedText Normalise(string original)
    {
        ArgumentNullException.ThrowIfNull(original);

        var unicode = new MappedTextBuilder(original.Length);
        UnicodeFolding.Fold(original, unicode);

        var unicodeText = unicode.ToString();
        MappedTextBuilder folded;
        if (unicodeText.AsSpan().IndexOfAny('@', '.') >= 0)
        {
            folded = new MappedTextBuilder(unicode.Length + 8);
            LinkMasking.Mask(unicode, unicodeText, folded);
        }
        else
        {
            // No '@' and no '.': no mention, e-mail or link can be there, so skip the regex.
            folded = unicode;
        }

        var canonical = new MappedTextBuilder(folded.Length + 8);
        new Canonicaliser(folded, canonical).Run();
        return new NormalisedText(original, folded.ToView(), canonical.ToView());
    }
}

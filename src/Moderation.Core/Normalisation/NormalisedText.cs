namespace Moderation.Normalisation;

/// <summary>A comment after normalisation, in two views that both map back to the original.</summary>
/// <param name="Original">What the reader wrote.</param>
/// <param name="Folded">Unicode tricks undone (NFKC, look-alikes, zero-width and bidi controls, combining marks), lower case,
/// @mentions and links replaced by <c>user</c> and <c>url</c> (a brand with digits stays in front: "naga88 url"), e-mail kept,
/// HTML entities decoded (corpus-only defects are repaired by the corpus reader, not here), whitespace runs collapsed; digits, punctuation and spelling kept. Rules that
/// need digits (phone numbers, NIK, brand-with-digits) read this view.</param>
/// <param name="Canonical">The folded view with leetspeak, spaced-out and repeated letters, masked words and slang
/// resolved to plain Indonesian words separated by single spaces; punctuation dropped except inside numbers, emoji kept as
/// tokens of their own. The model and word rules read this view.</param>
public sealed record NormalisedText(string Original, NormalisedView Folded, NormalisedView Canonical);

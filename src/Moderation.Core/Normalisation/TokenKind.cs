namespace Moderation.Normalisation;

/// <summary>How the canonical view reads a token of the folded text.</summary>
internal enum TokenKind
{
    /// <summary>A word to resolve (slang, leetspeak, masks, stretched letters).</summary>
    Word,

    /// <summary>A word spelled with separators ("a.n.j.i.n.g"): every other char is a letter.</summary>
    Dotted,

    /// <summary>Written as it is: numbers, e-mail addresses, emoji.</summary>
    Verbatim,
}

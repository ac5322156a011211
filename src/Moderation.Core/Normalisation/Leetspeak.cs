namespace Moderation.Normalisation;

/// <summary>Digits and symbols written in place of the letters they resemble (b4ngs4t, k0nt0l, $etan, b@bi).</summary>
internal static class Leetspeak
{
    /// <summary>Every char that <see cref="ToLetter"/> turns into a letter.</summary>
    public const string Chars = "013456789@$";

    /// <summary>The letter <paramref name="c"/> stands for, or <paramref name="c"/> itself.</summary>
    public static char ToLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '6' => 'g',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        _ => c,
    };
}

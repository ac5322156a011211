using System.Security.Cryptography;
using System.Text;

namespace Moderation.Service.Moderating;

/// <summary>What "the same or nearly the same text" means for campaign detection: the letters of the folded text,
/// so digits, punctuation, spacing and case variations of one spam text collapse to one fingerprint.</summary>
public static class TextFingerprint
{
    /// <summary>The fingerprint, or null when the text has fewer than <paramref name="minLetters"/> letters.</summary>
    public static string? Of(string foldedText, int minLetters)
    {
        var letters = new StringBuilder(foldedText.Length);
        foreach (var c in foldedText)
        {
            if (char.IsLetter(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.Length < minLetters
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(letters.ToString())));
    }

    /// <summary>The campaign id every decision of one campaign shares.</summary>
    public static string CampaignId(string fingerprint) => "cmp-" + fingerprint[..16];
}

using System.Text;

namespace Moderation.Training.Suites.Templates;

/// <summary>FNV-1a over UTF-8: the same number for the same text in every process (string.GetHashCode is randomised), so a
/// suite expands into the same cases wherever it is expanded.</summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}

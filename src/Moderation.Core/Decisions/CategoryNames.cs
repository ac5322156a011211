using System.Diagnostics.CodeAnalysis;

namespace Moderation.Decisions;

/// <summary>The wire names of <see cref="Category"/> ("personal-data", "false-news", ...).</summary>
public static class CategoryNames
{
    private static readonly Dictionary<Category, string> Names = new()
    {
        [Category.Sexual] = "sexual",
        [Category.Gambling] = "gambling",
        [Category.Defamation] = "defamation",
        [Category.Extortion] = "extortion",
        [Category.Scam] = "scam",
        [Category.Hate] = "hate",
        [Category.FalseNews] = "false-news",
        [Category.Threat] = "threat",
        [Category.PersonalData] = "personal-data",
        [Category.Profanity] = "profanity",
        [Category.Insult] = "insult",
        [Category.Spam] = "spam",
        [Category.Invalid] = "invalid",
    };

    private static readonly Dictionary<string, Category> ByName =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string ToWire(this Category category) => Names[category];

    public static bool TryParse(string? name, [NotNullWhen(true)] out Category? category)
    {
        if (name is not null && ByName.TryGetValue(name, out var found))
        {
            category = found;
            return true;
        }

        category = null;
        return false;
    }
}

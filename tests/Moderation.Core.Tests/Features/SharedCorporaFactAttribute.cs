namespace Moderation.Core.Tests.Features;

/// <summary>A fact that reads the public corpora beside the repository (../shared/data), and is skipped (saying why) where
/// they are not there.</summary>
public sealed class SharedCorporaFactAttribute : FactAttribute
{
    public SharedCorporaFactAttribute()
    {
        if (Directory is null)
        {
            Skip = "the shared corpora (../shared/data beside the repository) are not on this machine";
        }
    }

    public static string? Directory { get; } = Locate();

    /// <summary>Every line of every corpus file, header and CSV quoting included: the featurizer must agree on any text.</summary>
    public static IEnumerable<string> Lines() =>
        Directory is null ? [] : System.IO.Directory.EnumerateFiles(Directory, "*.csv", SearchOption.AllDirectories).Order().SelectMany(File.ReadLines);

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moderation.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return System.IO.Directory.Exists(beside) ? beside : null;
            }
        }

        return null;
    }
}

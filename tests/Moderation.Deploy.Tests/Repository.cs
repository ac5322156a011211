using Moderation.Testing;

namespace Moderation.Deploy.Tests;

/// <summary>Paths in the repository the tests run from .</summary>
public static class Repository
{
    public static string Root => RepositoryLayout.Root;

    public static string Deploy => Path.Combine(Root, "deploy");

    /// <summary>Every YAML file under deploy/, relative to the repository root.</summary>
    public static IEnumerable<string> YamlFiles() =>
        Directory.EnumerateFiles(Deploy, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

}

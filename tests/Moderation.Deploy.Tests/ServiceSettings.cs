using System.Reflection;
using System.Text.RegularExpressions;

namespace Moderation.Deploy.Tests;

/// <summary>The environment variables the service reads: its typed options (every class with a <c>Section</c> constant,
/// walked property by property), the connection strings its source asks for, and the host's own variables.</summary>
public static partial class ServiceSettings
{
    /// <summary>Variables read by ASP.NET Core and the .NET runtime rather than by the service's options.</summary>
    private static readonly string[] HostVariables = ["ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_gcServer", "DOTNET_GCHeapHardLimit"];

    /// <summary>Prefixes of framework sections the host binds (logging levels per category).</summary>
    private static readonly string[] HostPrefixes = ["Logging__LogLevel__"];

    private static readonly Lazy<HashSet<string>> Known = new(Collect);

    public static IReadOnlyCollection<string> All => Known.Value;

    public static bool Knows(string variable)
    {
        if (HostVariables.Contains(variable, StringComparer.Ordinal) || HostPrefixes.Any(p => variable.StartsWith(p, StringComparison.Ordinal) && variable.Length > p.Length))
        {
            return true;
        }

        // Array elements (Moderation__RetryIntervals__0) bind to the array setting, list elements' properties
        // (Review__Accounts__0__Id) to the element type's properties.
        var normalised = Index().Replace(variable, string.Empty);
        return Known.Value.Contains(normalised);
    }

    private static HashSet<string> Collect()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(Moderation.Service.Extensions).Assembly;
        foreach (var type in assembly.GetTypes())
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.GetValue(null) is string section)
            {
                AddProperties(names, section, type, depth: 0);
            }
        }

        foreach (var name in ConnectionStringNames())
        {
            names.Add($"ConnectionStrings__{name}");
        }

        return names;
    }

    private static void AddProperties(HashSet<string> names, string prefix, Type type, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = $"{prefix}__{property.Name}";
            names.Add(name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (depth < 4 && propertyType.IsClass && propertyType != typeof(string) && !propertyType.IsArray
                && !typeof(System.Collections.IEnumerable).IsAssignableFrom(propertyType))
            {
                AddProperties(names, name, propertyType, depth + 1);
            }
            else if (depth < 4 && propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(List<>)
                && propertyType.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string))
            {
                AddProperties(names, name, element, depth + 1);
            }
        }
    }

    /// <summary>The names in <c>GetConnectionString("...")</c> calls of the service's source.</summary>
    private static IEnumerable<string> ConnectionStringNames() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Moderation.Service"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => ConnectionStringCall().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value))
            .Distinct();

    [GeneratedRegex(@"GetConnectionString\(""(\w+)""\)")]
    private static partial Regex ConnectionStringCall();

    [GeneratedRegex(@"__\d+(?=__|$)")]
    private static partial Regex Index();
}

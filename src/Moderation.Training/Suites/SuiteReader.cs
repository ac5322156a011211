using System.Text.Json;

namespace Moderation.Training.Suites;

/// <summary>Reads a functional suite: JSON lines, one case each, with the fields of <see cref="SuiteCase"/> in camelCase
/// ("id", "text", "expect": "held" | "approved", "functionality", "half": "dev" | "locked", and optionally "category",
/// "group", "ground", "template", "section", "note"). Blank lines are skipped; anything else that is not such a case is an
/// error naming its line.</summary>
public static class SuiteReader
{
    /// <summary>Whether a file is a suite rather than a CSV corpus: its first non-blank line is a JSON object.</summary>
    public static bool IsSuite(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line.TrimStart('\uFEFF', ' ', '\t').StartsWith('{');
            }
        }

        return false;
    }

    public static IReadOnlyList<SuiteCase> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"file '{path}' does not exist.", path);
        }

        var cases = new List<SuiteCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var @case = Parse(line, $"{path}:{number}");
            if (!ids.Add(@case.Id))
            {
                throw new InvalidDataException($"{path}:{number}: case id '{@case.Id}' appears twice.");
            }

            cases.Add(@case);
        }

        return cases;
    }

    /// <summary>One case from one JSON line; <paramref name="where"/> names the line in errors.</summary>
    public static SuiteCase Parse(string line, string where)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{where}: not a JSON object ({error.Message}).");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: not a JSON object.");
        }

        return new SuiteCase(
            Required(root, "id", where),
            Required(root, "text", where),
            Required(root, "expect", where) switch
            {
                "held" => Expectation.Held,
                "approved" => Expectation.Approved,
                var other => throw new InvalidDataException($"{where}: \"expect\" is '{other}', expected 'held' or 'approved'."),
            },
            Required(root, "functionality", where),
            Required(root, "half", where) switch
            {
                "dev" => SuiteHalf.Dev,
                "locked" => SuiteHalf.Locked,
                var other => throw new InvalidDataException($"{where}: \"half\" is '{other}', expected 'dev' or 'locked'."),
            },
            Optional(root, "category", where),
            Optional(root, "group", where),
            Optional(root, "ground", where),
            Optional(root, "template", where),
            Optional(root, "section", where),
            Optional(root, "note", where));
    }

    private static string Required(JsonElement root, string name, string where) =>
        Optional(root, name, where) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidDataException($"{where}: \"{name}\" is missing or blank.");

    private static string? Optional(JsonElement root, string name, string where)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InvalidDataException($"{where}: \"{name}\" must be a string.");
    }
}

using System.Text.Json;
using Moderation.Decisions;

namespace Moderation.Policy;

/// <summary>The problems found so far while reading a policy, and the typed reads that add to them.</summary>
internal sealed class PolicyErrors
{
    public List<PolicyError> List { get; } = [];

    public void Add(string path, string message) => List.Add(new PolicyError(path, message));

    /// <summary>An object's properties by name; reports a non-object, duplicate keys and (when <paramref name="allowed"/> is set) unknown keys.</summary>
    public Dictionary<string, JsonElement>? Object(JsonElement element, string path, IReadOnlyCollection<string>? allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, $"must be an object, not {Describe(element)}");
            return null;
        }

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!properties.TryAdd(property.Name, property.Value))
            {
                Add($"{path}.{property.Name}", "duplicate key: it appears more than once, so which one applies is ambiguous");
                continue;
            }

            if (allowed is not null && !allowed.Contains(property.Name))
            {
                Add($"{path}.{property.Name}", $"unknown property (expected one of: {string.Join(", ", allowed)})");
            }
        }

        return properties;
    }

    public Dictionary<string, JsonElement>? Required(Dictionary<string, JsonElement> parent, string name, string path, IReadOnlyCollection<string> allowed)
    {
        if (!parent.TryGetValue(name, out var element))
        {
            Add($"{path}.{name}", $"missing (an object with {string.Join(" and ", allowed)})");
            return null;
        }

        return Object(element, $"{path}.{name}", allowed);
    }

    public string? String(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            Add(path, $"must be a string, not {Describe(element)}");
            return null;
        }

        return element.GetString();
    }

    public bool? Boolean(JsonElement element, string path)
    {
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Add(path, $"must be true or false, not {Describe(element)}");
            return null;
        }

        return element.GetBoolean();
    }

    public Category? Category(string name, string path)
    {
        if (CategoryNames.TryParse(name, out var category) && category != Decisions.Category.Invalid)
        {
            return category;
        }

        var known = string.Join(", ", CategoryNames.All.Where(n => n != "invalid"));
        Add(path, name == "invalid"
            ? "'invalid' is decided by the service for contract violations, not by the policy"
            : $"unknown category '{name}' (known: {known})");
        return null;
    }

    public bool Signal(string signal, string path)
    {
        if (PolicySignals.IsKnown(signal))
        {
            return true;
        }

        Add(path, $"unknown signal '{signal}' (known: {string.Join(", ", PolicySignals.All)})");
        return false;
    }

    /// <summary>A flag or reject threshold: absent (when optional), null (for reject: never), or a number above 0 and at most 1.
    /// Zero is refused because every score reaches it: a flag threshold of 0 would hold every comment with no evidence.</summary>
    public double? Threshold(Dictionary<string, JsonElement> fields, string name, string path, bool required)
    {
        if (!fields.TryGetValue(name, out var element) || (!required && element.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                Add($"{path}.{name}", "missing: a threshold above 0 and at most 1");
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            Add($"{path}.{name}", $"must be a number above 0 and at most 1, not {Describe(element)}");
            return null;
        }

        var value = element.GetDouble();
        if (value is < 0 or > 1)
        {
            Add($"{path}.{name}", $"threshold {value} is outside 0..1");
            return null;
        }

        if (value == 0)
        {
            Add($"{path}.{name}", name == "reject"
                ? "threshold 0 is reached by every score, so every comment this category holds would be rejected; it must be above 0"
                : "threshold 0 is reached by every score, so every comment would be flagged; it must be above 0");
            return null;
        }

        return value;
    }

    public double? Weight(JsonElement element, string path, bool allowZero = false)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            Add(path, $"must be a number between 0 and 1, not {Describe(element)}");
            return null;
        }

        var value = element.GetDouble();
        if (value > 1 || value < 0 || (!allowZero && value == 0))
        {
            Add(path, allowZero ? $"factor {value} is outside 0..1" : $"weight {value} is outside (0, 1]");
            return null;
        }

        return value;
    }

    public int? Priority(Dictionary<string, JsonElement> fields, string path, bool required) =>
        fields.ContainsKey("priority") || required ? Integer(fields, "priority", path, 1, 100) : null;

    public int? Integer(Dictionary<string, JsonElement> fields, string name, string path, int min, int max)
    {
        if (!fields.TryGetValue(name, out var element))
        {
            Add($"{path}.{name}", $"missing: a whole number between {min} and {max}");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value))
        {
            Add($"{path}.{name}", $"must be a whole number between {min} and {max}, not {Describe(element)}");
            return null;
        }

        if (value < min || value > max)
        {
            Add($"{path}.{name}", $"{value} is outside {min}..{max}");
            return null;
        }

        return value;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        _ => "null",
    };
}

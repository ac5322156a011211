using System.Text.Json;
using Moderation.Decisions;

namespace Moderation.Policy;

/// <summary>Reads policy JSON and checks all of it, collecting every problem with its path instead of stopping at the first.</summary>
internal static class PolicyReader
{
    private static readonly string[] TopLevel = ["version", "description", "categories", "sections", "campaign", "velocity"];
    private static readonly string[] CategoryFields = ["law", "flag", "reject", "priority", "signals", "counters"];
    private static readonly string[] SignalFields = ["weight", "kind", "corroboratedBy", "rejectsOnlyWith", "citesLaw"];
    private static readonly Category[] Etiquette = [Category.Profanity, Category.Insult, Category.Spam];

    public static (ModerationPolicy? Policy, IReadOnlyList<PolicyError> Errors) Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            return (null, [new PolicyError("$", $"not valid JSON: {error.Message}")]);
        }

        using (document)
        {
            var errors = new PolicyErrors();
            var root = errors.Object(document.RootElement, "$", TopLevel);
            if (root is null)
            {
                return (null, errors.List);
            }

            var version = ReadVersion(root, errors);
            var description = root.TryGetValue("description", out var d) ? errors.String(d, "$.description") : null;
            var categories = ReadCategories(root, errors);
            var sections = PolicySectionReader.Read(root, categories, errors);
            var campaign = ReadCampaign(root, errors);
            var velocity = ReadVelocity(root, errors);

            if (errors.List.Count > 0 || version is null || campaign is null || velocity is null)
            {
                return (null, errors.List);
            }

            return (new ModerationPolicy(version, description, categories, sections, campaign, velocity), []);
        }
    }

    private static string? ReadVersion(Dictionary<string, JsonElement> root, PolicyErrors errors)
    {
        if (!root.TryGetValue("version", out var element))
        {
            errors.Add("$.version", "missing: a policy needs a version string (e.g. \"uu-ite-2024.1\") that decisions carry");
            return null;
        }

        var version = errors.String(element, "$.version");
        if (version is not null && string.IsNullOrWhiteSpace(version))
        {
            errors.Add("$.version", "must not be empty");
            return null;
        }

        return version;
    }

    private static List<CategoryPolicy> ReadCategories(Dictionary<string, JsonElement> root, PolicyErrors errors)
    {
        var result = new List<CategoryPolicy>();
        if (!root.TryGetValue("categories", out var element))
        {
            errors.Add("$.categories", "missing: a policy needs at least one category");
            return result;
        }

        var categories = errors.Object(element, "$.categories", allowed: null);
        if (categories is null)
        {
            return result;
        }

        if (categories.Count == 0)
        {
            errors.Add("$.categories", "must define at least one category");
        }

        foreach (var (name, value) in categories)
        {
            var path = $"$.categories.{name}";
            var category = errors.Category(name, path);
            var fields = errors.Object(value, path, CategoryFields);
            if (category is null || fields is null)
            {
                continue;
            }

            var parsed = ReadCategory(category.Value, fields, path, errors);
            if (parsed is not null)
            {
                result.Add(parsed);
            }
        }

        return result;
    }

    private static CategoryPolicy? ReadCategory(Category category, Dictionary<string, JsonElement> fields, string path, PolicyErrors errors)
    {
        string? law = null;
        if (fields.TryGetValue("law", out var lawElement) && lawElement.ValueKind != JsonValueKind.Null)
        {
            law = errors.String(lawElement, $"{path}.law");
        }

        if (string.IsNullOrWhiteSpace(law) && !Etiquette.Contains(category))
        {
            errors.Add($"{path}.law", $"'{category.ToWire()}' is a legal category and must cite its article (e.g. \"UU ITE Pasal 29\")");
        }

        var flag = errors.Threshold(fields, "flag", path, required: true);
        var reject = errors.Threshold(fields, "reject", path, required: false);
        var priority = errors.Priority(fields, path, required: true);
        if (flag is not null && reject is not null && reject < flag)
        {
            errors.Add($"{path}.reject", $"reject ({reject}) is below flag ({flag}): a comment would be rejected before it is flagged");
        }

        var signals = ReadSignals(fields, path, errors);
        var counters = ReadCounters(fields, path, errors);
        if (flag is null || priority is null || signals is null || counters is null)
        {
            return null;
        }

        return new CategoryPolicy(category, string.IsNullOrWhiteSpace(law) ? null : law, flag.Value, reject, priority.Value, signals, counters);
    }

    private static List<SignalWeight>? ReadSignals(Dictionary<string, JsonElement> fields, string path, PolicyErrors errors)
    {
        if (!fields.TryGetValue("signals", out var element))
        {
            errors.Add($"{path}.signals", "missing: name the signals that raise this category ({} for a category only moderators raise)");
            return null;
        }

        var signals = errors.Object(element, $"{path}.signals", allowed: null);
        if (signals is null)
        {
            return null;
        }

        var result = new List<SignalWeight>();
        foreach (var (signal, value) in signals)
        {
            var signalPath = $"{path}.signals.{signal}";
            var known = errors.Signal(signal, signalPath);
            var settings = errors.Object(value, signalPath, SignalFields);
            if (!known || settings is null)
            {
                continue;
            }

            var weight = settings.ContainsKey("weight") ? errors.Weight(settings["weight"], $"{signalPath}.weight") : 1.0;
            var kind = settings.TryGetValue("kind", out var k) ? errors.String(k, $"{signalPath}.kind") : null;
            var corroborators = settings.TryGetValue("corroboratedBy", out var c) ? ReadCorroborators(c, signal, $"{signalPath}.corroboratedBy", errors) : null;
            var rejectsOnlyWith = settings.TryGetValue("rejectsOnlyWith", out var r) ? ReadSignalMinimums(r, $"{signalPath}.rejectsOnlyWith", errors) : null;
            var citesLaw = !settings.TryGetValue("citesLaw", out var cites) || (errors.Boolean(cites, $"{signalPath}.citesLaw") ?? true);
            if (weight is not null)
            {
                result.Add(new SignalWeight(signal, weight.Value, kind, corroborators, rejectsOnlyWith, citesLaw));
            }
        }

        return result;
    }

    private static List<string>? ReadCorroborators(JsonElement element, string signal, string path, PolicyErrors errors)
    {
        if (!signal.StartsWith(PolicySignals.ModelPrefix, StringComparison.Ordinal))
        {
            errors.Add(path, "only a model signal can be corroborated");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            errors.Add(path, "must be a non-empty array of model signals");
            return null;
        }

        var result = new List<string>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            var name = errors.String(item, itemPath);
            if (name is null || !errors.Signal(name, itemPath))
            {
                continue;
            }

            if (!name.StartsWith(PolicySignals.ModelPrefix, StringComparison.Ordinal))
            {
                errors.Add(itemPath, $"'{name}' is not a model signal; only model heads can corroborate a model head");
                continue;
            }

            result.Add(name);
        }

        return result;
    }

    private static Dictionary<string, double>? ReadSignalMinimums(JsonElement element, string path, PolicyErrors errors)
    {
        var entries = errors.Object(element, path, allowed: null);
        if (entries is null)
        {
            return null;
        }

        if (entries.Count == 0)
        {
            errors.Add(path, "must name at least one signal with its minimum score");
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (signal, value) in entries)
        {
            var known = errors.Signal(signal, $"{path}.{signal}");
            var minimum = errors.Weight(value, $"{path}.{signal}", allowZero: true);
            if (known && minimum is not null)
            {
                result[signal] = minimum.Value;
            }
        }

        return result;
    }

    private static Dictionary<string, double>? ReadCounters(Dictionary<string, JsonElement> fields, string path, PolicyErrors errors)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!fields.TryGetValue("counters", out var element))
        {
            return result;
        }

        var counters = errors.Object(element, $"{path}.counters", allowed: null);
        if (counters is null)
        {
            return null;
        }

        foreach (var (signal, value) in counters)
        {
            var counterPath = $"{path}.counters.{signal}";
            var known = errors.Signal(signal, counterPath);
            var factor = errors.Weight(value, counterPath, allowZero: true);
            if (known && factor is not null)
            {
                result[signal] = factor.Value;
            }
        }

        return result;
    }

    private static CampaignSettings? ReadCampaign(Dictionary<string, JsonElement> root, PolicyErrors errors)
    {
        var fields = errors.Required(root, "campaign", "$", ["minAuthors", "windowSeconds"]);
        if (fields is null)
        {
            return null;
        }

        var authors = errors.Integer(fields, "minAuthors", "$.campaign", min: 2, max: 100_000);
        var window = errors.Integer(fields, "windowSeconds", "$.campaign", min: 1, max: 86_400);
        return authors is null || window is null ? null : new CampaignSettings(authors.Value, window.Value);
    }

    private static VelocitySettings? ReadVelocity(Dictionary<string, JsonElement> root, PolicyErrors errors)
    {
        var fields = errors.Required(root, "velocity", "$", ["maxComments", "windowSeconds"]);
        if (fields is null)
        {
            return null;
        }

        var comments = errors.Integer(fields, "maxComments", "$.velocity", min: 1, max: 100_000);
        var window = errors.Integer(fields, "windowSeconds", "$.velocity", min: 1, max: 86_400);
        return comments is null || window is null ? null : new VelocitySettings(comments.Value, window.Value);
    }
}

using System.Text.Json;

namespace Moderation.Policy;

/// <summary>Reads the per-section overrides ("anak": stricter thresholds) and resolves each section's category rules once.</summary>
internal static class PolicySectionReader
{
    private static readonly string[] OverrideFields = ["flag", "reject", "priority"];

    public static Dictionary<string, IReadOnlyList<CategoryPolicy>> Read(
        Dictionary<string, JsonElement> root, List<CategoryPolicy> categories, PolicyErrors errors)
    {
        var result = new Dictionary<string, IReadOnlyList<CategoryPolicy>>(StringComparer.OrdinalIgnoreCase);
        if (!root.TryGetValue("sections", out var element))
        {
            return result;
        }

        var sections = errors.Object(element, "$.sections", allowed: null);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, value) in sections ?? [])
        {
            var path = $"$.sections.{section}";
            if (string.IsNullOrWhiteSpace(section))
            {
                errors.Add(path, "a section needs a name");
            }

            // Comments name their section in any case, so "anak" and "Anak" are one section: two entries would leave one ignored.
            if (!names.TryAdd(section, section))
            {
                errors.Add(path, $"section '{section}' and section '{names[section]}' differ only in case; sections are matched ignoring case, so one would silently replace the other");
            }

            var overrides = errors.Object(value, path, allowed: null);
            if (overrides is null)
            {
                continue;
            }

            var resolved = categories.ToList();
            foreach (var (name, fieldsElement) in overrides)
            {
                var categoryPath = $"{path}.{name}";
                var category = errors.Category(name, categoryPath);
                var fields = errors.Object(fieldsElement, categoryPath, OverrideFields);
                if (category is null || fields is null)
                {
                    continue;
                }

                var index = resolved.FindIndex(c => c.Category == category);
                if (index < 0)
                {
                    errors.Add(categoryPath, $"overrides '{name}', which $.categories does not define");
                    continue;
                }

                resolved[index] = Override(resolved[index], fields, categoryPath, errors);
            }

            result[section] = resolved;
        }

        return result;
    }

    private static CategoryPolicy Override(CategoryPolicy basis, Dictionary<string, JsonElement> fields, string path, PolicyErrors errors)
    {
        var flag = errors.Threshold(fields, "flag", path, required: false) ?? basis.Flag;
        var reject = fields.ContainsKey("reject") ? errors.Threshold(fields, "reject", path, required: false) : basis.Reject;
        var priority = errors.Priority(fields, path, required: false) ?? basis.Priority;
        if (reject is not null && reject < flag)
        {
            errors.Add($"{path}.reject", $"reject ({reject}) is below flag ({flag}) once the section's overrides apply");
        }

        return basis with { Flag = flag, Reject = reject, Priority = priority };
    }
}

using System.Text.RegularExpressions;

namespace Moderation.Training.Suites.Templates;

/// <summary>One slot of a template's text: "{group}", "{Group}" (the filler with its first letter capitalised), "{group|lower}".
/// Transforms: lower, upper, spaced ("B a t a k", for spelling variations) and hashtag ("orang-orang Batak" as
/// "OrangOrangBatak").</summary>
/// <param name="Name">The slot's name in lower case: "group", "name", "slur" or a list of the fillers.</param>
internal sealed partial record TemplateSlot(string Name, bool Capitalised, string? Transform)
{
    public static readonly IReadOnlyList<string> Transforms = ["lower", "upper", "spaced", "hashtag"];

    /// <summary>The slots of a text in order of appearance, each once.</summary>
    public static IReadOnlyList<TemplateSlot> In(string text, string where)
    {
        var slots = new List<TemplateSlot>();
        foreach (Match match in Pattern().Matches(text))
        {
            var slot = Of(match, where);
            if (!slots.Contains(slot))
            {
                slots.Add(slot);
            }
        }

        var rest = Pattern().Replace(text, string.Empty);
        if (rest.Contains('{') || rest.Contains('}'))
        {
            throw new InvalidDataException($"{where}: a brace in '{text}' is not a slot such as {{group}} or {{group|lower}}.");
        }

        return slots;
    }

    /// <summary>The text with every slot replaced by its filler, as <paramref name="fill"/> gives it for the slot's name.</summary>
    public static string Render(string text, Func<string, string> fill, string where) =>
        Pattern().Replace(text, match =>
        {
            var slot = Of(match, where);
            return slot.Apply(fill(slot.Name));
        });

    private string Apply(string value)
    {
        var shaped = Transform switch
        {
            "lower" => value.ToLowerInvariant(),
            "upper" => value.ToUpperInvariant(),
            "spaced" => string.Join(' ', value.Where(c => c != ' ')),
            "hashtag" => string.Concat(value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            _ => value,
        };
        return Capitalised && shaped.Length > 0 ? char.ToUpperInvariant(shaped[0]) + shaped[1..] : shaped;
    }

    private static TemplateSlot Of(Match match, string where)
    {
        var name = match.Groups["name"].Value;
        var transform = match.Groups["transform"].Success ? match.Groups["transform"].Value : null;
        if (transform is not null && !Transforms.Contains(transform))
        {
            throw new InvalidDataException($"{where}: unknown transform '{transform}' in {match.Value}; known: {string.Join(", ", Transforms)}.");
        }

        return new TemplateSlot(char.ToLowerInvariant(name[0]) + name[1..], char.IsUpper(name[0]), transform);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z_]+)(?:\|(?<transform>[a-z]+))?\}")]
    private static partial Regex Pattern();
}

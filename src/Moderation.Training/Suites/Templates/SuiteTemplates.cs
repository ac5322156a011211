namespace Moderation.Training.Suites.Templates;

/// <summary>Expands a template suite's source into its cases. A template's group slots ({group}, {Group}, {name}) take the
/// same group in one case; its groups are taken from its grounds in turn (more often from a ground with many groups) and,
/// within a ground, in an order fixed by a stable hash of the template's id and the group's name, up to the template's
/// take. A group's collective form is picked by the same hash, so one template says "orang Batak" and the next
/// "suku Batak". A {slur} slot expands the same way over the slurs; a template without either expands over its first named
/// list, and any further list slot takes one value by hash. Every case of a template is in the template's half; a text that
/// repeats an earlier case's is dropped. The result depends on nothing but the source.</summary>
public static class SuiteTemplates
{
    private static readonly string[] GroupSlots = ["group", "name"];
    private const string SlurSlot = "slur";

    public static IReadOnlyList<SuiteCase> Expand(SuiteSource source)
    {
        var functionalities = Unique(source.Functionalities, f => f.Id, "functionality");
        var groups = Unique(source.Groups, g => g.Name, "group");
        var grounds = source.Groups.Select(g => g.Ground).Concat(source.Slurs.Select(s => s.Ground)).Distinct(StringComparer.Ordinal).ToList();
        var templateIds = new HashSet<string>(StringComparer.Ordinal);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var cases = new List<SuiteCase>();
        foreach (var template in source.Templates)
        {
            if (!templateIds.Add(template.Id))
            {
                throw new InvalidDataException($"{template.Where}: template id '{template.Id}' appears twice.");
            }

            if (!functionalities.TryGetValue(template.Functionality, out var functionality))
            {
                throw new InvalidDataException($"{template.Where}: template '{template.Id}' has unknown functionality '{template.Functionality}'.");
            }

            Require(template.Grounds, grounds.Contains, template, "ground");
            Require(template.Groups, name => groups.ContainsKey(name) || source.Slurs.Any(s => s.Group == name), template, "group");
            var expanded = 0;
            foreach (var filling in Fillings(template, source, grounds))
            {
                var text = TemplateSlot.Render(template.Text, name => filling.Values[name], template.Where);
                if (texts.Add(text))
                {
                    expanded++;
                    cases.Add(new SuiteCase(
                        $"{source.Prefix}-{cases.Count + 1:D5}", text, functionality.Expect, functionality.Id, template.Half,
                        functionality.Category, filling.Group, filling.Ground, template.Id, Note: template.Note));
                }
            }

            if (expanded == 0)
            {
                throw new InvalidDataException($"{template.Where}: template '{template.Id}' expands into no case (no group of its grounds, or only texts of earlier cases).");
            }
        }

        return cases;
    }

    private static IEnumerable<TemplateFilling> Fillings(SuiteTemplate template, SuiteSource source, IReadOnlyList<string> grounds)
    {
        var slots = TemplateSlot.In(template.Text, template.Where).Select(s => s.Name).Distinct().ToList();
        foreach (var slot in slots.Where(s => !GroupSlots.Contains(s) && s != SlurSlot && !source.Lists.ContainsKey(s)))
        {
            throw new InvalidDataException($"{template.Where}: template '{template.Id}' has slot {{{slot}}}, which is no group, slur or list of fillers.");
        }

        var take = template.Take ?? source.Take;
        var lists = slots.Where(source.Lists.ContainsKey).ToList();
        var hasGroup = slots.Any(GroupSlots.Contains);
        if (hasGroup && slots.Contains(SlurSlot))
        {
            throw new InvalidDataException($"{template.Where}: template '{template.Id}' has both a group and a slur slot; a case names one group.");
        }

        if (hasGroup)
        {
            var chosen = InTurn(source.Groups.Where(g => Fits(template, g.Ground, g.Name)), g => g.Ground, g => g.Name, template, grounds, take);
            return chosen.Select(g => Filling(template, source, lists, g.Name, g.Ground, values =>
            {
                values["group"] = g.Forms[(int)(StableHash.Of($"{template.Id}|{g.Name}") % (uint)g.Forms.Count)];
                values["name"] = g.Label;
            }));
        }

        if (slots.Contains(SlurSlot))
        {
            var chosen = InTurn(source.Slurs.Where(s => Fits(template, s.Ground, s.Group)), s => s.Ground, s => s.Text, template, grounds, take);
            return chosen.Select(s => Filling(template, source, lists, s.Group, s.Ground, values => values[SlurSlot] = s.Text));
        }

        if (lists.Count == 0)
        {
            return [new TemplateFilling(new Dictionary<string, string>(), null, null)];
        }

        var driver = lists[0];
        return source.Lists[driver]
            .OrderBy(v => StableHash.Of($"{template.Id}|{v}")).ThenBy(v => v, StringComparer.Ordinal)
            .Take(take)
            .Select(v => Filling(template, source, lists.Skip(1).ToList(), null, null, values => values[driver] = v, v));
    }

    private static TemplateFilling Filling(
        SuiteTemplate template, SuiteSource source, IReadOnlyList<string> lists, string? group, string? ground, Action<Dictionary<string, string>> fill, string? key = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        fill(values);
        foreach (var list in lists)
        {
            var options = source.Lists[list];
            values[list] = options[(int)(StableHash.Of($"{template.Id}|{key ?? group}|{list}") % (uint)options.Count)];
        }

        return new TemplateFilling(values, group, ground);
    }

    /// <summary>Up to <paramref name="take"/> items, the grounds taking turns in proportion to the square root of how many
    /// items each has (stride scheduling), so a template covers every ground it can and the twenty ethnic groups come up more
    /// often than the three of a small ground, but not twenty times as often as one of them.</summary>
    private static List<T> InTurn<T>(IEnumerable<T> items, Func<T, string> groundOf, Func<T, string> nameOf, SuiteTemplate template, IReadOnlyList<string> grounds, int take)
    {
        var order = (template.Grounds.Count > 0 ? template.Grounds : grounds).ToList();
        var byGround = items
            .GroupBy(groundOf)
            .ToDictionary(g => g.Key, g => new Queue<T>(g.OrderBy(i => StableHash.Of($"{template.Id}|{nameOf(i)}")).ThenBy(nameOf, StringComparer.Ordinal)));
        var queues = order.Where(byGround.ContainsKey).Select(g => byGround[g]).ToList();
        var chosen = new List<T>();
        if (queues.Count == 0)
        {
            return chosen;
        }

        // Ties go to the ground that comes first from a start the template's id picks, so no ground always goes first.
        var start = (int)(StableHash.Of(template.Id) % (uint)queues.Count);
        queues = [.. queues.Skip(start), .. queues.Take(start)];
        var stride = queues.Select(q => 1 / Math.Sqrt(q.Count)).ToArray();
        var pass = stride.ToArray();
        while (chosen.Count < take && queues.Any(q => q.Count > 0))
        {
            var next = -1;
            for (var i = 0; i < queues.Count; i++)
            {
                if (queues[i].Count > 0 && (next < 0 || pass[i] < pass[next]))
                {
                    next = i;
                }
            }

            chosen.Add(queues[next].Dequeue());
            pass[next] += stride[next];
        }

        return chosen;
    }

    private static bool Fits(SuiteTemplate template, string ground, string group) =>
        (template.Grounds.Count == 0 || template.Grounds.Contains(ground)) && (template.Groups.Count == 0 || template.Groups.Contains(group));

    private static void Require(IReadOnlyList<string> names, Func<string, bool> known, SuiteTemplate template, string what)
    {
        foreach (var name in names.Where(n => !known(n)))
        {
            throw new InvalidDataException($"{template.Where}: template '{template.Id}' names unknown {what} '{name}'.");
        }
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> key, string what)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!index.TryAdd(key(item), item))
            {
                throw new InvalidDataException($"{what} '{key(item)}' is defined twice.");
            }
        }

        return index;
    }
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Moderation.Training.Suites.Templates;

/// <summary>Reads a template suite's source from a directory: suite.yaml (id prefix, default take, functionalities),
/// fillers.yaml (groups, slurs, named lists) and every templates/*.yaml in ordinal order, each a functionality, an optional
/// take for its templates, and its templates.
/// A missing or misspelt field is an error naming its file and line; whether the parts fit together is checked when the
/// suite is expanded (<see cref="SuiteTemplates"/>).</summary>
public static class SuiteSourceReader
{
    public const string SuiteFile = "suite.yaml";
    public const string FillersFile = "fillers.yaml";
    public const string TemplatesFolder = "templates";

    public static SuiteSource Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"suite source directory '{directory}' does not exist.");
        }

        var suitePath = Path.Combine(directory, SuiteFile);
        var suite = Load(suitePath);
        var fillers = Load(Path.Combine(directory, FillersFile));
        var templateFolder = Path.Combine(directory, TemplatesFolder);
        if (!Directory.Exists(templateFolder))
        {
            throw new DirectoryNotFoundException($"suite source '{directory}' has no {TemplatesFolder}/ folder.");
        }

        var templates = new List<SuiteTemplate>();
        foreach (var file in Directory.GetFiles(templateFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var shown = $"{TemplatesFolder}/{Path.GetFileName(file)}";
            var part = Map(Load(file), shown);
            var functionality = Text(part, "functionality", shown);
            int? take = part.Children.ContainsKey(new YamlScalarNode("take")) ? Number(part, "take", shown) : null;
            templates.AddRange(Items(part, "templates", shown).Select(node => Template(Map(node, shown), shown, functionality, take)));
        }

        var root = Map(suite, SuiteFile);
        var fillerRoot = Map(fillers, FillersFile);
        var functionalities = Items(root, "functionalities", SuiteFile).Select(node => Functionality(Map(node, SuiteFile))).ToList();

        // Templates in the order of their functionalities in suite.yaml, so the cases read in the taxonomy's order.
        var rank = functionalities.Select((f, i) => (f.Id, i)).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return new SuiteSource(
            Text(root, "prefix", SuiteFile),
            Number(root, "take", SuiteFile),
            functionalities,
            Items(fillerRoot, "groups", FillersFile).Select(node => Group(Map(node, FillersFile))).ToList(),
            Items(fillerRoot, "slurs", FillersFile).Select(node => Slur(Map(node, FillersFile))).ToList(),
            Lists(fillerRoot),
            templates.OrderBy(t => rank.GetValueOrDefault(t.Functionality, int.MaxValue)).ToList());
    }

    private static SuiteFunctionality Functionality(YamlMappingNode node) => new(
        Known(node, SuiteFile, "functionality", "id", "reference", "expect", "category", "description"),
        OptionalText(node, "reference", SuiteFile),
        Text(node, "expect", SuiteFile) switch
        {
            "held" => Expectation.Held,
            "approved" => Expectation.Approved,
            var other => throw new InvalidDataException($"{At(SuiteFile, node)}: expect is '{other}', expected 'held' or 'approved'."),
        },
        OptionalText(node, "category", SuiteFile),
        Text(node, "description", SuiteFile));

    private static SuiteGroup Group(YamlMappingNode node)
    {
        Known(node, FillersFile, "group", "name", "ground", "forms", "label");
        var name = Text(node, "name", FillersFile);
        return new SuiteGroup(name, Text(node, "ground", FillersFile), Texts(node, "forms", FillersFile), OptionalText(node, "label", FillersFile) ?? name);
    }

    private static SuiteSlur Slur(YamlMappingNode node) =>
        new(Known(node, FillersFile, "slur", "slur", "group", "ground"), Text(node, "group", FillersFile), Text(node, "ground", FillersFile));

    private static Dictionary<string, IReadOnlyList<string>> Lists(YamlMappingNode root)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("lists"), out var node))
        {
            foreach (var (key, _) in Map(node, FillersFile).Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                lists[name] = Texts(Map(node, FillersFile), name, FillersFile);
            }
        }

        return lists;
    }

    private static SuiteTemplate Template(YamlMappingNode node, string file, string functionality, int? take)
    {
        Known(node, file, "template", "id", "half", "text", "grounds", "groups", "take", "note");
        return new SuiteTemplate(
            Text(node, "id", file),
            functionality,
            Text(node, "half", file) switch
            {
                "dev" => SuiteHalf.Dev,
                "locked" => SuiteHalf.Locked,
                var other => throw new InvalidDataException($"{At(file, node)}: half is '{other}', expected 'dev' or 'locked'."),
            },
            Text(node, "text", file),
            node.Children.ContainsKey(new YamlScalarNode("grounds")) ? Texts(node, "grounds", file) : [],
            node.Children.ContainsKey(new YamlScalarNode("groups")) ? Texts(node, "groups", file) : [],
            node.Children.ContainsKey(new YamlScalarNode("take")) ? Number(node, "take", file) : take,
            OptionalText(node, "note", file),
            At(file, node));
    }

    /// <summary>Refuses a field it does not know (a misspelt one, or the rest of an unquoted value with a comma in a flow
    /// mapping), and returns the first field's text.</summary>
    private static string Known(YamlMappingNode node, string file, string what, params string[] fields)
    {
        foreach (var (key, _) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || !fields.Contains(name))
            {
                throw new InvalidDataException($"{At(file, key)}: unknown {what} field '{key}'; known: {string.Join(", ", fields)} (quote a value that has a comma).");
            }
        }

        return Text(node, fields[0], file);
    }

    private static YamlNode Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"suite source file '{path}' does not exist.", path);
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException error)
        {
            throw new InvalidDataException($"{path}:{error.Start.Line}: not valid YAML ({error.Message}).");
        }

        return stream.Documents.Count == 1 ? stream.Documents[0].RootNode : throw new InvalidDataException($"{path}: expected one YAML document.");
    }

    private static YamlMappingNode Map(YamlNode node, string file) =>
        node as YamlMappingNode ?? throw new InvalidDataException($"{At(file, node)}: expected a mapping of fields.");

    private static IEnumerable<YamlNode> Items(YamlMappingNode node, string key, string file) =>
        Field(node, key, file) as YamlSequenceNode ?? throw new InvalidDataException($"{At(file, node)}: '{key}' must be a list.");

    private static string Text(YamlMappingNode node, string key, string file) =>
        OptionalText(node, key, file) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidDataException($"{At(file, node)}: '{key}' is missing or blank.");

    private static string? OptionalText(YamlMappingNode node, string key, string file) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? value switch
            {
                YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" or "" } => null,
                YamlScalarNode scalar => scalar.Value,
                _ => throw new InvalidDataException($"{At(file, value)}: '{key}' must be a single value."),
            }
            : null;

    private static int Number(YamlMappingNode node, string key, string file) =>
        int.TryParse(Text(node, key, file), out var number) && number > 0
            ? number
            : throw new InvalidDataException($"{At(file, node)}: '{key}' must be a positive whole number.");

    private static IReadOnlyList<string> Texts(YamlMappingNode node, string key, string file)
    {
        var values = Items(node, key, file).Select(item => item is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw new InvalidDataException($"{At(file, item)}: every item of '{key}' must be a non-blank value.")).ToList();
        return values.Count > 0 ? values : throw new InvalidDataException($"{At(file, node)}: '{key}' is empty.");
    }

    private static YamlNode Field(YamlMappingNode node, string key, string file) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : throw new InvalidDataException($"{At(file, node)}: '{key}' is missing.");

    private static string At(string file, YamlNode node) => $"{file}:{node.Start.Line}";
}

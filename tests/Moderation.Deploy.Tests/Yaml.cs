using YamlDotNet.RepresentationModel;

namespace Moderation.Deploy.Tests;

/// <summary>Small navigation over YamlDotNet's representation model.</summary>
public static class Yaml
{
    public static IReadOnlyList<YamlNode> Documents(string relativePath)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Repository.Read(relativePath));
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string? Text(this YamlNode? node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlMappingNode mapping
            ? mapping.Children.Select(pair => new KeyValuePair<string, YamlNode>(((YamlScalarNode)pair.Key).Value!, pair.Value))
            : [];
}

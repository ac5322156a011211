using System.Text.Json.Nodes;
using Moderation.Testing;

namespace Moderation.Core.Tests.Policy;

/// <summary>A small valid policy to break one piece at a time, and the repository's shipped policy file.</summary>
internal static class PolicyJson
{
    public const string Valid = """
        {
          "version": "test-1",
          "categories": {
            "threat": { "law": "UU ITE Pasal 29", "flag": 0.5, "priority": 100, "signals": { "rule:threat": {} } },
            "gambling": {
              "law": "UU ITE Pasal 27 ayat (2)", "flag": 0.6, "reject": 0.95, "priority": 70,
              "signals": { "model:Gambling": {}, "rule:gambling": {} },
              "counters": { "rule:gambling-opposed": 0.3 }
            },
            "profanity": { "law": null, "flag": 0.7, "priority": 20, "signals": { "model:Abusive": {} } }
          },
          "sections": { "anak": { "profanity": { "flag": 0.4, "priority": 40 } } },
          "campaign": { "minAuthors": 3, "windowSeconds": 600 },
          "velocity": { "maxComments": 10, "windowSeconds": 60 }
        }
        """;

    public static string With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    public static JsonObject Category(this JsonObject root, string name) => root["categories"]![name]!.AsObject();

    public static string ShippedPath => RepositoryLayout.ShippedPolicy;
}

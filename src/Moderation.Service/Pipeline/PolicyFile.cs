using System.Text.Json;
using Moderation.Policy;

namespace Moderation.Service.Pipeline;

/// <summary>The one place the service loads the policy. Adapt here when the core's policy loader lands.</summary>
public static class PolicyFile
{
    /// <summary>The version a missing policy file yields: the core's built-in defaults.</summary>
    public const string BuiltInVersion = "builtin";

    public static ModerationPolicy Load(string path)
    {
        if (!File.Exists(path))
        {
            return new ModerationPolicy { Version = BuiltInVersion };
        }

        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var version = document.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
        if (string.IsNullOrWhiteSpace(version))
        {
            throw new InvalidDataException($"The policy file '{path}' has no \"version\".");
        }

        return new ModerationPolicy { Version = version };
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Moderation.Features;

namespace Moderation.Scoring;

/// <summary>model.json: what a model directory holds (version, featurizer settings, heads with their files, thresholds and metrics).</summary>
public sealed record ModelManifest(string Version, FeatureSettings Featurizer, IReadOnlyList<ManifestHead> Heads, string? TrainedAt = null)
{
    public const string FileName = "model.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static ModelManifest Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no {FileName} in model directory '{directory}': train a model first.", path);
        }

        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"'{path}' is not a model manifest: {error.Message}", error);
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"'{path}' is empty.");
        }

        if (manifest.Heads is null || manifest.Heads.Count == 0 || manifest.Featurizer is null || string.IsNullOrWhiteSpace(manifest.Version))
        {
            throw new InvalidDataException($"'{path}' lacks a version, featurizer settings or heads.");
        }

        try
        {
            manifest.Featurizer.Validate();
        }
        catch (ArgumentException error)
        {
            throw new InvalidDataException($"'{path}' has featurizer settings no model is trained with: {error.Message}", error);
        }

        return manifest;
    }

    public void Write(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json) + "\n");
}

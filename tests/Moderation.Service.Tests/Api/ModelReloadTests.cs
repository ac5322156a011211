using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Moderation.Features;
using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;
using Moderation.Training.Corpora;
using Moderation.Training.Heads;

namespace Moderation.Service.Tests.Api;

/// <summary>The retraining loop's last step: a model the training path produced, put into the watched model folder, is in
/// service without a restart.</summary>
public sealed class ModelReloadTests : IAsyncLifetime
{
    private readonly string _models = Directory.CreateTempSubdirectory("moderation-models-").FullName;
    private readonly string _trained = Directory.CreateTempSubdirectory("moderation-trained-").FullName;
    private ServiceHost _host = null!;

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryModels))
        {
            File.Copy(file, Path.Combine(_models, Path.GetFileName(file)));
        }

        _host = ServiceHost.InMemory(("Moderation:ModelsDirectory", _models), ("Moderation:ReloadInterval", "00:00:00.1"));
        await ModelVersionAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_models, recursive: true);
        Directory.Delete(_trained, recursive: true);
    }

    [Fact]
    public async Task Decisions_carry_the_version_of_a_newly_trained_model_put_into_the_model_folder()
    {
        var shipped = ModelManifest.Read(RepositoryModels).Version;
        (await ModelVersionAsync()).Should().Be(shipped);
        var version = $"retrained-{Guid.NewGuid():N}";
        TrainSmallModel(version);

        Install(_trained, _models);

        await Eventually.GetAsync(ModelVersionAsync, v => v == version, TimeSpan.FromSeconds(30), "decisions by the retrained model");
    }

    /// <summary>What `moderation train` does, on samples of the corpora so the test stays quick.</summary>
    private void TrainSmallModel(string version)
    {
        var hateSpeech = CorpusReader.Read(RepositoryLayout.HateSpeechCorpus);
        var gambling = CorpusReader.Read(RepositoryLayout.GamblingCorpus);
        var options = TrainingOptions.Default with { Features = new FeatureSettings(HashBits: 14, WritingSignals: true), Version = version };
        new ModelTrainer(new TextNormaliser(), options).Train(
            hateSpeech with { Comments = hateSpeech.Comments.Where((_, i) => i % 25 == 0).ToList() },
            gambling with { Comments = gambling.Comments.Where((_, i) => i % 40 == 0).ToList() },
            _trained);
    }

    /// <summary>Copies the model in as a deployment would: each file written beside its place and renamed over it, the
    /// manifest last, the policy left as it is.</summary>
    private static void Install(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from).OrderBy(f => Path.GetFileName(f) == ModelManifest.FileName))
        {
            var staged = Path.Combine(to, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}");
            File.Copy(file, staged);
            File.Move(staged, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    private async Task<string?> ModelVersionAsync()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/api/comments", Comments.Valid());
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("modelVersion").GetString();
    }

    private static string RepositoryModels => RepositoryLayout.Models;
}

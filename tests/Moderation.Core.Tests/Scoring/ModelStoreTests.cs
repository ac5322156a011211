using Moderation.Scoring;

namespace Moderation.Core.Tests.Scoring;

public class ModelStoreTests
{
    [Fact]
    public void Refuses_a_directory_without_a_manifest_with_a_clear_message()
    {
        var directory = Directory.CreateTempSubdirectory("model-store-").FullName;

        var act = () => ModelStore.Load(directory);

        act.Should().Throw<FileNotFoundException>().WithMessage("*model.json*train a model first*");
    }

    [Fact]
    public void Refuses_a_manifest_without_heads()
    {
        var directory = Directory.CreateTempSubdirectory("model-store-").FullName;
        File.WriteAllText(Path.Combine(directory, ModelManifest.FileName), """{"version":"x","featurizer":{"hashBits":16},"heads":[]}""");

        var act = () => ModelStore.Load(directory);

        act.Should().Throw<InvalidDataException>().WithMessage("*heads*");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"version":5,"featurizer":{"hashBits":4},"heads":[]}""")]
    public void Refuses_a_manifest_that_is_not_one_naming_the_file(string manifest)
    {
        var directory = Directory.CreateTempSubdirectory("model-store-").FullName;
        File.WriteAllText(Path.Combine(directory, ModelManifest.FileName), manifest);

        var act = () => ModelStore.Load(directory);

        act.Should().Throw<InvalidDataException>().WithMessage($"*{Path.Combine(directory, ModelManifest.FileName)}*not a model manifest*");
    }

    [Fact]
    public void Refuses_featurizer_settings_out_of_range_naming_the_file()
    {
        var directory = Directory.CreateTempSubdirectory("model-store-").FullName;
        File.WriteAllText(Path.Combine(directory, ModelManifest.FileName),
            """{"version":"x","featurizer":{"hashBits":4},"heads":[{"name":"HS","modelFile":"HS.zip","scaleFile":"HS.scale.bin","threshold":0.5}]}""");

        var act = () => ModelStore.Load(directory);

        act.Should().Throw<InvalidDataException>().WithMessage($"*{Path.Combine(directory, ModelManifest.FileName)}*HashBits*");
    }

    [Fact]
    public void Refuses_a_damaged_head_model_naming_the_file()
    {
        var directory = Directory.CreateTempSubdirectory("model-store-").FullName;
        File.WriteAllText(Path.Combine(directory, ModelManifest.FileName),
            """{"version":"x","featurizer":{"hashBits":10},"heads":[{"name":"HS","modelFile":"HS.zip","scaleFile":"HS.scale.bin","threshold":0.5}]}""");
        File.WriteAllText(Path.Combine(directory, "HS.zip"), "garbage");

        var act = () => ModelStore.Load(directory);

        act.Should().Throw<InvalidDataException>().WithMessage($"*{Path.Combine(directory, "HS.zip")}*not a readable ML.NET model*");
    }

    [Fact]
    public void Refuses_a_truncated_feature_scale_naming_the_file()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("scale-").FullName, "h.scale.bin");
        FeatureScaleFile.Write(path, [3, 7], [0.5f, -2f]);
        using (var file = File.OpenWrite(path))
        {
            file.SetLength(file.Length - 3);
        }

        var act = () => FeatureScaleFile.Read(path, 16);

        act.Should().Throw<InvalidDataException>().WithMessage($"*{path}*truncated*");
    }

    [Fact]
    public void Reads_back_a_feature_scale_with_unlisted_slots_at_zero()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("scale-").FullName, "h.scale.bin");
        FeatureScaleFile.Write(path, [3, 7], [0.5f, -2f]);

        var scale = FeatureScaleFile.Read(path, 16);

        scale[3].Should().Be(0.5f);
        scale[7].Should().Be(-2f);
        scale.Where((_, i) => i is not 3 and not 7).Should().OnlyContain(v => v == 0);
    }

    [Fact]
    public void Looks_up_head_scores_by_name()
    {
        var scores = new HeadScores(["HS", "Gambling"], [0.2f, 0.9f]);

        scores["Gambling"].Should().Be(0.9f);
        scores.TryGet("Missing", out _).Should().BeFalse();
    }
}

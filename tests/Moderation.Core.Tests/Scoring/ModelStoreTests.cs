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

namespace Moderation.Training.Tests.Heads;

/// <summary>Lets every test class that needs the sample model share one training run.</summary>
[CollectionDefinition(Name)]
public sealed class SampleModelCollection : ICollectionFixture<SampleModelFixture>
{
    public const string Name = "sample model";
}

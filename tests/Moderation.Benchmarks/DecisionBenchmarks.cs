using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using Moderation.Pipeline;
using Moderation.Policy;
using Moderation.Scoring;

namespace Moderation.Benchmarks;

/// <summary>The full decision (normalise + every head + rules + policy) next to one bare ML.NET text-classifier prediction,
/// on the same realistic comments in the same run. Target: the full decision costs at most twice the bare prediction.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DecisionBenchmarks
{
    // One operation is one comment: each invocation walks all of comments.txt.
    private const int Comments = 40;

    private string[] _comments = [];
    private DecisionPipeline _pipeline = null!;
    private PredictionEngine<BareClassifier.Input, BareClassifier.Prediction> _bare = null!;
    private readonly BareClassifier.Input _bareInput = new();

    [GlobalSetup(Target = nameof(FullDecision))]
    public void SetUpPipeline()
    {
        _comments = Repository.Comments(Comments);
        var models = Repository.Models;
        _pipeline = DecisionPipeline.Create(ModelStore.Load(models), ModerationPolicy.Load(Path.Combine(models, "policy.json")));
    }

    [GlobalSetup(Target = nameof(BarePrediction))]
    public void SetUpBareClassifier()
    {
        _comments = Repository.Comments(Comments);
        _bare = BareClassifier.Train(Repository.HateSpeechCorpus);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Comments, Description = "bare ML.NET prediction")]
    public float BarePrediction()
    {
        var sum = 0f;
        foreach (var text in _comments)
        {
            _bareInput.Text = text;
            sum += _bare.Predict(_bareInput).Probability;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments, Description = "full decision")]
    public int FullDecision()
    {
        var sum = 0;
        foreach (var text in _comments)
        {
            sum += _pipeline.Decide(new CommentInput(text)).Priority;
        }

        return sum;
    }
}

using BenchmarkDotNet.Attributes;
using Moderation.Features;
using Moderation.Normalisation;
using Moderation.Pipeline;
using Moderation.Policy;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Benchmarks;

/// <summary>Each stage of the full decision alone, on the same comments as <see cref="DecisionBenchmarks"/>, to show where the time goes.
/// The later stages read inputs prepared once in the setup, so each number is that stage's own cost.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class StageBenchmarks
{
    private const int Comments = 40;

    private string[] _comments = [];
    private CommentInput[] _inputs = [];
    private NormalisedText[] _texts = [];
    private TextAssessment[] _assessments = [];
    private TextNormaliser _normaliser = null!;
    private LinearModel _model = null!;
    private RuleSet _rules = null!;
    private DecisionPipeline _pipeline = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _comments = Repository.Comments(Comments);
        _inputs = _comments.Select(c => new CommentInput(c)).ToArray();
        _normaliser = new TextNormaliser();
        _model = ModelStore.Load(Repository.Models);
        _rules = new RuleSet().WarmUp();
        _pipeline = new DecisionPipeline(_normaliser, _model, _rules, ModerationPolicy.Load(Path.Combine(Repository.Models, "policy.json")));
        _texts = _comments.Select(_normaliser.Normalise).ToArray();
        _assessments = _texts.Select(_pipeline.Assess).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Comments, Description = "normalise")]
    public int Normalise()
    {
        var sum = 0;
        foreach (var text in _comments)
        {
            sum += _normaliser.Normalise(text).Canonical.Text.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments, Description = "featurise")]
    public int Featurise()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            sum += _model.Featurizer.Featurise(text).Indices.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments, Description = "score (featurise + all heads)")]
    public float Score()
    {
        var sum = 0f;
        foreach (var text in _texts)
        {
            sum += _model.Score(text).Values[0];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments, Description = "rules")]
    public int Rules()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            sum += _rules.Match(text).Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Comments, Description = "policy")]
    public int Policy()
    {
        var sum = 0;
        for (var i = 0; i < _inputs.Length; i++)
        {
            sum += _pipeline.Decide(_inputs[i], _texts[i], _assessments[i]).Priority;
        }

        return sum;
    }
}

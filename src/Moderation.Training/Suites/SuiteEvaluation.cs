using Moderation.Decisions;
using Moderation.Pipeline;

namespace Moderation.Training.Suites;

/// <summary>A suite run through the full decision pipeline (model, rules and policy, no context signals), tallied overall and
/// by each of the cases' columns.</summary>
public sealed class SuiteEvaluation
{
    /// <summary>The columns a suite can be broken down by.</summary>
    public static readonly IReadOnlyList<string> Columns = ["functionality", "ground", "group", "category", "template"];

    private SuiteEvaluation(IReadOnlyList<SuiteOutcome> outcomes) => Outcomes = outcomes;

    public IReadOnlyList<SuiteOutcome> Outcomes { get; }

    public SuiteTally Total
    {
        get
        {
            var total = new SuiteTally();
            foreach (var outcome in Outcomes)
            {
                total.Add(outcome);
            }

            return total;
        }
    }

    public static SuiteEvaluation Run(DecisionPipeline pipeline, IEnumerable<SuiteCase> cases)
    {
        var outcomes = new List<SuiteOutcome>();
        foreach (var @case in cases)
        {
            var verdict = pipeline.Decide(new CommentInput(@case.Text, @case.Section));
            var matched = @case.Category is null || verdict.Reasons.Any(r => r.Category.ToWire() == @case.Category);
            outcomes.Add(new SuiteOutcome(@case, verdict, matched));
        }

        return new SuiteEvaluation(outcomes);
    }

    /// <summary>Tallies by the values of one column, in order of first appearance; cases without a value are left out.</summary>
    public IReadOnlyDictionary<string, SuiteTally> By(string column)
    {
        var tallies = new Dictionary<string, SuiteTally>(StringComparer.Ordinal);
        foreach (var outcome in Outcomes)
        {
            if (ValueOf(outcome.Case, column) is not { } key)
            {
                continue;
            }

            if (!tallies.TryGetValue(key, out var tally))
            {
                tallies[key] = tally = new SuiteTally();
            }

            tally.Add(outcome);
        }

        return tallies;
    }

    public static string? ValueOf(SuiteCase @case, string column) => column switch
    {
        "functionality" => @case.Functionality,
        "ground" => @case.Ground,
        "group" => @case.Group,
        "category" => @case.Category,
        "template" => @case.Template,
        _ => throw new ArgumentException($"unknown suite column '{column}'; known: {string.Join(", ", Columns)}.", nameof(column)),
    };
}

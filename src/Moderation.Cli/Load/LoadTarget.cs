using Moderation.Contracts;

namespace Moderation.Cli.Load;

/// <summary>Where a run publishes comments and where the answers come back: the service's contract or the baseline relay.</summary>
public sealed record LoadTarget(string Name, string SubmitExchange, IReadOnlyList<string> DecisionExchanges)
{
    /// <summary>The wire contract: answers on approved (1), flagged (2) and rejected (3).</summary>
    public static LoadTarget Service { get; } = new("service", ModerationTopology.CommentSubmittedExchange, ModerationTopology.DecisionExchanges);

    public static LoadTarget Baseline { get; } = new("baseline relay", BaselineRelay.SubmitExchange, [BaselineRelay.ReplyExchange]);

    /// <summary>1-based index of the exchange a decision arrived on (its outcome), 0 for an exchange not listened to.</summary>
    public int OutcomeOf(string exchange)
    {
        for (var i = 0; i < DecisionExchanges.Count; i++)
        {
            if (string.Equals(DecisionExchanges[i], exchange, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}

using Moderation.Service.DecisionIdentity;
using Moderation.Service.Stores;

namespace Moderation.Service.Messaging;

/// <summary>Publishes decisions to their exchanges with the deterministic message id of their (commentId, text hash), once each:
/// the one way the consumer and POST /api/comments publish.</summary>
public static class DecisionPublisher
{
    /// <summary>Publishes the decisions of <paramref name="standing"/> that no confirm was noted for to
    /// <paramref name="exchanges"/>, one event per key (copies of a comment share it); waits for the confirms at most
    /// <paramref name="timeout"/>, and notes every confirmed one in <paramref name="decisions"/> (also when another failed), so a
    /// redelivery or a re-published copy of its comment gets no second event.</summary>
    public static async Task PublishUnconfirmedAsync(IDecisionExchanges exchanges, IReadOnlyList<StandingDecision> standing,
        IDecisionStore decisions, TimeSpan timeout)
    {
        var unpublished = new List<StandingDecision>(standing.Count);
        var keys = new HashSet<DecisionKey>();
        for (var i = 0; i < standing.Count; i++)
        {
            if (!standing[i].Published && keys.Add(standing[i].Key))
            {
                unpublished.Add(standing[i]);
            }
        }

        if (unpublished.Count == 0)
        {
            return;
        }

        // Published together, so their confirms are awaited together rather than one after another.
        var publishing = new Task[unpublished.Count];
        try
        {
            await BrokerConfirm.WithinAsync(timeout, "Moderation:PublishTimeout", confirmWait =>
            {
                for (var j = 0; j < publishing.Length; j++)
                {
                    publishing[j] = exchanges.PublishAsync(unpublished[j].Key, unpublished[j].Decision, confirmWait);
                }

                return Task.WhenAll(publishing);
            });
        }
        finally
        {
            var confirmed = new List<DecisionKey>(publishing.Length);
            for (var j = 0; j < publishing.Length; j++)
            {
                if (publishing[j] is { IsCompletedSuccessfully: true })
                {
                    confirmed.Add(unpublished[j].Key);
                }
            }

            decisions.MarkPublished(confirmed);
        }
    }
}

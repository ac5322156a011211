using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Moderating;
using Moderation.Service.Observability;
using Moderation.Service.Stores;

namespace Moderation.Service.Messaging;

/// <summary>Publishes decisions to their exchanges with the deterministic message id of their (commentId, text hash), once each,
/// for <see cref="ModerationDesk"/>. Copies of a comment in flight at once (in one batch, in concurrent batches, or an API call
/// beside a message) get one publication: a copy whose key another publish holds waits for it, and publishes only if that one
/// was not confirmed.</summary>
/// <remarks>Within one instance. Copies handled at the same moment by two instances may still be published by both, with
/// the same message id and body (the contract's dedupe key).</remarks>
public sealed class DecisionPublisher(IDecisionExchanges exchanges, IDecisionStore decisions, IOptions<ModerationOptions> options,
    ModerationMetrics metrics, TimeProvider time)
{
    /// <summary>How long a confirmed key is still known here: longer than the store's best-effort published note takes to land,
    /// so a copy that read "not published" just before the note was written is not published again.</summary>
    public static readonly TimeSpan ConfirmedLinger = TimeSpan.FromSeconds(5);

    private readonly TimeSpan _timeout = options.Value.PublishTimeout;
    private readonly ConcurrentDictionary<DecisionKey, Publication> _inFlight = new();
    private long _nextSweep;

    /// <summary>Publishes the decisions of <paramref name="standing"/> that no confirm was noted for, one event per key; waits for
    /// the confirms at most Moderation:PublishTimeout, and notes every confirmed one in the decision store (also when another
    /// failed), so a redelivery or a re-published copy of its comment gets no second event.</summary>
    public async Task PublishUnconfirmedAsync(IReadOnlyList<StandingDecision> standing)
    {
        Sweep();
        var mine = new List<(StandingDecision Standing, Publication Publication)>(standing.Count);
        var others = new List<(StandingDecision Standing, Publication Publication)>();
        var keys = new HashSet<DecisionKey>();
        foreach (var decision in standing)
        {
            if (decision.Published || !keys.Add(decision.Key))
            {
                continue;
            }

            var publication = new Publication();
            var holder = _inFlight.GetOrAdd(decision.Key, publication);
            if (ReferenceEquals(holder, publication))
            {
                mine.Add((decision, publication));
            }
            else
            {
                others.Add((decision, holder));
            }
        }

        if (mine.Count > 0)
        {
            await PublishAsync(mine);
        }

        foreach (var (decision, holder) in others)
        {
            metrics.CopyWaited();
            if (!await holder.Confirmed)
            {
                // The copy that held the key was not confirmed: this one publishes (or waits for whoever holds it now).
                await PublishUnconfirmedAsync([decision]);
            }
        }
    }

    private async Task PublishAsync(List<(StandingDecision Standing, Publication Publication)> mine)
    {
        // Published together, so their confirms are awaited together rather than one after another.
        var publishing = new Task[mine.Count];
        try
        {
            await BrokerConfirm.WithinAsync(_timeout, "Moderation:PublishTimeout", confirmWait =>
            {
                for (var j = 0; j < publishing.Length; j++)
                {
                    publishing[j] = exchanges.PublishAsync(mine[j].Standing.Key, mine[j].Standing.Decision, confirmWait);
                }

                return Task.WhenAll(publishing);
            });
        }
        finally
        {
            var confirmed = new List<DecisionKey>(publishing.Length);
            var now = time.GetTimestamp();
            for (var j = 0; j < publishing.Length; j++)
            {
                var (decision, publication) = mine[j];
                var ok = publishing[j] is { IsCompletedSuccessfully: true };
                if (ok)
                {
                    confirmed.Add(decision.Key);
                }
                else
                {
                    _inFlight.TryRemove(new KeyValuePair<DecisionKey, Publication>(decision.Key, publication));
                }

                publication.Finish(ok, now);
            }

            decisions.MarkPublished(confirmed);
        }
    }

    /// <summary>Forgets confirmed keys older than <see cref="ConfirmedLinger"/>, at most about once a second.</summary>
    private void Sweep()
    {
        var now = time.GetTimestamp();
        var next = Interlocked.Read(ref _nextSweep);
        if (now < next || Interlocked.CompareExchange(ref _nextSweep, now + time.TimestampFrequency, next) != next)
        {
            return;
        }

        foreach (var (key, publication) in _inFlight)
        {
            if (publication.FinishedAt is { } finished && time.GetElapsedTime(finished, now) > ConfirmedLinger)
            {
                _inFlight.TryRemove(new KeyValuePair<DecisionKey, Publication>(key, publication));
            }
        }
    }

    /// <summary>One publish of a key: whether the broker confirmed it, once known.</summary>
    private sealed class Publication
    {
        private readonly TaskCompletionSource<bool> _confirmed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<bool> Confirmed => _confirmed.Task;

        public long? FinishedAt { get; private set; }

        public void Finish(bool confirmed, long at)
        {
            FinishedAt = at;
            _confirmed.TrySetResult(confirmed);
        }
    }
}

using Microsoft.Extensions.Options;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Outbox;

/// <summary>The outbox in process memory, beside the in-memory queue: an entry is recorded under the queue's lock as the item leaves it.</summary>
public sealed class InMemoryReviewOutbox(InMemoryReviewQueue queue, IOptions<ReviewOptions> options, TimeProvider time) : IReviewOutbox
{
    private const string Taker = "decide";

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, PendingReview> _entries = [];
    private readonly Dictionary<Guid, (string Claimant, DateTimeOffset Until)> _claims = [];
    private readonly ReviewOptions _options = options.Value;

    public Task<OutboxTake> TakeAsync(string commentId, string moderatorId, Func<ReviewItem, PendingReview> decide, CancellationToken cancellationToken)
    {
        PendingReview? pending = null;
        var removal = queue.Remove(commentId, moderatorId, _options.DecidedRetention, item =>
        {
            // Runs under the queue's lock: nobody sees the item gone without its entry here (the lock order is queue, then outbox).
            pending = decide(item);
            lock (_gate)
            {
                _entries[pending.MessageId] = pending;
                _claims[pending.MessageId] = (Taker, time.GetUtcNow() + _options.OutboxGrace);
            }

            return pending.Decided;
        });
        return Task.FromResult(new OutboxTake(removal.Outcome, pending, removal.Holder));
    }

    public Task<IReadOnlyList<PendingReview>> ListAsync(DateTimeOffset recordedBefore, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PendingReview> found = _entries.Values.Where(e => e.RecordedAt < recordedBefore)
                .OrderBy(e => e.RecordedAt).ThenBy(e => e.MessageId).Take(limit).ToList();
            return Task.FromResult(found);
        }
    }

    public Task<bool> ClaimAsync(Guid messageId, string claimant, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (!_entries.ContainsKey(messageId) || (_claims.TryGetValue(messageId, out var claim) && claim.Until > now))
            {
                return Task.FromResult(false);
            }

            _claims[messageId] = (claimant, now + lease);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(Guid messageId, string claimant, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_claims.TryGetValue(messageId, out var claim) && claim.Claimant == claimant)
            {
                _claims.Remove(messageId);
            }
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync(Guid messageId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _entries.Remove(messageId);
            _claims.Remove(messageId);
        }

        return Task.CompletedTask;
    }

    public Task<OutboxDepth> MeasureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(new OutboxDepth(_entries.Count, _entries.Count == 0 ? null : _entries.Values.Min(e => e.RecordedAt)));
        }
    }
}

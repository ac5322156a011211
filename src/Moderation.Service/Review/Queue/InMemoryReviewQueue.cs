namespace Moderation.Service.Review.Queue;

/// <summary>The review queue in process memory (the no-configuration default); one lock, since moderators act at human speed.</summary>
public sealed class InMemoryReviewQueue(TimeProvider time) : IReviewQueue
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ReviewItem> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ReviewItem Item, DateTimeOffset Expires)> _decided = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Moderator, DateTimeOffset Until)> _holds = new(StringComparer.Ordinal);

    public Task<bool> AddAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_queued.TryAdd(item.CommentId, item));
        }
    }

    public Task<Queueing> AddUnlessDecidedAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(DecidedItem(item.CommentId) is { } decided
                ? new Queueing(false, decided)
                : new Queueing(_queued.TryAdd(item.CommentId, item), null));
        }
    }

    public Task<ReviewItem?> FindAsync(string commentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_queued.GetValueOrDefault(commentId));
        }
    }

    public Task<IReadOnlyList<ReviewItem?>> FindManyAsync(IReadOnlyList<string> commentIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ReviewItem?> items = [.. commentIds.Select(id => _queued.GetValueOrDefault(id))];
            return Task.FromResult(items);
        }
    }

    public Task<bool> WithdrawAsync(string commentId, string textHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_queued.TryGetValue(commentId, out var item) || item.TextHash != textHash)
            {
                return Task.FromResult(false);
            }

            _queued.Remove(commentId);
            _holds.Remove(commentId);
            return Task.FromResult(true);
        }
    }

    public Task<ReviewItem?> FindDecidedAsync(string commentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(DecidedItem(commentId));
        }
    }

    private ReviewItem? DecidedItem(string commentId) =>
        _decided.TryGetValue(commentId, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Item : null;

    public Task<ReviewItem?> UpdateAsync(string commentId, Func<ReviewItem, ReviewItem> change, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_queued.TryGetValue(commentId, out var item))
            {
                return Task.FromResult<ReviewItem?>(null);
            }

            var changed = change(item);
            _queued[commentId] = changed;
            return Task.FromResult<ReviewItem?>(changed);
        }
    }

    public Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewQuery query, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ReviewItem> items = _queued.Values.OrderBy(QueueOrder.Score).ThenBy(i => i.CommentId, StringComparer.Ordinal)
                .Where(query.Matches).Take(limit).ToList();
            return Task.FromResult(items);
        }
    }

    public Task<HoldResult> HoldAsync(string commentId, string moderatorId, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_queued.ContainsKey(commentId))
            {
                return Task.FromResult(HoldResult.Missing);
            }

            var now = time.GetUtcNow();
            if (_holds.TryGetValue(commentId, out var hold) && hold.Until > now && hold.Moderator != moderatorId)
            {
                return Task.FromResult(new HoldResult(HoldOutcome.HeldByOther, hold.Moderator, hold.Until));
            }

            var until = now + duration;
            _holds[commentId] = (moderatorId, until);
            return Task.FromResult(new HoldResult(HoldOutcome.Granted, moderatorId, until));
        }
    }

    public Task ReleaseAsync(string commentId, string moderatorId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_holds.TryGetValue(commentId, out var hold) && hold.Moderator == moderatorId)
            {
                _holds.Remove(commentId);
            }

            return Task.CompletedTask;
        }
    }

    public Task<Removal> RemoveAsync(string commentId, string moderatorId, CancellationToken cancellationToken) =>
        Task.FromResult(Remove(commentId, moderatorId, keep: null, decide: null));

    /// <summary>Removes the item as <see cref="RemoveAsync"/> does and, under the same lock, keeps what <paramref name="decide"/> makes
    /// of it as the decided item (the in-memory outbox records its entry inside <paramref name="decide"/>).</summary>
    internal Removal Remove(string commentId, string moderatorId, TimeSpan? keep, Func<ReviewItem, ReviewItem>? decide)
    {
        lock (_gate)
        {
            if (!_queued.TryGetValue(commentId, out var item))
            {
                return Removal.Missing;
            }

            var now = time.GetUtcNow();
            if (_holds.TryGetValue(commentId, out var hold) && hold.Until > now && hold.Moderator != moderatorId)
            {
                return new Removal(RemovalOutcome.HeldByOther, null, hold.Moderator);
            }

            if (decide is not null)
            {
                _decided[commentId] = (decide(item), now + keep!.Value);
            }

            _queued.Remove(commentId);
            _holds.Remove(commentId);
            return new Removal(RemovalOutcome.Removed, item, null);
        }
    }

    public Task StoreDecidedAsync(ReviewItem item, TimeSpan keep, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _decided[item.CommentId] = (item, time.GetUtcNow() + keep);
            return Task.CompletedTask;
        }
    }
}

using System.Collections.Concurrent;
using Moderation.Service.Review.Outbox;

namespace Moderation.Service.Tests.Review;

/// <summary>The publish step with the broker "unplugged" at will: while down every publish fails (and is remembered); up, it publishes on the real bus.</summary>
public sealed class SwitchablePublisher(BusReviewPublisher bus) : IReviewPublisher
{
    private readonly ConcurrentQueue<PendingReview> _refused = new();

    public bool Down { get; set; }

    /// <summary>The decisions whose publish was refused while down, in order.</summary>
    public IReadOnlyCollection<PendingReview> Refused => _refused;

    public Task PublishAsync(PendingReview pending, CancellationToken cancellationToken)
    {
        if (Down)
        {
            _refused.Enqueue(pending);
            throw new InvalidOperationException("The broker is unavailable (test double).");
        }

        return bus.PublishAsync(pending, cancellationToken);
    }
}

using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Tests.Review;

public sealed class InMemoryReviewOutboxTests : ReviewOutboxContract
{
    public InMemoryReviewOutboxTests()
    {
        var queue = new InMemoryReviewQueue(TimeProvider.System);
        Queue = queue;
        Outbox = new InMemoryReviewOutbox(queue, Options, TimeProvider.System);
    }

    protected override IReviewQueue Queue { get; }

    protected override IReviewOutbox Outbox { get; }
}

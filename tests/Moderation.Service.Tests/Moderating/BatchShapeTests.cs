using Moderation.Service.Configuration;

namespace Moderation.Service.Tests.Moderating;

public sealed class BatchShapeTests
{
    [Fact]
    public void Comments_in_work_are_split_into_batches_of_the_batch_size()
    {
        BatchShape.Of(concurrentMessages: 200, batchSize: 100).Should().Be(new BatchShape(100, 2));
    }

    [Fact]
    public void A_remainder_makes_one_more_batch()
    {
        BatchShape.Of(concurrentMessages: 250, batchSize: 100).Should().Be(new BatchShape(100, 3));
    }

    [Fact]
    public void Batches_are_no_larger_than_the_comments_allowed_in_work()
    {
        BatchShape.Of(concurrentMessages: 16, batchSize: 100).Should().Be(new BatchShape(16, 1));
    }

    [Fact]
    public void Capacity_is_every_batch_full()
    {
        new BatchShape(100, 3).Capacity.Should().Be(300);
    }
}

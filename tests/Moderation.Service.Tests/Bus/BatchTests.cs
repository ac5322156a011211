using Moderation.Service.DecisionIdentity;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

public sealed class BatchTests(BusFixture bus) : IClassFixture<BusFixture>
{
    [Fact]
    public async Task Comments_published_together_are_each_answered_once_with_their_own_message_id()
    {
        // Published back to back, so they are decided in shared batches; each answer must belong to its own comment.
        var comments = Enumerable.Range(0, 250)
            .Select(i => Comments.Valid(text: $"Komentar nomor {i} tentang harga beras di pasar.", authorId: $"u-batch-{i % 7}"))
            .ToList();
        var ids = comments.Select(c => (string)c["commentId"]!).ToList();

        foreach (var comment in comments)
        {
            await bus.Probe.PublishAsync(comment);
        }

        await bus.Probe.WaitForAsync(ids, TimeSpan.FromSeconds(60));
        foreach (var comment in comments)
        {
            var id = (string)comment["commentId"]!;
            var answers = bus.Probe.For(id);
            answers.Should().ContainSingle(id);
            Guid.Parse(answers[0].MessageId!).Should().Be(DecisionKey.For(id, (string)comment["text"]!).MessageId, id);
        }
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

public sealed class OutboxWiringTests
{
    [Fact]
    public async Task Start_fails_when_the_outbox_grace_does_not_outlast_the_publish_timeout()
    {
        await using var host = ServiceHost.InMemory(("Review:PublishTimeout", "00:00:10"), ("Review:OutboxGrace", "00:00:05"));

        var start = () => host.Started();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Review:OutboxGrace*");
    }

    [Fact]
    public async Task Without_redis_a_decision_goes_through_the_in_memory_outbox_and_is_audited()
    {
        await using var host = ServiceHost.InMemory().Started();
        var flagged = FlaggedComments.Hate();
        await host.Services.GetRequiredService<ReviewIntake>().RecordAsync(flagged.Comment, flagged.Decision, default);
        var siti = await ReviewClient.SignedInAsync(host, Moderators.Siti);

        (await siti.DecideAsync(flagged.Comment.CommentId!, "rejected", "hate")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await host.Services.GetRequiredService<IReviewOutbox>().MeasureAsync(default)).Count.Should().Be(0);
        (await host.Services.GetRequiredService<IAuditLog>().ListAsync(flagged.Comment.CommentId, 10, default))
            .Should().ContainSingle(e => e.Action == AuditActions.Decided);
    }
}

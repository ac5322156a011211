using Microsoft.Extensions.DependencyInjection;
using Moderation.Contracts;
using Moderation.Service.Review.Desk;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Review;

/// <summary>The service on real RabbitMQ and Redis, a CMS-side probe that also hears comment-reviewed, and signed-in clients.</summary>
public sealed class ReviewFixture : IAsyncLifetime
{
    public RabbitVirtualHost VirtualHost { get; private set; } = null!;

    public string RedisPrefix { get; } = $"test:{Guid.NewGuid():N}:";

    public ServiceHost Host { get; private set; } = null!;

    public BusProbe Probe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        VirtualHost = await RabbitVirtualHost.CreateAsync("review");
        Host = ServiceHost.OnServers(VirtualHost, RedisPrefix).Started();
        Probe = await BusProbe.ConnectAsync(VirtualHost);
    }

    public Task<string> FlagAsync((CommentSubmitted Comment, CommentFlagged Decision) flagged) => FlagAsync(Host.Services, flagged);

    public Task<ReviewClient> SignInAsync(string moderatorId) => ReviewClient.SignedInAsync(Host, moderatorId);

    public Task<DecisionMessage> ReviewedAsync(string commentId) => ReviewedAsync(Probe, commentId);

    /// <summary>Hands a flagged decision to the review intake exactly as the consumer does before publishing it.</summary>
    public static async Task<string> FlagAsync(IServiceProvider services, (CommentSubmitted Comment, CommentFlagged Decision) flagged)
    {
        await services.GetRequiredService<ReviewIntake>().RecordAsync(flagged.Comment, flagged.Decision, default);
        return flagged.Comment.CommentId!;
    }

    /// <summary>Waits for the first CommentReviewed of the comment on RabbitMQ.</summary>
    public static async Task<DecisionMessage> ReviewedAsync(BusProbe probe, string commentId)
    {
        var seen = await Eventually.GetAsync(() => Task.FromResult(probe.ReviewedFor(commentId)), m => m.Count > 0, TimeSpan.FromSeconds(30), $"CommentReviewed for {commentId}");
        return seen[0];
    }

    public async Task DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Host.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}

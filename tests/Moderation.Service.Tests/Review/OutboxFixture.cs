using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Contracts;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Review;

/// <summary>The service on real RabbitMQ and Redis with a switchable publish step, a short outbox grace and a fast relay.</summary>
public sealed class OutboxFixture : IAsyncLifetime
{
    public static readonly (string Key, string? Value)[] Settings =
    [
        ("Review:PublishTimeout", "00:00:03"),
        ("Review:OutboxGrace", "00:00:04"),
        ("Review:OutboxRelayInterval", "00:00:00.2"),
        ("Review:OutboxAlertAge", "00:00:02"),
    ];

    private ServiceHost _root = null!;

    public RabbitVirtualHost VirtualHost { get; private set; } = null!;

    public WebApplicationFactory<Program> Host { get; private set; } = null!;

    public BusProbe Probe { get; private set; } = null!;

    public SwitchablePublisher Publisher => Host.Services.GetRequiredService<SwitchablePublisher>();

    public IReviewOutbox Outbox => Host.Services.GetRequiredService<IReviewOutbox>();

    public async Task InitializeAsync()
    {
        VirtualHost = await RabbitVirtualHost.CreateAsync("outbox");
        _root = ServiceHost.OnServers(VirtualHost, $"test:{Guid.NewGuid():N}:", Settings);
        Host = _root.Replacing(services =>
        {
            services.AddSingleton<BusReviewPublisher>();
            services.AddSingleton<SwitchablePublisher>();
            services.AddSingleton<IReviewPublisher>(sp => sp.GetRequiredService<SwitchablePublisher>());
        });
        _ = Host.Server;
        Probe = await BusProbe.ConnectAsync(VirtualHost);
    }

    public Task<string> FlagAsync((CommentSubmitted Comment, CommentFlagged Decision) flagged) => ReviewFixture.FlagAsync(Host.Services, flagged);

    public Task<ReviewClient> SignInAsync(string moderatorId) => ReviewClient.SignedInAsync(Host, moderatorId);

    public Task<DecisionMessage> ReviewedAsync(string commentId) => ReviewFixture.ReviewedAsync(Probe, commentId);

    /// <summary>Waits until no decision of the comment waits in the outbox any more.</summary>
    public Task DeliveredAsync(string commentId) =>
        Eventually.GetAsync(() => Outbox.ListAsync(DateTimeOffset.UtcNow.AddDays(1), 1000, default),
            waiting => waiting.All(p => p.Event.CommentId != commentId), TimeSpan.FromSeconds(30), $"the outbox to let go of {commentId}");

    public async Task DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Host.DisposeAsync();
        await _root.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}

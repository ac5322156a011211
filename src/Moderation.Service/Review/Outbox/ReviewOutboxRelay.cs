using Microsoft.Extensions.Options;
using Moderation.Service.Review.Accounts;

namespace Moderation.Service.Review.Outbox;

/// <summary>Finishes decisions left in the outbox longer than Review:OutboxGrace (a crash, a broker outage): claims each (one relay
/// per entry across instances), publishes it again under the same message id, does the follow-up writes and completes it.</summary>
public sealed class ReviewOutboxRelay(
    IReviewOutbox outbox,
    ReviewDelivery delivery,
    ReviewOutboxMetrics metrics,
    IHostApplicationLifetime lifetime,
    IOptions<ReviewOptions> options,
    TimeProvider time,
    ILogger<ReviewOutboxRelay> logger) : BackgroundService
{
    private const int Batch = 100;

    private readonly ReviewOptions _options = options.Value;
    private readonly string _claimant = $"relay-{Environment.MachineName}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only once every hosted service (the bus among them) has started, so a first pass right at start can publish.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        using var timer = new PeriodicTimer(_options.OutboxRelayInterval, time);
        do
        {
            try
            {
                await RelayAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "Outbox relay pass failed; the next pass tries again");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One pass over the entries past their grace; stops at the first publish the broker does not confirm.</summary>
    public async Task RelayAsync(CancellationToken cancellationToken)
    {
        var due = await outbox.ListAsync(time.GetUtcNow() - _options.OutboxGrace, Batch, cancellationToken);
        foreach (var pending in due)
        {
            if (!await outbox.ClaimAsync(pending.MessageId, _claimant, _options.OutboxGrace, cancellationToken))
            {
                continue;
            }

            if (!await delivery.PublishAsync(pending, cancellationToken))
            {
                await outbox.ReleaseAsync(pending.MessageId, _claimant, cancellationToken);
                return;
            }

            await delivery.FinishAsync(pending, cancellationToken);
            metrics.Relayed();
            logger.LogInformation("Outbox relay published CommentReviewed {MessageId} for comment {CommentId}, recorded {RecordedAt:u}",
                pending.MessageId, pending.Event.CommentId, pending.RecordedAt);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

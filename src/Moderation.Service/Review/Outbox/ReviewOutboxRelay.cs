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
                // A full batch delivered: more may wait (after a long outage), so go on without waiting for the timer.
                while (await RelayAsync(stoppingToken) && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping mid-delivery: the claim lapses and another instance (or the next start) finishes the entry.
                return;
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "Outbox relay pass failed; the next pass tries again");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One pass over the entries past their grace; stops at the first publish the broker does not confirm. True when it
    /// delivered a full batch itself (more may be waiting).</summary>
    public async Task<bool> RelayAsync(CancellationToken cancellationToken)
    {
        var due = await outbox.ListAsync(time.GetUtcNow() - _options.OutboxGrace, Batch, cancellationToken);
        var delivered = 0;
        foreach (var pending in due)
        {
            if (!await outbox.ClaimAsync(pending.MessageId, _claimant, _options.OutboxGrace, cancellationToken))
            {
                continue;
            }

            if (!await delivery.PublishAsync(pending, cancellationToken))
            {
                await outbox.ReleaseAsync(pending.MessageId, _claimant, cancellationToken);
                return false;
            }

            await delivery.FinishAsync(pending, cancellationToken);
            metrics.Relayed();
            delivered++;
            logger.LogInformation("Outbox relay published CommentReviewed {MessageId} for comment {CommentId}, recorded {RecordedAt:u}",
                pending.MessageId, pending.Event.CommentId, pending.RecordedAt);
        }

        // Only a batch this relay delivered whole: entries other relays hold must not make it spin.
        return delivered == Batch;
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

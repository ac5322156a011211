using Microsoft.Extensions.Options;
using Moderation.Service.Messaging;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;

namespace Moderation.Service.Review.Outbox;

/// <summary>Delivers a recorded decision, for the decide call and the relay alike: publishes CommentReviewed under its message id, then
/// appends the audit entry (once per message id) and the author's history, then clears the outbox entry. Every step may run twice.</summary>
public sealed class ReviewDelivery(
    IReviewOutbox outbox,
    IReviewPublisher publisher,
    IAuditLog audit,
    IAuthorHistoryStore authors,
    IOptions<ReviewOptions> options,
    ILogger<ReviewDelivery> logger)
{
    private readonly TimeSpan _timeout = options.Value.PublishTimeout;

    /// <summary>True once the broker confirmed the event; false when it did not within Review:PublishTimeout (the entry stays for the relay).</summary>
    public async Task<bool> PublishAsync(PendingReview pending, CancellationToken cancellationToken)
    {
        try
        {
            await BrokerConfirm.WithinAsync(_timeout, "Review:PublishTimeout", confirmWait => publisher.PublishAsync(pending, confirmWait), cancellationToken);
            return true;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "CommentReviewed {MessageId} for comment {CommentId} not published; it waits in the outbox",
                pending.MessageId, pending.Event.CommentId);
            return false;
        }
    }

    /// <summary>The writes after the publish, each idempotent, then the entry is done.</summary>
    public async Task FinishAsync(PendingReview pending, CancellationToken cancellationToken)
    {
        await audit.AppendOnceAsync(pending.MessageId.ToString(), pending.Audit, cancellationToken);
        if (pending.Decided.AuthorId is { } author)
        {
            // A repeat is harmless: the history keeps one line per comment.
            await authors.RecordAsync(author, new AuthorComment(pending.Event.CommentId, pending.Event.Outcome, pending.Event.ReviewedAt, pending.Event.ModeratorId), cancellationToken);
        }

        await outbox.CompleteAsync(pending.MessageId, cancellationToken);
    }
}

using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Formats.Audit;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Desk;

/// <summary>What moderators do to the queue: open (hold) an item, decide it (recorded in the outbox, CommentReviewed published once), act on a whole campaign.</summary>
public sealed class ReviewDesk(
    IReviewQueue queue,
    IReviewOutbox outbox,
    ReviewDelivery delivery,
    IAuditLog audit,
    IOptions<ReviewOptions> options,
    TimeProvider time,
    ILogger<ReviewDesk> logger)
{
    private readonly ReviewOptions _options = options.Value;

    /// <summary>Holds the item for the moderator (renewing their own hold); the first open by a moderator goes on the timeline and the audit.</summary>
    public async Task<HoldResult> OpenAsync(string commentId, string moderatorId, CancellationToken cancellationToken)
    {
        var hold = await queue.HoldAsync(commentId, moderatorId, _options.HoldDuration, cancellationToken);
        if (hold.Outcome != HoldOutcome.Granted)
        {
            return hold;
        }

        var now = time.GetUtcNow();
        var firstOpen = false;
        await queue.UpdateAsync(commentId, item =>
        {
            var last = item.Timeline.LastOrDefault(e => e.Event is TimelineEvents.Opened or TimelineEvents.Reported or TimelineEvents.Takedown or TimelineEvents.Flagged);
            firstOpen = last is null || last.Event != TimelineEvents.Opened || last.By != moderatorId;
            return firstOpen ? item.With(new TimelineEntry(TimelineEvents.Opened, now, moderatorId)) : item;
        }, cancellationToken);
        if (firstOpen)
        {
            await audit.AppendAsync(new AuditEntry(now, moderatorId, AuditActions.Opened, commentId), cancellationToken);
        }

        return hold;
    }

    public Task ReleaseAsync(string commentId, string moderatorId, CancellationToken cancellationToken) =>
        queue.ReleaseAsync(commentId, moderatorId, cancellationToken);

    /// <summary>Takes the item out of the queue (exactly one moderator can) and records the decision in the outbox in one atomic step,
    /// then publishes CommentReviewed and writes the audit entry (also the labelled example) and the author's history. When the broker
    /// does not confirm in time the decision stays recorded and the relay publishes it later (<see cref="DecideOutcome.Recorded"/>).</summary>
    public Task<DecideResult> DecideAsync(string commentId, string moderatorId, ReviewDecision decision, CancellationToken cancellationToken) =>
        DecideAsync(commentId, moderatorId, decision, publish: true, cancellationToken);

    /// <summary>Decides every queued item of a campaign the same way; items another moderator holds are left and reported. Once the
    /// broker fails one publish the rest are only recorded, for the relay, rather than each waiting out the publish timeout.</summary>
    public async Task<CampaignResult> DecideCampaignAsync(string campaignId, string moderatorId, ReviewDecision decision, CancellationToken cancellationToken)
    {
        var items = await queue.ListAsync(new ReviewQuery(CampaignId: campaignId), int.MaxValue, cancellationToken);
        var decided = new List<string>();
        var conflicts = new List<string>();
        var pending = new List<string>();
        foreach (var item in items)
        {
            var result = await DecideAsync(item.CommentId, moderatorId, decision with { Note = decision.Note ?? $"kampanye {campaignId}" },
                publish: pending.Count == 0, cancellationToken);
            (result.Outcome is DecideOutcome.Decided or DecideOutcome.Recorded ? decided : conflicts).Add(item.CommentId);
            if (result.Outcome == DecideOutcome.Recorded)
            {
                pending.Add(item.CommentId);
            }
        }

        return new CampaignResult(campaignId, decided, conflicts, pending);
    }

    private async Task<DecideResult> DecideAsync(string commentId, string moderatorId, ReviewDecision decision, bool publish, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var take = await outbox.TakeAsync(commentId, moderatorId, item => Record(item, moderatorId, decision, now), cancellationToken);
        if (take.Outcome == RemovalOutcome.HeldByOther)
        {
            return new DecideResult(DecideOutcome.Conflict, null, $"Komentar ini sedang dibuka oleh {take.Holder}.");
        }

        if (take.Outcome == RemovalOutcome.Missing)
        {
            var decided = await queue.FindDecidedAsync(commentId, cancellationToken);
            var last = decided?.Timeline.LastOrDefault(e => e.Event == TimelineEvents.Decided);
            return last is null
                ? DecideResult.Missing
                : new DecideResult(DecideOutcome.Conflict, decided, $"Komentar ini sudah diputuskan ({last.Detail}) oleh {last.By} pada {last.At:u}.");
        }

        // From here the decision is kept whatever happens: nothing below puts the item back, and the moderator's request ending does not stop it.
        var pending = take.Pending!;
        if (!publish || !await delivery.PublishAsync(pending, CancellationToken.None))
        {
            logger.LogWarning("Comment {CommentId} reviewed {Outcome} by {ModeratorId}; CommentReviewed waits in the outbox", commentId, decision.Outcome, moderatorId);
            return new DecideResult(DecideOutcome.Recorded, pending.Decided, null);
        }

        try
        {
            await delivery.FinishAsync(pending, CancellationToken.None);
        }
        catch (Exception error)
        {
            // Published already: the relay finishes the audit and history once Redis answers (re-publishing under the same message id).
            logger.LogWarning(error, "Comment {CommentId} reviewed and published; its audit entry waits in the outbox", commentId);
        }

        logger.LogInformation("Comment {CommentId} reviewed {Outcome} by {ModeratorId}", commentId, decision.Outcome, moderatorId);
        return new DecideResult(DecideOutcome.Decided, pending.Decided, null);
    }

    /// <summary>The outbox entry of a decision: the event under a message id deterministic per queue round (a re-publish after a
    /// crash carries the same message_id), the decided item, and the audit entry.</summary>
    private static PendingReview Record(ReviewItem item, string moderatorId, ReviewDecision decision, DateTimeOffset now)
    {
        var previous = item.PreviousDecision ?? item.Status;
        var reviewed = new CommentReviewed(item.CommentId, decision.Outcome!, decision.Category, moderatorId, decision.Note, previous, now);
        var messageId = new DecisionKey(item.CommentId, $"{item.TextHash}:reviewed:{item.Round}").MessageId;
        var kept = item.With(new TimelineEntry(TimelineEvents.Decided, now, moderatorId, decision.Outcome + (decision.Category is null ? "" : $" ({decision.Category})")))
            with { PreviousDecision = decision.Outcome };
        var audit = new AuditEntry(now, moderatorId, AuditActions.Decided, item.CommentId, decision.Outcome, decision.Category, decision.Note, previous, item.Text);
        return new PendingReview(messageId, reviewed, kept, audit, now);
    }
}

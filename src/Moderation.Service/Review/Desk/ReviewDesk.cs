using MassTransit;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Service.Moderating;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Desk;

/// <summary>What moderators do to the queue: open (hold) an item, decide it (publishing CommentReviewed once), act on a whole campaign.</summary>
public sealed class ReviewDesk(
    IReviewQueue queue,
    IAuditLog audit,
    IAuthorHistoryStore authors,
    IBus bus,
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
            var last = item.Timeline.LastOrDefault(e => e.Event is "opened" or "reported" or "takedown" or "flagged");
            firstOpen = last is null || last.Event != "opened" || last.By != moderatorId;
            return firstOpen ? item.With(new TimelineEntry("opened", now, moderatorId)) : item;
        }, cancellationToken);
        if (firstOpen)
        {
            await audit.AppendAsync(new AuditEntry(now, moderatorId, AuditActions.Opened, commentId), cancellationToken);
        }

        return hold;
    }

    public Task ReleaseAsync(string commentId, string moderatorId, CancellationToken cancellationToken) =>
        queue.ReleaseAsync(commentId, moderatorId, cancellationToken);

    /// <summary>Takes the item out of the queue (exactly one moderator can), publishes CommentReviewed, then keeps the timeline,
    /// the audit entry (also the labelled example) and the author's history.</summary>
    public async Task<DecideResult> DecideAsync(string commentId, string moderatorId, ReviewDecision decision, CancellationToken cancellationToken)
    {
        var removal = await queue.RemoveAsync(commentId, moderatorId, cancellationToken);
        if (removal.Outcome == RemovalOutcome.HeldByOther)
        {
            return new DecideResult(DecideOutcome.Conflict, null, $"Komentar ini sedang dibuka oleh {removal.Holder}.");
        }

        if (removal.Outcome == RemovalOutcome.Missing)
        {
            var decided = await queue.FindDecidedAsync(commentId, cancellationToken);
            var last = decided?.Timeline.LastOrDefault(e => e.Event == "decided");
            return last is null
                ? DecideResult.Missing
                : new DecideResult(DecideOutcome.Conflict, decided, $"Komentar ini sudah diputuskan ({last.Detail}) oleh {last.By} pada {last.At:u}.");
        }

        var item = removal.Item!;
        var now = time.GetUtcNow();
        var previous = item.PreviousDecision ?? item.Status;
        var reviewed = new CommentReviewed(commentId, decision.Outcome!, decision.Category, moderatorId, decision.Note, previous, now);
        try
        {
            // Deterministic per queue round: a re-publish after a crash carries the same message_id and body key.
            var messageId = new DecisionKey(commentId, $"{item.TextHash}:reviewed:{item.Round}").MessageId;
            await bus.Publish(reviewed, context => context.MessageId = messageId, cancellationToken);
        }
        catch
        {
            // Not published: the item goes back so the decision can be made again.
            await queue.AddAsync(item, CancellationToken.None);
            throw;
        }

        var kept = item.With(new TimelineEntry("decided", now, moderatorId, decision.Outcome + (decision.Category is null ? "" : $" ({decision.Category})")))
            with { PreviousDecision = decision.Outcome };
        await queue.StoreDecidedAsync(kept, _options.DecidedRetention, CancellationToken.None);
        await audit.AppendAsync(new AuditEntry(now, moderatorId, AuditActions.Decided, commentId, decision.Outcome, decision.Category,
            decision.Note, previous, item.Text), CancellationToken.None);
        if (item.AuthorId is not null)
        {
            await authors.RecordAsync(item.AuthorId, new AuthorComment(commentId, decision.Outcome!, now, moderatorId), CancellationToken.None);
        }

        logger.LogInformation("Comment {CommentId} reviewed {Outcome} by {ModeratorId}", commentId, decision.Outcome, moderatorId);
        return new DecideResult(DecideOutcome.Decided, kept, null);
    }

    /// <summary>Decides every queued item of a campaign the same way; items another moderator holds are left and reported.</summary>
    public async Task<CampaignResult> DecideCampaignAsync(string campaignId, string moderatorId, ReviewDecision decision, CancellationToken cancellationToken)
    {
        var items = await queue.ListAsync(new ReviewQuery(CampaignId: campaignId), int.MaxValue, cancellationToken);
        var decided = new List<string>();
        var conflicts = new List<string>();
        foreach (var item in items)
        {
            var result = await DecideAsync(item.CommentId, moderatorId, decision with { Note = decision.Note ?? $"kampanye {campaignId}" }, cancellationToken);
            (result.Outcome == DecideOutcome.Decided ? decided : conflicts).Add(item.CommentId);
        }

        return new CampaignResult(campaignId, decided, conflicts);
    }
}

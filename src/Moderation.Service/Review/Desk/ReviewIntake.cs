using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Formats.Audit;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Moderating;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Desk;

/// <summary>How comments enter the queue: flagged by the machine, reported by a reader, named by a takedown order.</summary>
public sealed class ReviewIntake(
    IReviewQueue queue,
    IAuditLog audit,
    IAuthorHistoryStore authors,
    IOptions<ReviewOptions> options,
    TimeProvider time) : IReviewIntake
{
    private readonly TimeSpan _flagDue = options.Value.FlagDueAfter;

    /// <summary>The machine's decision on one comment; see the batch form.</summary>
    public Task RecordAsync(CommentSubmitted comment, CommentDecision decision, CancellationToken cancellationToken) =>
        RecordAsync([(comment, new StandingDecision(DecisionKey.For(decision.CommentId, comment.Text), decision, Published: false))], cancellationToken);

    /// <summary>Called by the moderator for every decision before it is published: notes it in the author's history and queues a
    /// flagged comment; the authors' histories in one call, each flagged comment queued beside it. Idempotent for redeliveries: a
    /// comment already queued, or already reviewed with the same text, is not queued again.</summary>
    public async Task RecordAsync(IReadOnlyList<(CommentSubmitted Comment, StandingDecision Decision)> decided, CancellationToken cancellationToken)
    {
        var histories = new List<(string AuthorId, AuthorComment Comment)>(decided.Count);
        var queueing = new List<Task>();
        var settled = new List<(CommentSubmitted Comment, StandingDecision Decision)>();
        foreach (var (comment, standing) in decided)
        {
            var decision = standing.Decision;
            if (comment.AuthorId is { Length: > 0 } author)
            {
                histories.Add((author, new AuthorComment(decision.CommentId, decision.Decision, decision.DecidedAt)));
            }

            if (decision is CommentFlagged flagged)
            {
                queueing.Add(QueueAsync(comment, flagged, standing.Key.TextHash, cancellationToken));
            }
            else if (comment.SubmittedAt is not null)
            {
                settled.Add((comment, standing));
            }
        }

        // Issued together: the Redis client pipelines them. The queued items of the comments decided without a moderator are
        // read in the same flush (one MGET), in case one of them is an earlier version of the comment.
        var finding = queue.FindManyAsync(settled.ConvertAll(d => d.Decision.Key.CommentId), cancellationToken);
        await Task.WhenAll([authors.RecordAsync(histories, cancellationToken), finding, .. queueing]);

        var queued = finding.Result;
        var withdrawing = new List<Task>();
        for (var s = 0; s < settled.Count; s++)
        {
            var (comment, standing) = settled[s];
            if (queued[s] is { } item && Superseded(item, standing.Key.TextHash, comment.SubmittedAt!.Value))
            {
                withdrawing.Add(queue.WithdrawAsync(item.CommentId, item.TextHash, cancellationToken));
            }
        }

        await Task.WhenAll(withdrawing);
    }

    /// <summary>A flagged version the reader has since edited into a text the machine approved or rejected: left queued, a
    /// moderator's verdict on the old text would reach the CMS as the verdict on the new one. Only the machine's own flags
    /// are withdrawn (a reader's report or a takedown order stays), and only for a later submission: a redelivered older
    /// version must not withdraw its edit.</summary>
    private static bool Superseded(ReviewItem item, string textHash, DateTimeOffset submittedAt) =>
        item.Status == ReviewStatus.Flagged
        && item.TextHash != textHash
        && item.Timeline.FirstOrDefault(entry => entry.Event == TimelineEvents.Received) is { } received
        && received.At < submittedAt;

    private async Task QueueAsync(CommentSubmitted comment, CommentFlagged flagged, string textHash, CancellationToken cancellationToken)
    {
        var item = new ReviewItem
        {
            CommentId = flagged.CommentId,
            TextHash = textHash,
            Text = comment.Text,
            ArticleId = comment.ArticleId,
            ArticleTitle = comment.ArticleTitle,
            ArticleUrl = comment.ArticleUrl,
            Section = comment.Section,
            AuthorId = comment.AuthorId,
            AuthorName = comment.AuthorName,
            CampaignId = flagged.CampaignId,
            Status = ReviewStatus.Flagged,
            PreviousDecision = "flagged",
            Reasons = flagged.Reasons,
            Scores = flagged.Scores,
            Priority = flagged.Priority,
            ModelVersion = flagged.ModelVersion,
            QueuedAt = flagged.DecidedAt,
            DueAt = flagged.DecidedAt + _flagDue,
            Round = 1,
            Timeline =
            [
                // The event that dates the version queued: when the reader submitted it.
                new TimelineEntry(TimelineEvents.Received, comment.SubmittedAt ?? flagged.DecidedAt),
                new TimelineEntry(TimelineEvents.Flagged, flagged.DecidedAt, null, string.Join(", ", flagged.Reasons.Select(r => r.Category).Distinct())),
            ],
        };
        // One round trip in the common case: nothing decided yet, so the item is added (or found queued) at once.
        var queueing = await queue.AddUnlessDecidedAsync(item, cancellationToken);
        if (queueing.Decided is { } decided)
        {
            if (decided.TextHash == textHash)
            {
                // A moderator decided this text already.
                return;
            }

            // Edited after a moderator's decision: a new round.
            item = item with { Round = decided.Round + 1 };
            queueing = new Queueing(await queue.AddAsync(item, cancellationToken), null);
        }

        if (!queueing.Added)
        {
            // Queued already: only an edited text (another hash) replaces what the moderator will see.
            await queue.UpdateAsync(item.CommentId, queued => queued.TextHash == textHash
                ? queued
                : item with { Timeline = [.. queued.Timeline, .. item.Timeline] }, cancellationToken);
        }
    }

    /// <summary>A reader reported a comment: it is (back) in the queue as reported, due within 48 hours.</summary>
    public async Task<ReviewItem> ReportAsync(ReaderReport report, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = new TimelineEntry(TimelineEvents.Reported, now, report.ReportedBy, report.Reason);
        var queued = await queue.UpdateAsync(report.CommentId!, item => (AlreadyReported(item, report.ReportedBy) ? item : item.With(entry)) with
        {
            Status = item.Status == ReviewStatus.Takedown ? item.Status : ReviewStatus.Reported,
            Priority = Math.Max(item.Priority, DueTimes.ReportPriority),
            DueAt = Min(item.DueAt, now + DueTimes.ReaderReport),
        }, cancellationToken);
        if (queued is not null)
        {
            return queued;
        }

        var decided = await queue.FindDecidedAsync(report.CommentId!, cancellationToken);
        var text = report.Text ?? decided?.Text;
        var item = new ReviewItem
        {
            CommentId = report.CommentId!,
            TextHash = DecisionKey.Sha256Hex(text ?? string.Empty),
            Text = text,
            ArticleId = report.ArticleId ?? decided?.ArticleId,
            ArticleTitle = report.ArticleTitle ?? decided?.ArticleTitle,
            ArticleUrl = report.ArticleUrl ?? decided?.ArticleUrl,
            Section = report.Section ?? decided?.Section,
            AuthorId = report.AuthorId ?? decided?.AuthorId,
            AuthorName = report.AuthorName ?? decided?.AuthorName,
            CampaignId = decided?.CampaignId,
            Status = ReviewStatus.Reported,
            PreviousDecision = decided?.PreviousDecision ?? "approved",
            Reasons = decided?.Reasons ?? [],
            Scores = decided?.Scores ?? new Dictionary<string, double>(),
            Priority = Math.Max(decided?.Priority ?? 0, DueTimes.ReportPriority),
            ModelVersion = decided?.ModelVersion,
            QueuedAt = now,
            DueAt = now + DueTimes.ReaderReport,
            Round = (decided?.Round ?? 0) + 1,
            Timeline = [.. decided?.Timeline ?? [], entry],
        };
        return await queue.AddAsync(item, cancellationToken) ? item : await ReportAsync(report, cancellationToken);
    }

    /// <summary>Whether this reporter's report is already in the item's timeline of this round (a reporter counts once), or the
    /// timeline already holds <see cref="FieldLimits.ReportsPerItem"/> reports (further ones add nothing a moderator needs).</summary>
    private static bool AlreadyReported(ReviewItem item, string? reportedBy)
    {
        var reports = item.Timeline.Where(e => e.Event == TimelineEvents.Reported).ToList();
        return reports.Count >= FieldLimits.ReportsPerItem || reports.Any(e => string.Equals(e.By, reportedBy, StringComparison.Ordinal));
    }

    /// <summary>An admin registered a takedown order: each named comment is queued (or raised) with a 4 h or 24 h due time.</summary>
    public async Task<IReadOnlyList<ReviewItem>> TakedownAsync(TakedownOrder order, string adminId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = now + (order.Urgent ? DueTimes.UrgentTakedown : DueTimes.Takedown);
        var priority = order.Urgent ? DueTimes.UrgentTakedownPriority : DueTimes.TakedownPriority;
        var entry = new TimelineEntry(TimelineEvents.Takedown, now, adminId, $"{order.Reference}{(order.Urgent ? " (mendesak)" : "")}");
        var items = new List<ReviewItem>();
        foreach (var commentId in order.CommentIds!.Distinct(StringComparer.Ordinal))
        {
            var raised = await queue.UpdateAsync(commentId, item => item.With(entry) with
            {
                Status = ReviewStatus.Takedown,
                Priority = Math.Max(item.Priority, priority),
                DueAt = Min(item.DueAt, due),
                TakedownReference = order.Reference,
            }, cancellationToken);
            if (raised is null)
            {
                var decided = await queue.FindDecidedAsync(commentId, cancellationToken);
                raised = new ReviewItem
                {
                    CommentId = commentId,
                    TextHash = decided?.TextHash ?? DecisionKey.Sha256Hex(string.Empty),
                    Text = decided?.Text,
                    ArticleId = decided?.ArticleId,
                    ArticleTitle = decided?.ArticleTitle,
                    ArticleUrl = decided?.ArticleUrl,
                    Section = decided?.Section,
                    AuthorId = decided?.AuthorId,
                    AuthorName = decided?.AuthorName,
                    CampaignId = decided?.CampaignId,
                    Status = ReviewStatus.Takedown,
                    PreviousDecision = decided?.PreviousDecision ?? "approved",
                    Reasons = decided?.Reasons ?? [],
                    Scores = decided?.Scores ?? new Dictionary<string, double>(),
                    Priority = priority,
                    ModelVersion = decided?.ModelVersion,
                    QueuedAt = now,
                    DueAt = due,
                    Round = (decided?.Round ?? 0) + 1,
                    TakedownReference = order.Reference,
                    Timeline = [.. decided?.Timeline ?? [], entry],
                };
                if (!await queue.AddAsync(raised, cancellationToken))
                {
                    raised = await queue.FindAsync(commentId, cancellationToken) ?? raised;
                }
            }

            items.Add(raised);
        }

        await audit.AppendAsync(new AuditEntry(now, adminId, AuditActions.Takedown,
            Detail: $"{order.Reference}: {string.Join(", ", order.CommentIds!)}{(order.Urgent ? " (urgent)" : "")}"), cancellationToken);
        return items;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

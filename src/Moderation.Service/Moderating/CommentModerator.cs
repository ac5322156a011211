using System.Diagnostics;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Formats;
using Moderation.Pipeline;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Loading;
using Moderation.Service.Observability;

namespace Moderation.Service.Moderating;

/// <summary>Makes the one decision for a comment: replays a recorded one (saying whether its publish was already confirmed), or
/// measures context, decides and records it; either way hands it to the review intake before anyone publishes it.
/// A batch shares two Redis round trips: the read (<see cref="DecisionReader"/>) and the write (<see cref="DecisionWriter"/>).</summary>
public sealed partial class CommentModerator(
    ActivePipeline active,
    DecisionReader reader,
    DecisionWriter writer,
    IOptions<ModerationOptions> options,
    ModerationMetrics metrics,
    TimeProvider time,
    ILogger<CommentModerator> logger)
{
    private readonly int _maxTextLength = options.Value.MaxTextLength;

    /// <summary>The decision that stands for each comment, in order, noted by the review intake. Throws
    /// <see cref="UnreadableCommentException"/> when a comment has no id; a batch must hold readable comments only.</summary>
    public async Task<StandingDecision[]> ModerateAsync(IReadOnlyList<CommentSubmitted> comments, CancellationToken cancellationToken)
    {
        var batch = new CommentInFlight[comments.Count];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = CommentInFlight.Of(comments[i], _maxTextLength);
        }

        var loaded = active.Current;
        var now = time.GetUtcNow();
        await reader.ReadAsync(batch, loaded, now, cancellationToken);
        var undecided = Replay(batch);
        var started = Stopwatch.GetTimestamp();
        if (undecided.Count > 0)
        {
            Decide(undecided, loaded ?? throw new PipelineNotLoadedException(), now);
        }

        await writer.WriteAsync(batch, cancellationToken);
        Report(batch, Stopwatch.GetElapsedTime(started));
        return Array.ConvertAll(batch, comment => comment.Standing);
    }

    /// <summary>A comment with a recorded decision stands by it (the write finds whether it was published); returns the others.</summary>
    private List<CommentInFlight> Replay(CommentInFlight[] batch)
    {
        var undecided = new List<CommentInFlight>(batch.Length);
        foreach (var comment in batch)
        {
            if (comment.Recorded is { } recorded)
            {
                metrics.Replayed();
                comment.Standing = new StandingDecision(comment.Key, recorded, Published: false);
            }
            else
            {
                undecided.Add(comment);
            }
        }

        return undecided;
    }

    /// <summary>One decision per key: copies of a comment in the batch share the first one's.</summary>
    private void Decide(List<CommentInFlight> undecided, LoadedPipeline loaded, DateTimeOffset now)
    {
        var pipeline = loaded.Pipeline;
        var first = new Dictionary<DecisionKey, CommentInFlight>(undecided.Count);
        var assessed = new Dictionary<string, TextAssessment>(StringComparer.Ordinal);
        foreach (var comment in undecided)
        {
            if (first.TryGetValue(comment.Key, out var original))
            {
                comment.Standing = new StandingDecision(comment.Key, original.Made!, Published: false);
                continue;
            }

            first.Add(comment.Key, comment);
            comment.Made = comment.Problem is { } problem
                ? DecisionEvents.Invalid(comment.Comment, problem, pipeline.ModelVersion, pipeline.PolicyVersion, now)
                : Decide(comment, Assess(comment, pipeline, assessed), loaded, now);
            comment.Standing = new StandingDecision(comment.Key, comment.Made, Published: false);
        }
    }

    /// <summary>The cached assessment of the comment's text, or one computed now; a campaign repeated within one batch is scored once.</summary>
    private TextAssessment Assess(CommentInFlight comment, DecisionPipeline pipeline, Dictionary<string, TextAssessment> assessed)
    {
        metrics.CacheLookup(hit: comment.Cached is not null);
        if (comment.Cached is { } cached)
        {
            return cached;
        }

        var readable = comment.Readable!;
        if (!assessed.TryGetValue(readable.ScoreKey, out var assessment))
        {
            assessment = pipeline.Assess(readable.Normalised);
            assessed[readable.ScoreKey] = assessment;
            comment.Assessed = assessment;
        }

        return assessment;
    }

    private static CommentDecision Decide(CommentInFlight comment, TextAssessment assessment, LoadedPipeline loaded, DateTimeOffset now)
    {
        var (pipeline, thresholds) = loaded;
        var readable = comment.Readable!;
        var signals = new List<ContextSignal>(2);
        if (comment.AuthorComments >= thresholds.VelocityComments)
        {
            signals.Add(new ContextSignal("velocity", Math.Min(1.0, (double)comment.AuthorComments / thresholds.VelocityComments),
                $"{comment.AuthorComments} comments by this author within {thresholds.VelocityWindow}"));
        }

        string? campaignId = null;
        if (readable.Fingerprint is not null && comment.CampaignAuthors >= thresholds.CampaignAuthors)
        {
            campaignId = TextFingerprint.CampaignId(readable.Fingerprint);
            signals.Add(new ContextSignal("campaign", 1.0,
                $"the same text from {comment.CampaignAuthors} authors within {thresholds.CampaignWindow}", campaignId));
        }

        var verdict = pipeline.Decide(new CommentInput(comment.Comment.Text!, comment.Comment.Section), readable.Normalised, assessment, signals);
        return DecisionEvents.From(comment.Comment, verdict, campaignId, now);
    }

    /// <summary>Logs the replays, then counts and logs the decisions made here that stand.</summary>
    private void Report(CommentInFlight[] batch, TimeSpan elapsed)
    {
        foreach (var comment in batch)
        {
            if (comment.Recorded is not null)
            {
                LogReplayed(logger, comment.Key.CommentId, comment.Standing.Decision.Decision,
                    comment.Standing.Published ? "its publish was confirmed, so it is not published again" : "publishing the recorded decision");
            }
        }

        foreach (var comment in batch)
        {
            if (comment.MadeHere)
            {
                var decision = comment.Made!;
                var category = decision.Reasons.Count > 0 ? decision.Reasons[0].Category : "none";
                metrics.Decided(decision.Decision, category, elapsed);
                LogDecided(logger, decision.CommentId, decision.Decision, category, decision.ModelVersion, decision.PolicyVersion);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Comment {CommentId} was already decided {Decision}; {Outcome}")]
    private static partial void LogReplayed(ILogger logger, string commentId, string decision, string outcome);

    // Debug, not Information: one line per comment costs measurable throughput at thousands per second; the metrics count decisions.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Comment {CommentId} decided {Decision} ({Category}) with model {ModelVersion}, policy {PolicyVersion}")]
    private static partial void LogDecided(ILogger logger, string commentId, string decision, string category, string modelVersion, string policyVersion);
}

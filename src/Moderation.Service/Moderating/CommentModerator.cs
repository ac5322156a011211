using System.Diagnostics;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Pipeline;
using Moderation.Service.Configuration;
using Moderation.Service.Observability;
using Moderation.Service.Pipeline;
using Moderation.Service.Stores;

namespace Moderation.Service.Moderating;

/// <summary>Makes the one decision for a comment: replays a recorded one (saying whether its publish was already confirmed), or
/// measures context, decides and records it before anyone publishes it.
/// A batch of comments shares its Redis round trips: one lookup of recorded decisions, one of scores and context, one to record.</summary>
public sealed partial class CommentModerator(
    ActivePipeline active,
    IDecisionStore decisions,
    IScoreCache scores,
    IAuthorVelocity velocity,
    ICampaignTracker campaigns,
    IOptions<ModerationOptions> options,
    ModerationMetrics metrics,
    TimeProvider time,
    ILogger<CommentModerator> logger)
{
    private readonly int _maxTextLength = options.Value.MaxTextLength;

    /// <summary>The decision that stands for this comment.</summary>
    public async Task<StandingDecision> ModerateAsync(CommentSubmitted comment, CancellationToken cancellationToken) =>
        (await ModerateAsync([comment], cancellationToken))[0];

    /// <summary>The decision that stands for each comment, in order. Throws <see cref="UnreadableCommentException"/>
    /// when a comment has no id; a batch must hold readable comments only.</summary>
    public async Task<StandingDecision[]> ModerateAsync(IReadOnlyList<CommentSubmitted> comments, CancellationToken cancellationToken)
    {
        var problems = new string?[comments.Count];
        var keys = new DecisionKey[comments.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            problems[i] = CommentValidation.Check(comments[i], _maxTextLength);
            keys[i] = DecisionKey.For(comments[i].CommentId!, comments[i].Text);
        }

        var recorded = await decisions.FindAsync(keys, cancellationToken);
        var results = new StandingDecision[keys.Length];
        var undecided = new List<int>(keys.Length);
        var replayed = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (recorded[i] is { } decision)
            {
                metrics.Replayed();
                results[i] = new StandingDecision(keys[i], decision, Published: false);
                replayed.Add(i);
            }
            else
            {
                undecided.Add(i);
            }
        }

        if (replayed.Count > 0)
        {
            await FindPublishedAsync(results, replayed, cancellationToken);
        }

        if (undecided.Count == 0)
        {
            return results;
        }

        var started = Stopwatch.GetTimestamp();
        var loaded = active.Current ?? throw new PipelineNotLoadedException();
        var (made, storingScores) = await DecideAsync(comments, undecided, problems, loaded, cancellationToken);
        var entries = new (DecisionKey Key, CommentDecision Decision)[undecided.Count];
        for (var j = 0; j < entries.Length; j++)
        {
            entries[j] = (keys[undecided[j]], made[j]);
        }

        // The scores are stored in the same flush as the decisions are recorded; both must succeed before anything is published.
        var recording = decisions.RecordAsync(entries, cancellationToken);
        await Task.WhenAll(storingScores, recording);
        var standing = recording.Result;
        var elapsed = Stopwatch.GetElapsedTime(started);
        for (var j = 0; j < entries.Length; j++)
        {
            results[undecided[j]] = new StandingDecision(entries[j].Key, standing[j], Published: false);
            if (ReferenceEquals(standing[j], made[j]))
            {
                var decision = made[j];
                var category = decision.Reasons.Count > 0 ? decision.Reasons[0].Category : "none";
                metrics.Decided(decision.Decision, category, elapsed);
                LogDecided(logger, decision.CommentId, decision.Decision, category, decision.ModelVersion, decision.PolicyVersion);
            }
        }

        return results;
    }

    /// <summary>Fills in, for the <paramref name="replayed"/> entries of <paramref name="results"/>, whether their publish was
    /// confirmed: one more round trip, only for batches that hold a redelivery or a duplicate.</summary>
    private async Task FindPublishedAsync(StandingDecision[] results, List<int> replayed, CancellationToken cancellationToken)
    {
        var published = await decisions.WerePublishedAsync(replayed.ConvertAll(i => results[i].Key), cancellationToken);
        for (var r = 0; r < replayed.Count; r++)
        {
            var i = replayed[r];
            results[i] = results[i] with { Published = published[r] };
            LogReplayed(logger, results[i].Key.CommentId, results[i].Decision.Decision,
                published[r] ? "its publish was confirmed, so it is not published again" : "publishing the recorded decision");
        }
    }

    /// <summary>Decides the undecided comments (indices into <paramref name="comments"/>), in that order; also returns the pending
    /// store of newly computed scores.</summary>
    private async Task<(CommentDecision[] Made, Task StoringScores)> DecideAsync(IReadOnlyList<CommentSubmitted> comments, List<int> undecided,
        string?[] problems, LoadedPipeline loaded, CancellationToken cancellationToken)
    {
        var (pipeline, thresholds) = loaded;
        var now = time.GetUtcNow();
        var made = new CommentDecision[undecided.Count];
        var readable = new List<ReadableComment>(undecided.Count);
        var authors = new List<(string AuthorId, string CommentId)>(undecided.Count);
        var posts = new List<(string Fingerprint, string AuthorId)>(undecided.Count);
        for (var j = 0; j < made.Length; j++)
        {
            var comment = comments[undecided[j]];
            if (problems[undecided[j]] is { } problem)
            {
                made[j] = DecisionEvents.Invalid(comment, problem, pipeline.ModelVersion, pipeline.PolicyVersion, now);
                continue;
            }

            var normalised = pipeline.Normalise(comment.Text!);
            var fingerprint = TextFingerprint.Of(normalised.Folded.Text, thresholds.CampaignMinLetters);
            readable.Add(new ReadableComment(j, comment, normalised, ScoreCacheKey.For(pipeline, normalised), fingerprint, posts.Count));
            authors.Add((comment.AuthorId!, comment.CommentId!));
            if (fingerprint is not null)
            {
                posts.Add((fingerprint, comment.AuthorId!));
            }
        }

        if (readable.Count == 0)
        {
            return (made, Task.CompletedTask);
        }

        // Independent lookups, issued together so they share one pipelined flush.
        var cachedTask = scores.FindAsync(readable.ConvertAll(r => r.ScoreKey), cancellationToken);
        var velocityTask = velocity.RecordAsync(authors, now, thresholds.VelocityWindow, cancellationToken);
        var campaignTask = posts.Count == 0 ? Task.FromResult<int[]>([]) : campaigns.RecordAsync(posts, now, thresholds.CampaignWindow, cancellationToken);
        await Task.WhenAll(cachedTask, velocityTask, campaignTask);

        var cached = cachedTask.Result;
        var computed = new Dictionary<string, TextAssessment>(StringComparer.Ordinal);
        for (var r = 0; r < readable.Count; r++)
        {
            var comment = readable[r];
            var assessment = cached[r];
            metrics.CacheLookup(hit: assessment is not null);
            if (assessment is null && !computed.TryGetValue(comment.ScoreKey, out assessment))
            {
                // A campaign repeated within one batch is scored once.
                assessment = pipeline.Assess(comment.Normalised);
                computed[comment.ScoreKey] = assessment;
            }

            var campaignAuthors = comment.Fingerprint is null ? 0 : campaignTask.Result[comment.PostIndex];
            made[comment.Index] = Decide(comment, assessment, velocityTask.Result[r], campaignAuthors, loaded, now);
        }

        var storingScores = computed.Count == 0
            ? Task.CompletedTask
            : scores.StoreAsync([.. computed.Select(pair => (pair.Key, pair.Value))], cancellationToken);
        return (made, storingScores);
    }

    private static CommentDecision Decide(ReadableComment readable, TextAssessment assessment, int authorComments, int campaignAuthors,
        LoadedPipeline loaded, DateTimeOffset now)
    {
        var (pipeline, thresholds) = loaded;
        var comment = readable.Comment;
        var signals = new List<ContextSignal>(2);
        if (authorComments >= thresholds.VelocityComments)
        {
            signals.Add(new ContextSignal("velocity", Math.Min(1.0, (double)authorComments / thresholds.VelocityComments),
                $"{authorComments} comments by this author within {thresholds.VelocityWindow}"));
        }

        string? campaignId = null;
        if (readable.Fingerprint is not null && campaignAuthors >= thresholds.CampaignAuthors)
        {
            campaignId = TextFingerprint.CampaignId(readable.Fingerprint);
            signals.Add(new ContextSignal("campaign", 1.0,
                $"the same text from {campaignAuthors} authors within {thresholds.CampaignWindow}", campaignId));
        }

        var verdict = pipeline.Decide(new CommentInput(comment.Text!, comment.Section), readable.Normalised, assessment, signals);
        return DecisionEvents.From(comment, verdict, campaignId, now);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Comment {CommentId} was already decided {Decision}; {Outcome}")]
    private static partial void LogReplayed(ILogger logger, string commentId, string decision, string outcome);

    // Debug, not Information: one line per comment costs measurable throughput at thousands per second; the metrics count decisions.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Comment {CommentId} decided {Decision} ({Category}) with model {ModelVersion}, policy {PolicyVersion}")]
    private static partial void LogDecided(ILogger logger, string commentId, string decision, string category, string modelVersion, string policyVersion);
}

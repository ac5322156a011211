using System.Diagnostics;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Pipeline;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Observability;
using Moderation.Service.Loading;
using Moderation.Service.Stores;
using Moderation.Formats;

namespace Moderation.Service.Moderating;

/// <summary>Makes the one decision for a comment: replays a recorded one (saying whether its publish was already confirmed), or
/// measures context, decides and records it; either way hands it to the review desk before anyone publishes it.
/// A batch of comments shares two Redis round trips: one that reads (recorded decisions, cached scores, context), one that writes
/// (decisions, scores, the review desk's history and queue).</summary>
public sealed partial class CommentModerator(
    ActivePipeline active,
    IDecisionStore decisions,
    IScoreCache scores,
    IAuthorVelocity velocity,
    ICampaignTracker campaigns,
    IReviewIntake review,
    IOptions<ModerationOptions> options,
    ModerationMetrics metrics,
    TimeProvider time,
    ILogger<CommentModerator> logger)
{
    private readonly int _maxTextLength = options.Value.MaxTextLength;

    /// <summary>The decision that stands for this comment.</summary>
    public async Task<StandingDecision> ModerateAsync(CommentSubmitted comment, CancellationToken cancellationToken) =>
        (await ModerateAsync([comment], cancellationToken))[0];

    /// <summary>The decision that stands for each comment, in order, noted by the review desk. Throws
    /// <see cref="UnreadableCommentException"/> when a comment has no id; a batch must hold readable comments only.</summary>
    public async Task<StandingDecision[]> ModerateAsync(IReadOnlyList<CommentSubmitted> comments, CancellationToken cancellationToken)
    {
        var problems = new string?[comments.Count];
        var keys = new DecisionKey[comments.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            problems[i] = CommentValidation.Check(comments[i], _maxTextLength);
            keys[i] = DecisionKey.For(comments[i].CommentId!, comments[i].Text);
        }

        // The read: the recorded decisions, and for every readable comment what deciding it needs, in one flush. A comment that
        // turns out to be recorded already (a redelivery) is then counted again for its author and its text, which changes no
        // count: its id and its author are members of sets, not increments.
        var loaded = active.Current;
        var now = time.GetUtcNow();
        var readable = loaded is null ? [] : Read(comments, problems, loaded);
        var finding = decisions.FindAsync(keys, cancellationToken);
        var context = loaded is null ? null : LookUp(readable, loaded.Thresholds, now, cancellationToken);
        await Task.WhenAll(finding, context?.Completion ?? Task.CompletedTask);

        var recorded = finding.Result;
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

        if (undecided.Count == 0)
        {
            await WriteAsync(comments, results, replayed, [], [], Task.CompletedTask, cancellationToken);
            return results;
        }

        var started = Stopwatch.GetTimestamp();
        if (loaded is null || context is null)
        {
            throw new PipelineNotLoadedException();
        }

        var (made, storingScores) = Decide(comments, keys, undecided, problems, readable, context, loaded, now, cancellationToken);
        (DecisionKey Key, CommentDecision Decision)[] entries = [.. made.Select(pair => (pair.Key, pair.Value))];
        for (var u = 0; u < undecided.Count; u++)
        {
            var i = undecided[u];
            results[i] = new StandingDecision(keys[i], made[keys[i]], Published: false);
        }

        var overtaken = await WriteAsync(comments, results, replayed, undecided, entries, storingScores, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        foreach (var (key, decision) in entries)
        {
            if (!overtaken.ContainsKey(key))
            {
                var category = decision.Reasons.Count > 0 ? decision.Reasons[0].Category : "none";
                metrics.Decided(decision.Decision, category, elapsed);
                LogDecided(logger, decision.CommentId, decision.Decision, category, decision.ModelVersion, decision.PolicyVersion);
            }
        }

        return results;
    }

    /// <summary>The write, in one flush: records the decisions made here (<paramref name="entries"/>), stores new scores, looks
    /// up whether the replayed decisions were published, and hands every comment's decision to the review desk. Where another
    /// instance recorded a decision first (rare), <paramref name="results"/> takes that one and the review desk is given it too.
    /// Returns the keys recorded first elsewhere, with the decision that stands for each.</summary>
    private async Task<Dictionary<DecisionKey, CommentDecision>> WriteAsync(IReadOnlyList<CommentSubmitted> comments, StandingDecision[] results,
        List<int> replayed, List<int> undecided, (DecisionKey Key, CommentDecision Decision)[] entries, Task storingScores,
        CancellationToken cancellationToken)
    {
        var recording = decisions.RecordAsync(entries, cancellationToken);
        var findingPublished = replayed.Count == 0
            ? Task.FromResult<bool[]>([])
            : decisions.WerePublishedAsync(replayed.ConvertAll(i => results[i].Key), cancellationToken);
        var reviewing = review.RecordAsync(comments.Select((comment, i) => (comment, results[i])).ToList(), cancellationToken);
        await Task.WhenAll(recording, findingPublished, reviewing, storingScores);

        var published = findingPublished.Result;
        for (var r = 0; r < replayed.Count; r++)
        {
            var i = replayed[r];
            results[i] = results[i] with { Published = published[r] };
            LogReplayed(logger, results[i].Key.CommentId, results[i].Decision.Decision,
                published[r] ? "its publish was confirmed, so it is not published again" : "publishing the recorded decision");
        }

        var overtaken = new Dictionary<DecisionKey, CommentDecision>();
        for (var e = 0; e < entries.Length; e++)
        {
            if (!ReferenceEquals(recording.Result[e], entries[e].Decision))
            {
                overtaken[entries[e].Key] = recording.Result[e];
            }
        }

        if (overtaken.Count > 0)
        {
            var again = new List<int>();
            foreach (var i in undecided)
            {
                if (overtaken.TryGetValue(results[i].Key, out var other))
                {
                    results[i] = results[i] with { Decision = other };
                    again.Add(i);
                }
            }

            await review.RecordAsync(again.ConvertAll(i => (comments[i], results[i])), cancellationToken);
        }

        return overtaken;
    }

    /// <summary>Normalises every readable comment of the batch (those without a problem) and finds its score cache key and campaign fingerprint.</summary>
    private static List<ReadableComment> Read(IReadOnlyList<CommentSubmitted> comments, string?[] problems, LoadedPipeline loaded)
    {
        var (pipeline, thresholds) = loaded;
        var readable = new List<ReadableComment>(comments.Count);
        var posts = 0;
        for (var i = 0; i < comments.Count; i++)
        {
            if (problems[i] is not null)
            {
                continue;
            }

            var normalised = pipeline.Normalise(comments[i].Text!);
            var fingerprint = TextFingerprint.Of(normalised.Folded.Text, thresholds.CampaignMinLetters);
            readable.Add(new ReadableComment(i, comments[i], normalised, ScoreCacheKey.For(pipeline, normalised), fingerprint, fingerprint is null ? -1 : posts++));
        }

        return readable;
    }

    /// <summary>The cached scores of the readable comments and their context (comments by the same author, authors of the same
    /// text), each recorded as it is counted; issued together so they share one pipelined flush.</summary>
    private Context LookUp(List<ReadableComment> readable, SpamThresholds thresholds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (readable.Count == 0)
        {
            return Context.None;
        }

        var authors = readable.ConvertAll(r => (r.Comment.AuthorId!, r.Comment.CommentId!));
        var posts = readable.Where(r => r.Fingerprint is not null).Select(r => (r.Fingerprint!, r.Comment.AuthorId!)).ToList();
        return new Context(
            scores.FindAsync(readable.ConvertAll(r => r.ScoreKey), cancellationToken),
            velocity.RecordAsync(authors, now, thresholds.VelocityWindow, cancellationToken),
            posts.Count == 0 ? Task.FromResult<int[]>([]) : campaigns.RecordAsync(posts, now, thresholds.CampaignWindow, cancellationToken));
    }

    /// <summary>Decides the undecided comments (indices into <paramref name="comments"/>), one decision per key (copies of a comment in
    /// the batch share it); also returns the pending store of newly computed scores.</summary>
    private (Dictionary<DecisionKey, CommentDecision> Made, Task StoringScores) Decide(IReadOnlyList<CommentSubmitted> comments, DecisionKey[] keys,
        List<int> undecided, string?[] problems, List<ReadableComment> readable, Context context, LoadedPipeline loaded, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var pipeline = loaded.Pipeline;
        var readableAt = new Dictionary<int, int>(readable.Count);
        for (var r = 0; r < readable.Count; r++)
        {
            readableAt[readable[r].Index] = r;
        }

        var made = new Dictionary<DecisionKey, CommentDecision>(undecided.Count);
        var computed = new Dictionary<string, TextAssessment>(StringComparer.Ordinal);
        foreach (var i in undecided)
        {
            if (made.ContainsKey(keys[i]))
            {
                continue;
            }

            if (problems[i] is { } problem)
            {
                made[keys[i]] = DecisionEvents.Invalid(comments[i], problem, pipeline.ModelVersion, pipeline.PolicyVersion, now);
                continue;
            }

            var r = readableAt[i];
            var comment = readable[r];
            var assessment = context.Scores.Result[r];
            metrics.CacheLookup(hit: assessment is not null);
            if (assessment is null && !computed.TryGetValue(comment.ScoreKey, out assessment))
            {
                // A campaign repeated within one batch is scored once.
                assessment = pipeline.Assess(comment.Normalised);
                computed[comment.ScoreKey] = assessment;
            }

            var campaignAuthors = comment.Fingerprint is null ? 0 : context.Campaigns.Result[comment.PostIndex];
            made[keys[i]] = Decide(comment, assessment, context.Velocity.Result[r], campaignAuthors, loaded, now);
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

    /// <summary>The pending lookups of a batch's readable comments, in their order (campaign counts in the order of those with a fingerprint).</summary>
    private sealed record Context(Task<TextAssessment?[]> Scores, Task<int[]> Velocity, Task<int[]> Campaigns)
    {
        public static readonly Context None = new(Task.FromResult<TextAssessment?[]>([]), Task.FromResult<int[]>([]), Task.FromResult<int[]>([]));

        public Task Completion => Task.WhenAll(Scores, Velocity, Campaigns);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Comment {CommentId} was already decided {Decision}; {Outcome}")]
    private static partial void LogReplayed(ILogger logger, string commentId, string decision, string outcome);

    // Debug, not Information: one line per comment costs measurable throughput at thousands per second; the metrics count decisions.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Comment {CommentId} decided {Decision} ({Category}) with model {ModelVersion}, policy {PolicyVersion}")]
    private static partial void LogDecided(ILogger logger, string commentId, string decision, string category, string modelVersion, string policyVersion);
}

using System.Diagnostics;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Pipeline;
using Moderation.Service.Configuration;
using Moderation.Service.Observability;
using Moderation.Service.Pipeline;
using Moderation.Service.Stores;

namespace Moderation.Service.Moderating;

/// <summary>Makes the one decision for a comment: replays a recorded one, or measures context, decides and records it before anyone publishes it.</summary>
public sealed class CommentModerator(
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

    /// <summary>The decision that stands for this comment, and its key (whose message id every publish of it carries).</summary>
    public async Task<(DecisionKey Key, CommentDecision Decision)> ModerateAsync(CommentSubmitted comment, CancellationToken cancellationToken)
    {
        var problem = CommentValidation.Check(comment, _maxTextLength);
        var key = DecisionKey.For(comment.CommentId!, comment.Text);
        if (await decisions.FindAsync(key, cancellationToken) is { } recorded)
        {
            metrics.Replayed();
            logger.LogInformation("Comment {CommentId} was already decided {Decision}; publishing the recorded decision", key.CommentId, recorded.Decision);
            return (key, recorded);
        }

        var started = Stopwatch.GetTimestamp();
        var loaded = active.Current ?? throw new PipelineNotLoadedException();
        var decision = problem is null
            ? await DecideAsync(comment, loaded, cancellationToken)
            : DecisionEvents.Invalid(comment, problem, loaded.Pipeline.ModelVersion, loaded.Pipeline.PolicyVersion, time.GetUtcNow());
        var standing = await decisions.RecordAsync(key, decision, cancellationToken);
        if (ReferenceEquals(standing, decision))
        {
            var category = decision.Reasons.Count > 0 ? decision.Reasons[0].Category : "none";
            metrics.Decided(decision.Decision, category, Stopwatch.GetElapsedTime(started));
            logger.LogInformation("Comment {CommentId} decided {Decision} ({Category}) with model {ModelVersion}, policy {PolicyVersion}",
                key.CommentId, decision.Decision, category, decision.ModelVersion, decision.PolicyVersion);
        }

        return (key, standing);
    }

    private async Task<CommentDecision> DecideAsync(CommentSubmitted comment, LoadedPipeline loaded, CancellationToken cancellationToken)
    {
        var (pipeline, thresholds) = loaded;
        var text = comment.Text!;
        var normalised = pipeline.Normalise(text);
        var now = time.GetUtcNow();
        var scoreKey = ScoreCacheKey.For(pipeline, normalised);
        var fingerprint = TextFingerprint.Of(normalised.Folded.Text, thresholds.CampaignMinLetters);

        // Independent round trips, issued together so they share one pipelined flush.
        var cachedTask = scores.FindAsync(scoreKey, cancellationToken);
        var velocityTask = velocity.RecordAsync(comment.AuthorId!, comment.CommentId!, now, thresholds.VelocityWindow, cancellationToken);
        var campaignTask = fingerprint is null
            ? Task.FromResult(0)
            : campaigns.RecordAsync(fingerprint, comment.AuthorId!, now, thresholds.CampaignWindow, cancellationToken);
        await Task.WhenAll(cachedTask, velocityTask, campaignTask);

        var assessment = cachedTask.Result;
        metrics.CacheLookup(hit: assessment is not null);
        if (assessment is null)
        {
            assessment = pipeline.Assess(normalised);
            await scores.StoreAsync(scoreKey, assessment, cancellationToken);
        }

        var signals = new List<ContextSignal>(2);
        if (velocityTask.Result >= thresholds.VelocityComments)
        {
            signals.Add(new ContextSignal("velocity", Math.Min(1.0, (double)velocityTask.Result / thresholds.VelocityComments),
                $"{velocityTask.Result} comments by this author within {thresholds.VelocityWindow}"));
        }

        string? campaignId = null;
        if (fingerprint is not null && campaignTask.Result >= thresholds.CampaignAuthors)
        {
            campaignId = TextFingerprint.CampaignId(fingerprint);
            signals.Add(new ContextSignal("campaign", 1.0,
                $"the same text from {campaignTask.Result} authors within {thresholds.CampaignWindow}", campaignId));
        }

        var verdict = pipeline.Decide(new CommentInput(text, comment.Section), normalised, assessment, signals);
        return DecisionEvents.From(comment, verdict, campaignId, now);
    }
}

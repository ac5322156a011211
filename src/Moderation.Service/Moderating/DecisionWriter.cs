using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Stores;

namespace Moderation.Service.Moderating;

/// <summary>The write of a batch, in one flush: records the decisions made here, caches the scores computed here, looks up whether
/// the recorded decisions were published, and hands every comment's decision to the review intake.</summary>
public sealed class DecisionWriter(IDecisionStore decisions, IScoreCache scores, IReviewIntake review)
{
    /// <summary>Where another instance recorded a decision first (rare), that one stands, and the review intake is given it too.</summary>
    internal async Task WriteAsync(IReadOnlyList<CommentInFlight> batch, CancellationToken cancellationToken)
    {
        var assessed = batch.Where(comment => comment.Assessed is not null).ToList();
        var storingScores = assessed.Count == 0
            ? Task.CompletedTask
            : scores.StoreAsync(assessed.ConvertAll(comment => (comment.Readable!.ScoreKey, comment.Assessed!)), cancellationToken);
        var made = batch.Where(comment => comment.Made is not null).ToList();
        var recording = decisions.RecordAsync(made.ConvertAll(comment => (comment.Key, comment.Made!)), cancellationToken);
        var replayed = batch.Where(comment => comment.Recorded is not null).ToList();
        var findingPublished = replayed.Count == 0
            ? Task.FromResult<bool[]>([])
            : decisions.WerePublishedAsync(replayed.ConvertAll(comment => comment.Key), cancellationToken);
        var reviewing = review.RecordAsync(Decided(batch), cancellationToken);
        await Task.WhenAll(recording, findingPublished, reviewing, storingScores);

        for (var r = 0; r < replayed.Count; r++)
        {
            replayed[r].Standing = replayed[r].Standing with { Published = findingPublished.Result[r] };
        }

        var overtaken = new Dictionary<DecisionKey, CommentDecision>();
        for (var m = 0; m < made.Count; m++)
        {
            if (!ReferenceEquals(recording.Result[m], made[m].Made))
            {
                overtaken[made[m].Key] = recording.Result[m];
            }
        }

        if (overtaken.Count > 0)
        {
            await StandByAsync(batch, overtaken, cancellationToken);
        }
    }

    /// <summary>Every comment of the batch decided here whose key another instance recorded first takes that decision.</summary>
    private Task StandByAsync(IReadOnlyList<CommentInFlight> batch, Dictionary<DecisionKey, CommentDecision> overtaken, CancellationToken cancellationToken)
    {
        var again = new List<CommentInFlight>();
        foreach (var comment in batch)
        {
            if (comment.Recorded is null && overtaken.TryGetValue(comment.Key, out var other))
            {
                comment.Standing = comment.Standing with { Decision = other };
                again.Add(comment);
            }
        }

        return review.RecordAsync(Decided(again), cancellationToken);
    }

    private static List<(CommentSubmitted Comment, StandingDecision Decision)> Decided(IReadOnlyList<CommentInFlight> comments) =>
        comments.Select(comment => (comment.Comment, comment.Standing)).ToList();
}

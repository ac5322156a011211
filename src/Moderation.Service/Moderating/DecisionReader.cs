using Moderation.Service.Loading;
using Moderation.Service.Stores;

namespace Moderation.Service.Moderating;

/// <summary>The read of a batch, in one flush: the decision recorded for every comment and, for every readable one, what deciding
/// it needs (its cached scores, its author's comments and its text's authors, each recorded as it is counted).</summary>
/// <remarks>A comment that turns out to be recorded already (a redelivery) is counted again for its author and its text, which
/// changes no count: its id and its author are members of sets, not increments.</remarks>
public sealed class DecisionReader(IDecisionStore decisions, IScoreCache scores, IAuthorVelocity velocity, ICampaignTracker campaigns)
{
    /// <summary>Fills in what the read finds for each comment; without a loaded pipeline, only the recorded decisions.</summary>
    internal async Task ReadAsync(IReadOnlyList<CommentInFlight> batch, LoadedPipeline? loaded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var readable = loaded is null ? [] : Normalise(batch, loaded);
        var finding = decisions.FindAsync(batch.Select(comment => comment.Key).ToArray(), cancellationToken);
        var lookingUp = readable.Count == 0 ? Task.CompletedTask : LookUpAsync(readable, loaded!.Thresholds, now, cancellationToken);
        await Task.WhenAll(finding, lookingUp);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Recorded = finding.Result[i];
        }
    }

    private static List<CommentInFlight> Normalise(IReadOnlyList<CommentInFlight> batch, LoadedPipeline loaded)
    {
        var readable = new List<CommentInFlight>(batch.Count);
        foreach (var comment in batch)
        {
            if (comment.Problem is null)
            {
                comment.Readable = ReadableText.Of(comment.Comment.Text!, loaded);
                readable.Add(comment);
            }
        }

        return readable;
    }

    /// <summary>Issued together, so they share the read's flush.</summary>
    private async Task LookUpAsync(List<CommentInFlight> readable, SpamThresholds thresholds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posts = readable.FindAll(comment => comment.Readable!.Fingerprint is not null);
        var cached = scores.FindAsync(readable.ConvertAll(comment => comment.Readable!.ScoreKey), cancellationToken);
        var authorComments = velocity.RecordAsync(readable.ConvertAll(comment => (comment.Comment.AuthorId!, comment.Comment.CommentId!)), now,
            thresholds.VelocityWindow, cancellationToken);
        var campaignAuthors = posts.Count == 0
            ? Task.FromResult<int[]>([])
            : campaigns.RecordAsync(posts.ConvertAll(post => (post.Readable!.Fingerprint!, post.Comment.AuthorId!)), now, thresholds.CampaignWindow, cancellationToken);
        await Task.WhenAll(cached, authorComments, campaignAuthors);
        for (var r = 0; r < readable.Count; r++)
        {
            readable[r].Cached = cached.Result[r];
            readable[r].AuthorComments = authorComments.Result[r];
        }

        for (var p = 0; p < posts.Count; p++)
        {
            posts[p].CampaignAuthors = campaignAuthors.Result[p];
        }
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Api;

/// <summary>The moderators' queue: list, item, hold, decide, and the bulk campaign decision.</summary>
public static class ReviewQueueApi
{
    private const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapReviewQueueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/review").RequireAuthorization(Roles.Moderator);
        api.MapGet("/queue", ListAsync);
        api.MapGet("/items/{commentId}", GetAsync);
        api.MapPost("/items/{commentId}/hold", HoldAsync).AddEndpointFilter<AntiforgeryFilter>();
        api.MapDelete("/items/{commentId}/hold", ReleaseAsync).AddEndpointFilter<AntiforgeryFilter>();
        api.MapPost("/items/{commentId}/decision", DecideAsync).AddEndpointFilter<AntiforgeryFilter>();
        api.MapPost("/campaigns/{campaignId}/decision", DecideCampaignAsync).AddEndpointFilter<AntiforgeryFilter>();
        return app;
    }

    public static async Task<Ok<IReadOnlyList<QueueRow>>> ListAsync(
        IReviewQueue queue, TimeProvider time, CancellationToken cancellationToken,
        string? category = null, string? article = null, string? section = null, string? q = null, string? campaign = null, string? status = null, int limit = 100)
    {
        var items = await queue.ListAsync(new ReviewQuery(category, article, section, q?.Trim(), campaign, status), Math.Clamp(limit, 1, MaxLimit), cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<QueueRow>>(items.Select(i => new QueueRow(i, i.IsOverdue(now))).ToList());
    }

    public static async Task<Results<Ok<ItemView>, NotFound>> GetAsync(
        string commentId, IReviewQueue queue, IAuthorHistoryStore authors, TimeProvider time, CancellationToken cancellationToken)
    {
        var queued = await queue.FindAsync(commentId, cancellationToken);
        var item = queued ?? await queue.FindDecidedAsync(commentId, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var history = item.AuthorId is null ? AuthorHistory.Of([], 0) : await authors.FindAsync(item.AuthorId, cancellationToken);
        var campaign = item.CampaignId is null ? 0 : (await queue.ListAsync(new ReviewQuery(CampaignId: item.CampaignId), MaxLimit, cancellationToken)).Count;
        return TypedResults.Ok(new ItemView(item, queued is not null, queued is not null && item.IsOverdue(time.GetUtcNow()), history, campaign));
    }

    /// <summary>Opens the item for the moderator (or renews their hold); 409 while another moderator holds it.</summary>
    public static async Task<Results<Ok<HoldView>, NotFound, Conflict<ProblemDetails>>> HoldAsync(
        string commentId, HttpContext http, ReviewDesk desk, CancellationToken cancellationToken)
    {
        var hold = await desk.OpenAsync(commentId, http.User.ModeratorId(), cancellationToken);
        return hold.Outcome switch
        {
            HoldOutcome.Granted => TypedResults.Ok(new HoldView(commentId, hold.Holder!, hold.Until!.Value)),
            HoldOutcome.HeldByOther => TypedResults.Conflict(Problem(409, "Sedang dibuka moderator lain", $"Komentar ini sedang dibuka oleh {hold.Holder}.")),
            _ => TypedResults.NotFound(),
        };
    }

    public static async Task<NoContent> ReleaseAsync(string commentId, HttpContext http, ReviewDesk desk, CancellationToken cancellationToken)
    {
        await desk.ReleaseAsync(commentId, http.User.ModeratorId(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Approves or rejects the item: 200 once CommentReviewed is published, 202 when the decision is recorded but the broker did not
    /// confirm (the outbox relay publishes it later); 409 when another moderator holds it or it was already decided.</summary>
    public static async Task<Results<Ok<ReviewItem>, Accepted<RecordedView>, NotFound, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> DecideAsync(
        string commentId, ReviewDecision decision, HttpContext http, ReviewDesk desk, CancellationToken cancellationToken)
    {
        if (decision.Problem() is { } problem)
        {
            return TypedResults.BadRequest(Problem(400, "Keputusan tidak valid", problem));
        }

        var result = await desk.DecideAsync(commentId, http.User.ModeratorId(), decision, cancellationToken);
        return result.Outcome switch
        {
            DecideOutcome.Decided => TypedResults.Ok(result.Item!),
            DecideOutcome.Recorded => TypedResults.Accepted($"/api/review/items/{Uri.EscapeDataString(commentId)}", new RecordedView(result.Item!, RecordedView.Waiting)),
            DecideOutcome.Conflict => TypedResults.Conflict(Problem(409, "Keputusan bentrok", result.Conflict!)),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>Decides every queued comment of a spam campaign in one step.</summary>
    public static async Task<Results<Ok<CampaignResult>, BadRequest<ProblemDetails>>> DecideCampaignAsync(
        string campaignId, ReviewDecision decision, HttpContext http, ReviewDesk desk, CancellationToken cancellationToken)
    {
        if (decision.Problem() is { } problem)
        {
            return TypedResults.BadRequest(Problem(400, "Keputusan tidak valid", problem));
        }

        return TypedResults.Ok(await desk.DecideCampaignAsync(campaignId, http.User.ModeratorId(), decision, cancellationToken));
    }

    internal static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}

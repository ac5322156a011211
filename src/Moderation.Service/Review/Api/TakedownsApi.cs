using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Api;

/// <summary>POST /api/review/takedowns (admins): register a government takedown order.</summary>
public static class TakedownsApi
{
    public static IEndpointRouteBuilder MapTakedownsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/review/takedowns").RequireAuthorization(Roles.Admin)
            .MapPost("/", RegisterAsync).AddEndpointFilter<AntiforgeryFilter>();
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<ReviewItem>>, BadRequest<ProblemDetails>>> RegisterAsync(
        TakedownOrder order, HttpContext http, ReviewIntake intake, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(order.Reference) || order.CommentIds is not { Count: > 0 } || order.CommentIds.Any(id => id is not { Length: > 0 and <= 128 }))
        {
            return TypedResults.BadRequest(ReviewQueueApi.Problem(400, "Perintah tidak valid", "reference and at least one commentId (1..128 characters) are required."));
        }

        return TypedResults.Ok(await intake.TakedownAsync(order, http.User.ModeratorId(), cancellationToken));
    }
}

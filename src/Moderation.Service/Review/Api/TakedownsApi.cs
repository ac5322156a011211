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
        if (FieldLimits.Check(order) is { } problem)
        {
            return TypedResults.BadRequest(ReviewQueueApi.Problem(400, "Perintah tidak valid", problem));
        }

        return TypedResults.Ok(await intake.TakedownAsync(order, http.User.ModeratorId(), cancellationToken));
    }
}

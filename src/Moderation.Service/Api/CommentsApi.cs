using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Moderation.Contracts;
using Moderation.Service.Messaging;
using Moderation.Service.Moderating;

namespace Moderation.Service.Api;

/// <summary>POST /api/comments: the same contract as the bus, answered with the decision (same exactly-once unit).</summary>
public static class CommentsApi
{
    public static IEndpointRouteBuilder MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/comments").RequireApiKey();
        api.MapPost("/", ModerateAsync);
        return app;
    }

    public static async Task<Results<Ok<CommentDecision>, BadRequest<ProblemDetails>>> ModerateAsync(
        CommentSubmitted comment, ModerationDesk desk, CancellationToken cancellationToken)
    {
        try
        {
            var standing = await desk.AnswerAsync([comment], cancellationToken);
            return TypedResults.Ok(standing[0].Decision);
        }
        catch (UnreadableCommentException error)
        {
            return TypedResults.BadRequest(new ProblemDetails { Title = "Unreadable comment", Detail = error.Message, Status = 400 });
        }
    }
}

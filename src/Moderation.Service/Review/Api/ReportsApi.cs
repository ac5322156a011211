using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Moderation.Service.Api;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Api;

/// <summary>POST /api/reports: the CMS (with the service's API key) reports a published comment a reader flagged.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports").RequireApiKey().MapPost("/", ReportAsync);
        return app;
    }

    public static async Task<Results<Accepted<ReviewItem>, BadRequest<ProblemDetails>>> ReportAsync(
        ReaderReport report, ReviewIntake intake, CancellationToken cancellationToken)
    {
        if (report.CommentId is not { Length: > 0 and <= 128 })
        {
            return TypedResults.BadRequest(ReviewQueueApi.Problem(400, "Invalid report", "commentId is required (1..128 characters)."));
        }

        var item = await intake.ReportAsync(report, cancellationToken);
        return TypedResults.Accepted($"/api/review/items/{Uri.EscapeDataString(item.CommentId)}", item);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Moderation.Service.Api;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Api;

/// <summary>POST /api/reports: the CMS (with the service's API key) reports a published comment a reader flagged.</summary>
public static class ReportsApi
{
    /// <summary>The rate limiter policy of reader reports (Review:ReportsPerMinute per client address).</summary>
    public const string RateLimit = "reports";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports").RequireApiKey().MapPost("/", ReportAsync).RequireRateLimiting(RateLimit);
        return app;
    }

    public static async Task<Results<Accepted<ReviewItem>, BadRequest<ProblemDetails>>> ReportAsync(
        ReaderReport report, ReviewIntake intake, IOptions<ModerationOptions> options, CancellationToken cancellationToken)
    {
        if (FieldLimits.Check(report, options.Value.MaxTextLength) is { } problem)
        {
            return TypedResults.BadRequest(ReviewQueueApi.Problem(400, "Invalid report", problem));
        }

        var item = await intake.ReportAsync(report, cancellationToken);
        return TypedResults.Accepted($"/api/review/items/{Uri.EscapeDataString(item.CommentId)}", item);
    }
}

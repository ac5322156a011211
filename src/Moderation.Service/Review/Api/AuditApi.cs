using Microsoft.AspNetCore.Http.HttpResults;
using Moderation.Formats.Audit;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;

namespace Moderation.Service.Review.Api;

/// <summary>GET /api/review/audit (admins): the audit log, newest first, optionally for one comment.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/review/audit").RequireAuthorization(Roles.Admin).MapGet("/", ListAsync);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<AuditEntry>>> ListAsync(IAuditLog audit, CancellationToken cancellationToken, string? commentId = null, int limit = 100) =>
        TypedResults.Ok(await audit.ListAsync(commentId, Math.Clamp(limit, 1, 1000), cancellationToken));
}

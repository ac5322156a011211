using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Moderation.Service.Health;

/// <summary>GET /health/live (the process runs), GET /health/ready (broker, Redis, model and policy, review outbox) and GET /health
/// (every check with its description, as JSON, for operators).</summary>
public static class HealthApi
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync });
        return app;
    }
}

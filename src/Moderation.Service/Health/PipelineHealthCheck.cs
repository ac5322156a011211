using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moderation.Service.Loading;

namespace Moderation.Service.Health;

/// <summary>Ready once a model and a policy are loaded.</summary>
public sealed class PipelineHealthCheck(ActivePipeline active) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(active.Current is { } loaded
            ? HealthCheckResult.Healthy($"model {loaded.Pipeline.ModelVersion}, policy {loaded.Pipeline.PolicyVersion}")
            : HealthCheckResult.Unhealthy("no model and policy loaded"));
}

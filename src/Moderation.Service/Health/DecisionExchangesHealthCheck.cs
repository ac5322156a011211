using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moderation.Service.Messaging;

namespace Moderation.Service.Health;

/// <summary>Ready while decisions can be published on their own connection (MassTransit's bus check covers the consuming one):
/// a broker both reach may still refuse one, and a comment whose decision cannot be published is retried, then parked.</summary>
public sealed class DecisionExchangesHealthCheck(RabbitDecisionExchanges exchanges) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(exchanges.State switch
        {
            null => HealthCheckResult.Healthy("opened at the first decision"),
            (true, var detail) => HealthCheckResult.Healthy(detail),
            (false, var detail) => HealthCheckResult.Unhealthy(detail),
        });
}

using MassTransit;
using Moderation.Service.Observability;

namespace Moderation.Service.Messaging;

/// <summary>Counts in-process retries, so an outage of Redis shows on /metrics before anything reaches the error queue.</summary>
public sealed class RetryCounter(ModerationMetrics metrics) : IRetryObserver
{
    public Task PostCreate<T>(RetryPolicyContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task PostFault<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task PreRetry<T>(RetryContext<T> context) where T : class, PipeContext
    {
        metrics.Retried();
        return Task.CompletedTask;
    }

    public Task RetryFault<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task RetryComplete<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;
}

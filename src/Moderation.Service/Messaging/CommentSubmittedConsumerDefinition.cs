using MassTransit;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Service.Configuration;
using Moderation.Service.Moderating;
using Moderation.Service.Observability;

namespace Moderation.Service.Messaging;

/// <summary>The endpoint of <see cref="CommentSubmittedConsumer"/>: the contract's queue and binding, concurrency, and retries.</summary>
public sealed class CommentSubmittedConsumerDefinition : ConsumerDefinition<CommentSubmittedConsumer>
{
    private readonly ModerationOptions _options;

    public CommentSubmittedConsumerDefinition(IOptions<ModerationOptions> options)
    {
        _options = options.Value;
        EndpointName = ModerationTopology.ServiceQueue;
        ConcurrentMessageLimit = _options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CommentSubmittedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // The queue is bound to the contract's fanout exchange by name, not to MassTransit's type-named exchanges.
            rabbit.ConfigureConsumeTopology = false;
            rabbit.Bind(ModerationTopology.CommentSubmittedExchange);
            rabbit.PrefetchCount = _options.PrefetchCount;
        }

        // Nobody consumes MassTransit's Fault<T> events; the error queue and its fault headers are the contract.
        endpointConfigurator.PublishFaults = false;

        // No delayed-message plugin on Debian's RabbitMQ: retry in process, long enough to ride out a Redis restart.
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Intervals(_options.EffectiveRetryIntervals);
            retry.ConnectRetryObserver(new RetryCounter(context.GetRequiredService<ModerationMetrics>()));
            retry.Ignore<UnreadableCommentException>();
        });
    }
}

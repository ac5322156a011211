using MassTransit;
using MassTransit.Configuration;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Service.Configuration;
using Moderation.Service.Moderating;
using Moderation.Service.Observability;

namespace Moderation.Service.Messaging;

/// <summary>The endpoint of <see cref="CommentBatchConsumer"/>: the contract's queue and binding, prefetch, batches, and retries.</summary>
public sealed class CommentBatchConsumerDefinition : ConsumerDefinition<CommentBatchConsumer>
{
    private readonly ModerationOptions _options;

    public CommentBatchConsumerDefinition(IOptions<ModerationOptions> options)
    {
        _options = options.Value;
        EndpointName = ModerationTopology.ServiceQueue;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CommentBatchConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        var batching = _options.Batching;
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // The queue is bound to the contract's fanout exchange by name, not to MassTransit's type-named exchanges.
            rabbit.ConfigureConsumeTopology = false;
            rabbit.Bind(ModerationTopology.CommentSubmittedExchange);
            // Fewer deliveries in hand than comments in work would leave the batches short.
            rabbit.PrefetchCount = Math.Max(_options.PrefetchCount, batching.Capacity);
            if (_options.QueueType == "quorum")
            {
                rabbit.SetQuorumQueue();
            }
        }

        endpointConfigurator.ConcurrentMessageLimit = batching.Capacity;

        // Nobody consumes MassTransit's Fault<T> events; the error queue and its fault headers are the contract.
        endpointConfigurator.PublishFaults = false;

        // No delayed-message plugin on Debian's RabbitMQ: retry in process, long enough to ride out a Redis restart. The retry
        // wraps each message, not the batch: the messages of a failed batch are retried each by itself, and a retried message
        // does not wait for a full batch.
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Intervals(_options.EffectiveRetryIntervals);
            retry.ConnectRetryObserver(new RetryCounter(context.GetRequiredService<ModerationMetrics>()));
            retry.Ignore<UnreadableCommentException>();
        });
        endpointConfigurator.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<CommentSubmitted>>(new ReadableCommentFilter()));

        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(batching.MessageLimit)
            .SetConcurrencyLimit(batching.ConcurrencyLimit)
            .SetTimeLimit(_options.BatchTimeLimit));
    }
}

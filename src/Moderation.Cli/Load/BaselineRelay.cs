using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Moderation.Cli.Load;

/// <summary>The bus's own limit: a bare RabbitMQ.Client relay that consumes a comment, publishes a reply with publisher
/// confirms and acks, with the service's queue settings (durable, queue type, prefetch) and no scoring, no Redis.</summary>
public sealed class BaselineRelay : IAsyncDisposable
{
    public const string SubmitExchange = "moderation-load.baseline-submitted";
    public const string ReplyExchange = "moderation-load.baseline-decided";
    public const string Queue = "moderation-load-baseline";

    private readonly IConnection _connection;
    private readonly IChannel _consume;
    private readonly IChannel _publish;

    private BaselineRelay(IConnection connection, IChannel consume, IChannel publish)
    {
        _connection = connection;
        _consume = consume;
        _publish = publish;
    }

    public static async Task<BaselineRelay> StartAsync(Uri broker, string queueType, ushort prefetch, ushort concurrency, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "moderation load: baseline relay", ConsumerDispatchConcurrency = concurrency };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var consume = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        // Confirms tracked per publish, without the client's default throttle (it costs 15-30% of throughput).
        var publish = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
            cancellationToken);

        await consume.ExchangeDeclareAsync(SubmitExchange, ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken);
        await consume.ExchangeDeclareAsync(ReplyExchange, ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken);
        // A previous run may have declared it with another queue type.
        await consume.QueueDeleteAsync(Queue, cancellationToken: cancellationToken);
        await consume.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-queue-type"] = queueType }, cancellationToken: cancellationToken);
        await consume.QueueBindAsync(Queue, SubmitExchange, string.Empty, cancellationToken: cancellationToken);
        await consume.BasicQosAsync(0, prefetch, global: false, cancellationToken);

        var relay = new BaselineRelay(connection, consume, publish);
        var consumer = new AsyncEventingBasicConsumer(consume);
        consumer.ReceivedAsync += relay.RelayAsync;
        await consume.BasicConsumeAsync(Queue, autoAck: false, consumer, cancellationToken);
        return relay;
    }

    private async Task RelayAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var properties = new BasicProperties
        {
            ContentType = delivery.BasicProperties.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = delivery.BasicProperties.MessageId,
        };
        await _publish.BasicPublishAsync(ReplyExchange, string.Empty, mandatory: false, properties, delivery.Body);
        await _consume.BasicAckAsync(delivery.DeliveryTag, multiple: false);
    }

    public async ValueTask DisposeAsync()
    {
        await _consume.CloseAsync();
        await using (var cleanup = await _connection.CreateChannelAsync())
        {
            await cleanup.QueueDeleteAsync(Queue);
        }

        await _publish.CloseAsync();
        await _connection.CloseAsync();
        _connection.Dispose();
    }
}

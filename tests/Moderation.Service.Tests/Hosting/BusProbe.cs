using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Moderation.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Moderation.Testing;

namespace Moderation.Service.Tests.Hosting;

/// <summary>A stock AMQP client in the CMS's place: publishes raw JSON comments and records every decision event.</summary>
public sealed class BusProbe : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private string _queue = string.Empty;
    private readonly ConcurrentQueue<DecisionMessage> _decisions = new();

    private BusProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public IReadOnlyCollection<DecisionMessage> Decisions => _decisions;

    public IChannel Channel => _channel;

    /// <summary>Connects and binds a private queue to the decision exchanges and comment-reviewed (declaring them, as a CMS would).</summary>
    public static async Task<BusProbe> ConnectAsync(RabbitVirtualHost vhost)
    {
        var factory = vhost.Address.CreateConnectionFactory("test probe");
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var probe = new BusProbe(connection, channel);
        var queue = (await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true)).QueueName;
        probe._queue = queue;
        await probe.BindAsync();

        await channel.ExchangeDeclareAsync(ModerationTopology.CommentSubmittedExchange, ExchangeType.Fanout, durable: true);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            probe._decisions.Enqueue(new DecisionMessage(
                delivery.Exchange,
                delivery.BasicProperties.MessageId,
                delivery.BasicProperties.ContentType,
                delivery.BasicProperties.Persistent,
                Encoding.UTF8.GetString(delivery.Body.Span)));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return probe;
    }

    /// <summary>Declares the decision exchanges and comment-reviewed (as a CMS would) and binds the probe's queue to them; again
    /// after a test deleted one.</summary>
    public async Task BindAsync()
    {
        foreach (var exchange in ModerationTopology.DecisionExchanges.Append(ModerationTopology.CommentReviewedExchange))
        {
            await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await _channel.QueueBindAsync(_queue, exchange, string.Empty);
        }
    }

    /// <summary>Publishes a body to the comment-submitted exchange exactly as a PHP or Python CMS would.</summary>
    public async Task PublishAsync(string body, string contentType = ModerationTopology.ContentType)
    {
        var properties = new BasicProperties { ContentType = contentType, DeliveryMode = DeliveryModes.Persistent };
        await _channel.BasicPublishAsync(ModerationTopology.CommentSubmittedExchange, string.Empty, mandatory: false, properties, Encoding.UTF8.GetBytes(body));
    }

    public Task PublishAsync(object comment) => PublishAsync(JsonSerializer.Serialize(comment));

    public IReadOnlyList<DecisionMessage> For(string commentId) =>
        _decisions.Where(d => d.CommentId == commentId && d.Exchange != ModerationTopology.CommentReviewedExchange).ToList();

    /// <summary>The CommentReviewed events (moderators' decisions) seen for the comment.</summary>
    public IReadOnlyList<DecisionMessage> ReviewedFor(string commentId) =>
        _decisions.Where(d => d.CommentId == commentId && d.Exchange == ModerationTopology.CommentReviewedExchange).ToList();

    /// <summary>Waits until a decision for each of the comments has arrived and returns the first of each.</summary>
    public async Task<IReadOnlyList<DecisionMessage>> WaitForAsync(IReadOnlyCollection<string> commentIds, TimeSpan? timeout = null)
    {
        var wanted = commentIds.ToHashSet();
        var seen = new HashSet<string>();
        var scanned = 0;
        await Eventually.GetAsync(
            () =>
            {
                // Only the decisions that arrived since the last look: the probe may hold thousands.
                foreach (var decision in _decisions.Skip(scanned))
                {
                    scanned++;
                    if (decision.Exchange != ModerationTopology.CommentReviewedExchange && decision.CommentId is { } id && wanted.Contains(id))
                    {
                        seen.Add(id);
                    }
                }

                return Task.FromResult(seen.Count);
            },
            count => count == wanted.Count,
            timeout ?? TimeSpan.FromSeconds(30),
            $"decisions for {wanted.Count} comments");
        return commentIds.Select(id => For(id)[0]).ToList();
    }

    public async Task<DecisionMessage> WaitForAsync(string commentId, TimeSpan? timeout = null) =>
        (await WaitForAsync([commentId], timeout))[0];

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}

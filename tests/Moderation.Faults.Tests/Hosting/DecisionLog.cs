using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Moderation.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Moderation.Faults.Tests.Hosting;

/// <summary>One decision event as it arrived.</summary>
public sealed record Received(string Decision, string? MessageId, string? Category, string? Detail, long At);

/// <summary>Every decision event of the three decision exchanges, kept in a durable queue of its own so events published
/// while the broker restarts are not lost to the test; acked only once recorded.</summary>
public sealed class DecisionLog : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> _byComment = new();
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private DecisionLog(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<DecisionLog> StartAsync(DedicatedServers servers)
    {
        var connection = await servers.ConnectAsync("faults decision log");
        var channel = await connection.CreateChannelAsync();
        var queue = $"faults-decisions-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        foreach (var exchange in ModerationTopology.DecisionExchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(queue, exchange, string.Empty);
        }

        var log = new DecisionLog(connection, channel, queue);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            log.Record(delivery.Body.Span, delivery.BasicProperties.MessageId);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return log;
    }

    /// <summary>The log's own queue, bound to the decision exchanges.</summary>
    public string Queue => _queue;

    public IReadOnlyCollection<Received> For(string commentId) =>
        _byComment.TryGetValue(commentId, out var events) ? events : [];

    /// <summary>How many of <paramref name="commentIds"/> have at least one decision.</summary>
    public int DecidedOf(IEnumerable<string> commentIds) => commentIds.Count(_byComment.ContainsKey);

    /// <summary>The Stopwatch timestamp of the first decision of each comment that has one.</summary>
    public IEnumerable<long> FirstDecisionTimes(IEnumerable<string> commentIds) =>
        commentIds.Select(For).Where(events => events.Count > 0).Select(events => events.Min(e => e.At));

    private void Record(ReadOnlySpan<byte> body, string? messageId)
    {
        var at = Stopwatch.GetTimestamp();
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(body));
        var root = json.RootElement;
        var id = root.GetProperty("commentId").GetString()!;
        string? category = null;
        string? detail = null;
        if (root.TryGetProperty("reasons", out var reasons) && reasons.GetArrayLength() > 0)
        {
            category = reasons[0].TryGetProperty("category", out var c) ? c.GetString() : null;
            detail = reasons[0].TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        }

        if (detail is null && root.TryGetProperty("detail", out var topDetail) && topDetail.ValueKind == JsonValueKind.String)
        {
            detail = topDetail.GetString();
        }

        _byComment.GetOrAdd(id, _ => new ConcurrentQueue<Received>())
            .Enqueue(new Received(root.GetProperty("decision").GetString()!, messageId, category, detail, at));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _channel.QueueDeleteAsync(_queue);
            await _channel.CloseAsync();
            await _connection.CloseAsync();
        }
        catch (Exception)
        {
            // The broker may be down at the end of a failed test; the queue is then left behind on the test node only.
        }

        _channel.Dispose();
        _connection.Dispose();
    }
}

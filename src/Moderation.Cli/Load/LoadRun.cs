using System.Diagnostics;
using System.Text.Json;
using Moderation.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Moderation.Cli.Load;

/// <summary>One measured run against one target: listen to its answers, publish the bodies (paced or flat out, with
/// publisher confirms), wait until every comment is answered or answers stop coming, and tally.</summary>
public sealed class LoadRun
{
    private const int ConfirmWindow = 256;
    private static readonly byte[] CommentIdProperty = "commentId"u8.ToArray();

    private readonly LoadTarget _target;
    private readonly DecisionTally _tally;
    private readonly string _idPrefix;
    private int _published;

    public LoadRun(LoadTarget target, string runId, int count)
    {
        _target = target;
        _tally = new DecisionTally(count);
        _idPrefix = CommentSource.IdPrefix(runId);
    }

    public DecisionTally Tally => _tally;

    /// <summary>Comments published so far.</summary>
    public int Published => Volatile.Read(ref _published);

    public async Task<LoadResult> RunAsync(Uri broker, byte[][] bodies, double rate, TimeSpan settle, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = $"moderation load: {_target.Name}" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var listen = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await using var publish = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
            cancellationToken);

        await ListenAsync(listen, cancellationToken);
        await publish.ExchangeDeclareAsync(_target.SubmitExchange, ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken);

        var started = Stopwatch.GetTimestamp();
        await PublishAsync(publish, bodies, rate, started, cancellationToken);
        var publishEnded = Stopwatch.GetTimestamp();
        await SettleAsync(settle, cancellationToken);
        return _tally.Result(_target.Name, started, publishEnded);
    }

    private async Task ListenAsync(IChannel channel, CancellationToken cancellationToken)
    {
        var queue = (await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)).QueueName;
        foreach (var exchange in _target.DecisionExchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, string.Empty, cancellationToken: cancellationToken);
        }

        // One dispatcher (the default): DecisionTally relies on answers of one comment being counted one at a time.
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var now = Stopwatch.GetTimestamp();
            var index = IndexOf(delivery.Body.Span);
            if (index < 0)
            {
                _tally.Foreign();
            }
            else
            {
                _tally.Received(index, _target.OutcomeOf(delivery.Exchange), delivery.BasicProperties.MessageId, now);
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer, cancellationToken);
    }

    private async Task PublishAsync(IChannel channel, byte[][] bodies, double rate, long started, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { ContentType = ModerationTopology.ContentType, DeliveryMode = DeliveryModes.Persistent };
        var pending = new List<Task>(ConfirmWindow);
        for (var i = 0; i < bodies.Length; i++)
        {
            if (rate > 0)
            {
                // Paced: publish what is due by now, then wait for the next millisecond.
                while (i >= rate * Stopwatch.GetElapsedTime(started).TotalSeconds)
                {
                    await Task.Delay(1, cancellationToken);
                }
            }

            _tally.Published(i, Stopwatch.GetTimestamp());
            pending.Add(channel.BasicPublishAsync(_target.SubmitExchange, string.Empty, mandatory: false, properties, bodies[i], cancellationToken).AsTask());
            Interlocked.Increment(ref _published);
            if (pending.Count >= ConfirmWindow)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
    }

    private async Task SettleAsync(TimeSpan settle, CancellationToken cancellationToken)
    {
        var lastCount = -1;
        var lastProgress = Stopwatch.GetTimestamp();
        while (_tally.Decided < _tally.Count)
        {
            var decided = _tally.Decided;
            if (decided != lastCount)
            {
                lastCount = decided;
                lastProgress = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(lastProgress) > settle)
            {
                return;
            }

            await Task.Delay(20, cancellationToken);
        }

        // Late duplicates of a crash window would show up now; give them a short moment.
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(500, settle.TotalMilliseconds)), cancellationToken);
    }

    /// <summary>The comment number of an answer body from this run, or -1.</summary>
    private int IndexOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(CommentIdProperty))
                {
                    reader.Read();
                    var id = reader.GetString();
                    return id is not null && id.StartsWith(_idPrefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(_idPrefix.Length), out var index) ? index : -1;
                }

                if (reader.CurrentDepth >= 1)
                {
                    reader.TrySkip();
                }
            }
        }
        catch (JsonException)
        {
        }

        return -1;
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Moderation.Contracts;
using RabbitMQ.Client;

namespace Moderation.Faults.Tests.Hosting;

/// <summary>A CMS publishing comments at a steady rate with publisher confirms. A publish the broker did not confirm
/// (it was restarting) is published again, as a CMS would: those re-publications are counted.</summary>
public sealed class SteadyPublisher : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _published = [];
    private int _republished;

    private SteadyPublisher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<SteadyPublisher> ConnectAsync(DedicatedServers servers)
    {
        var connection = await servers.ConnectAsync("faults publisher");
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.ExchangeDeclareAsync(ModerationTopology.CommentSubmittedExchange, ExchangeType.Fanout, durable: true);
        return new SteadyPublisher(connection, channel);
    }

    /// <summary>Comment ids confirmed so far, in order.</summary>
    public IReadOnlyList<string> Published
    {
        get
        {
            lock (_published)
            {
                return _published.ToList();
            }
        }
    }

    public int Republished => Volatile.Read(ref _republished);

    /// <summary>Publishes <paramref name="count"/> comments at <paramref name="perSecond"/>, retrying unconfirmed ones.</summary>
    public async Task RunAsync(int count, int perSecond, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            while (i >= perSecond * Stopwatch.GetElapsedTime(started).TotalSeconds)
            {
                await Task.Delay(2, cancellationToken);
            }

            var id = $"f-{_runId}-{i}";
            await PublishConfirmedAsync(Body(id, $"Komentar nomor {i % 37} soal harga beras, semoga cepat turun ya pak {i % 11}."), cancellationToken);
            lock (_published)
            {
                _published.Add(id);
            }
        }
    }

    /// <summary>Publishes one raw body to the comment-submitted exchange and waits for the broker's confirm.</summary>
    public async Task PublishRawAsync(byte[] body, string contentType = ModerationTopology.ContentType) =>
        await PublishConfirmedAsync(body, CancellationToken.None, contentType);

    public static byte[] Body(string commentId, string text) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
    {
        ["commentId"] = commentId,
        ["articleId"] = "a-7421",
        ["section"] = "ekonomi",
        ["authorId"] = $"u-{commentId.GetHashCode() & 0xFFF}",
        ["text"] = text,
        ["submittedAt"] = "2026-11-25T19:00:00Z",
    });

    private async Task PublishConfirmedAsync(byte[] body, CancellationToken cancellationToken, string contentType = ModerationTopology.ContentType)
    {
        var properties = new BasicProperties { ContentType = contentType, DeliveryMode = DeliveryModes.Persistent };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await _channel.BasicPublishAsync(ModerationTopology.CommentSubmittedExchange, string.Empty, mandatory: false, properties, body, timeout.Token);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (attempt == 0)
                {
                    Interlocked.Increment(ref _republished);
                }

                if (attempt > 600)
                {
                    throw;
                }

                // The connection recovers by itself; wait for it rather than spinning.
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _channel.CloseAsync();
            await _connection.CloseAsync();
        }
        catch (Exception)
        {
            // Closing a connection to a broker that is down at the end of a failed test.
        }

        _channel.Dispose();
        _connection.Dispose();
    }
}

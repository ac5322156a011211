using Moderation.Contracts;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using RabbitMQ.Client;

namespace Moderation.Service.Messaging;

/// <summary>Decision events on a RabbitMQ channel of their own, with publisher confirms: the recorded decision's JSON as the
/// body, <c>content-type: application/json</c>, persistent, and the key's message id; nothing else.</summary>
/// <remarks>Publishing through MassTransit cost about a fifth of the service's CPU per comment (its send pipeline, an
/// indented serialisation and five headers the contract does not have); the comments are still consumed through MassTransit,
/// which keeps the retries and the error queue. The connection recovers by itself after a broker restart; a publish while it
/// is down fails, and the comment is retried like any other. Opened at the first publish, so the service still starts (and
/// waits) while the broker is away.</remarks>
public sealed partial class RabbitDecisionExchanges(BrokerAddress broker, ILogger<RabbitDecisionExchanges> logger)
    : IDecisionExchanges, IAsyncDisposable
{
    // Confirms tracked per publish, without the client's default throttle (it costs 15-30% of publish throughput here).
    private static readonly CreateChannelOptions Confirmed =
        new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null);

    private readonly SemaphoreSlim _opening = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;
    private Exception? _openFailure;
    private int _disposed;

    /// <summary>Whether decisions can be published now: null while nothing was tried yet (the first publish opens the
    /// connection), otherwise open or why not.</summary>
    public (bool Open, string Detail)? State => (_connection, _channel, _openFailure) switch
    {
        ({ IsOpen: false } connection, _, _) => (false, $"connection lost ({connection.CloseReason?.ReplyText ?? "no reason given"}); recovering"),
        ({ IsOpen: true }, { IsOpen: true }, _) => (true, "channel open"),
        ({ IsOpen: true }, { } channel, _) => (false, $"channel closed ({channel.CloseReason?.ReplyText ?? "no reason given"})"),
        (null, _, { } failure) => (false, $"cannot connect ({failure.Message})"),
        _ => null,
    };

    public async Task PublishAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken)
    {
        var exchange = ModerationTopology.ExchangeOf(decision);
        var properties = new BasicProperties
        {
            ContentType = ModerationTopology.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = key.MessageId.ToString(),
        };
        var body = DecisionJson.SerializeToUtf8Bytes(decision);
        var channel = await OpenAsync(cancellationToken);
        await channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, properties, body, cancellationToken);
    }

    /// <summary>The channel: opened with the connection the first time, and again when the broker closed it for an error of
    /// its own (a missing exchange, a permission) while the connection lives. A channel closed with its connection is left
    /// to the client's recovery; publishes on it fail fast meanwhile.</summary>
    private async ValueTask<IChannel> OpenAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _channel) is { } channel && !ClosedByChannelError(channel))
        {
            return channel;
        }

        await _opening.WaitAsync(cancellationToken);
        try
        {
            if (_channel is not null && !ClosedByChannelError(_channel))
            {
                return _channel;
            }

            try
            {
                _connection ??= await ConnectAsync(cancellationToken);
                _openFailure = null;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                _openFailure = error;
                throw;
            }

            if (_channel is not null)
            {
                LogChannelReopened(logger, _channel.CloseReason?.ReplyText);
                _channel.Dispose();
            }

            var opened = await _connection.CreateChannelAsync(Confirmed, cancellationToken);
            // Idempotent; declared here too, so no publish meets a missing exchange (which would close the channel).
            foreach (var exchange in ModerationTopology.DecisionExchanges)
            {
                await opened.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            }

            Volatile.Write(ref _channel, opened);
            return opened;
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>AMQP 403-406 (access refused, not found, resource locked, precondition failed) close a channel, not the
    /// connection, and the client's recovery does not reopen it.</summary>
    private static bool ClosedByChannelError(IChannel channel) => !channel.IsOpen && channel.CloseReason is { ReplyCode: >= 403 and <= 406 };

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var factory = broker.CreateConnectionFactory($"moderation-service decisions {Environment.MachineName}");
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        connection.ConnectionShutdownAsync += (_, shutdown) =>
        {
            if (shutdown.Initiator != ShutdownInitiator.Application)
            {
                LogConnectionLost(logger, shutdown.ReplyText);
            }

            return Task.CompletedTask;
        };
        connection.RecoverySucceededAsync += (_, _) =>
        {
            LogConnectionRecovered(logger);
            return Task.CompletedTask;
        };
        return connection;
    }

    /// <summary>Closes the channel and the connection; safe to call more than once (the container disposes this instance
    /// once as itself and once as <see cref="IDecisionExchanges"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (_channel is not null)
            {
                await _channel.CloseAsync();
            }

            if (_connection is not null)
            {
                await _connection.CloseAsync();
            }
        }
        catch (Exception error) when (error is RabbitMQ.Client.Exceptions.AlreadyClosedException or IOException or OperationCanceledException)
        {
            // Shutting down while the broker is away: nothing left to close politely.
        }
        finally
        {
            _channel?.Dispose();
            _connection?.Dispose();
            _opening.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The decisions' connection to RabbitMQ was lost ({Reason}); decisions wait and are retried until it recovers")]
    private static partial void LogConnectionLost(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The decisions' connection to RabbitMQ recovered")]
    private static partial void LogConnectionRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The broker closed the decisions' channel ({Reason}); opening a new one")]
    private static partial void LogChannelReopened(ILogger logger, string? reason);
}

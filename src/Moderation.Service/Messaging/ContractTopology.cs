using Moderation.Contracts;
using Moderation.Service.Configuration;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Moderation.Service.Messaging;

/// <summary>Declares every exchange of the wire contract at start, so nothing published before the first decision is dropped
/// and consumers of comment-reviewed can bind before any moderator acts. MassTransit declares the same exchanges the same way.</summary>
public sealed class ContractTopology(BrokerAddress broker, ILogger<ContractTopology> logger) : IHostedService
{
    private static readonly string[] Exchanges =
        [ModerationTopology.CommentSubmittedExchange, .. ModerationTopology.DecisionExchanges, ModerationTopology.CommentReviewedExchange];

    /// <summary>Waits between attempts while the broker cannot be reached: quick at first, then every 30 s.</summary>
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)];

    /// <summary>Declares the exchanges, waiting for the broker as long as it takes (start-up is cancelled by a stop signal):
    /// a service started while RabbitMQ is down, or starting before it in a deployment, waits and then runs, instead of
    /// crashing into a restart loop.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await DeclareAsync(cancellationToken);
                logger.LogInformation("Declared the contract's exchanges on {Host}:{Port}/{VirtualHost}", broker.Host, broker.Port, broker.VirtualHost);
                return;
            }
            catch (Exception error) when (error is BrokerUnreachableException or OperationInterruptedException or IOException or TimeoutException
                                          && !cancellationToken.IsCancellationRequested)
            {
                var wait = Backoff[Math.Min(attempt, Backoff.Length - 1)];
                logger.LogWarning("RabbitMQ at {Host}:{Port}/{VirtualHost} cannot be reached ({Reason}); trying again in {Wait} s. The service starts once it can.",
                    broker.Host, broker.Port, broker.VirtualHost, Innermost(error).Message, wait.TotalSeconds);
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    private async Task DeclareAsync(CancellationToken cancellationToken)
    {
        var factory = broker.CreateConnectionFactory("moderation-service topology");
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var exchange in Exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        }
    }

    private static Exception Innermost(Exception error) => error.InnerException is { } inner ? Innermost(inner) : error;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

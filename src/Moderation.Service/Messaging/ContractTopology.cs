using Moderation.Contracts;
using Moderation.Service.Configuration;
using RabbitMQ.Client;

namespace Moderation.Service.Messaging;

/// <summary>Declares every exchange of the wire contract at start, so nothing published before the first decision is dropped
/// and consumers of comment-reviewed can bind before any moderator acts. MassTransit declares the same exchanges the same way.</summary>
public sealed class ContractTopology(BrokerAddress broker, ILogger<ContractTopology> logger) : IHostedService
{
    private static readonly string[] Exchanges =
    [
        ModerationTopology.CommentSubmittedExchange,
        ModerationTopology.CommentApprovedExchange,
        ModerationTopology.CommentFlaggedExchange,
        ModerationTopology.CommentRejectedExchange,
        ModerationTopology.CommentReviewedExchange,
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker.ToUri(), ClientProvidedName = "moderation-service topology" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var exchange in Exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        }

        logger.LogInformation("Declared the contract's exchanges on {Host}:{Port}/{VirtualHost}", broker.Host, broker.Port, broker.VirtualHost);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

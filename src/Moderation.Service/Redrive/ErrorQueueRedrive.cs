using Moderation.Contracts;
using Moderation.Service.Configuration;
using RabbitMQ.Client;

namespace Moderation.Service.Redrive;

/// <summary>`Moderation.Service redrive [--max N]`: moves the messages parked in the error queue back to the service's queue.</summary>
/// <remarks>Each message is republished to the queue (default exchange, so no other subscriber of comment-submitted sees it again)
/// with the broker's confirm, then acked in the error queue; a crash in between re-drives it twice, which exactly-once absorbs.
/// Only the messages present at the start are moved, so one that fails again is not looped forever.</remarks>
public static class ErrorQueueRedrive
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, IConfiguration? configuration = null)
    {
        output ??= Console.Out;
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var connectionString = configuration.GetConnectionString("RabbitMq");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync("error: set ConnectionStrings__RabbitMq (amqp://user:pass@host:port/vhost).");
            return 2;
        }

        var max = args is ["--max", var n] && int.TryParse(n, out var parsed) ? parsed : int.MaxValue;
        var factory = BrokerAddress.Parse(connectionString).CreateConnectionFactory("moderation redrive");
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var waiting = await channel.MessageCountAsync(ModerationTopology.ErrorQueue);
        var moved = 0;
        while (moved < Math.Min(waiting, (uint)Math.Max(0, max)))
        {
            var message = await channel.BasicGetAsync(ModerationTopology.ErrorQueue, autoAck: false);
            if (message is null)
            {
                break;
            }

            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = message.BasicProperties.Headers?
                    .Where(header => !header.Key.StartsWith("MT-Fault", StringComparison.Ordinal) && header.Key != "MT-Reason")
                    .ToDictionary(header => header.Key, header => header.Value),
            };
            await channel.BasicPublishAsync(string.Empty, ModerationTopology.ServiceQueue, mandatory: true, properties, message.Body);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false);
            moved++;
        }

        await output.WriteLineAsync($"re-drove {moved} message(s) from {ModerationTopology.ErrorQueue} to {ModerationTopology.ServiceQueue}");
        return 0;
    }
}

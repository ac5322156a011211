using Moderation.Service.Configuration;

namespace Moderation.Service.Tests.Hosting;

/// <summary>The real RabbitMQ and Redis the integration tests need, from the environment deploy/local/servers.sh writes.</summary>
public static class Servers
{
    public static string RabbitMq => Require("ConnectionStrings__RabbitMq");

    public static string Redis => Require("ConnectionStrings__Redis");

    public static BrokerAddress Broker => BrokerAddress.Parse(RabbitMq);

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Start the servers and load their settings first: " +
                "`deploy/local/servers.sh start && source deploy/local/servers.env` (or run deploy/local/test.sh).");
}

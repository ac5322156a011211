using RabbitMQ.Client;

namespace Moderation.Service.Configuration;

/// <summary>The parts of an <c>amqp://user:pass@host:port/vhost</c> connection string.</summary>
public sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password, bool UseSsl)
{
    public static BrokerAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidSettingException("ConnectionStrings:RabbitMq must be an amqp:// or amqps:// URI, e.g. amqp://user:pass@127.0.0.1:5672/vhost.");
        }

        var user = uri.UserInfo.Split(':', 2);
        var username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest";
        var password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest";
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var ssl = uri.Scheme == "amqps";
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (ushort)(ssl ? 5671 : 5672) : (ushort)uri.Port;
        return new BrokerAddress(uri.Host, port, vhost.Length == 0 ? "/" : vhost, username, password, ssl);
    }

    /// <summary>A RabbitMQ.Client connection factory for this address (TLS for amqps), under the name the broker's
    /// connection list shows.</summary>
    public ConnectionFactory CreateConnectionFactory(string clientName) => new() { Uri = ToUri(), ClientProvidedName = clientName };

    /// <summary>The same address as a URI (for RabbitMQ.Client).</summary>
    public Uri ToUri() =>
        new($"{(UseSsl ? "amqps" : "amqp")}://{Uri.EscapeDataString(Username)}:{Uri.EscapeDataString(Password)}@{Host}:{Port}/{Uri.EscapeDataString(VirtualHost)}");
}

using System.Text.RegularExpressions;
using Moderation.Contracts;
using RabbitMQ.Client;

namespace Moderation.Faults.Tests.Hosting;

/// <summary>A RabbitMQ node and a Redis of the tests' own (servers.sh start-instance), on ports offset from the shared
/// ones, so restarting or stopping them never touches what other test assemblies and developers use.</summary>
public sealed partial class DedicatedServers : IAsyncLifetime
{
    public const string Name = "faults";
    private const string PortOffset = "100";

    public string RabbitMq { get; private set; } = "";

    public string Redis { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var env = await Script.ServersAsync("start-instance", Name, PortOffset);
        RabbitMq = Value(env, "ConnectionStrings__RabbitMq");
        Redis = Value(env, "ConnectionStrings__Redis");
    }

    public async Task DisposeAsync() => await Script.ServersAsync("stop-instance", Name);

    public Task RestartRabbitMqAsync() => Script.ServersAsync("restart-instance-rabbitmq", Name);

    public Task StopRabbitMqAsync() => Script.ServersAsync("stop-instance-rabbitmq", Name);

    public Task StartRabbitMqAsync() => Script.ServersAsync("start-instance-rabbitmq", Name);

    public Task StopRedisAsync() => Script.ServersAsync("stop-instance-redis", Name);

    public Task StartRedisAsync() => Script.ServersAsync("start-instance-redis", Name);

    public async Task<IConnection> ConnectAsync(string name)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(RabbitMq),
            ClientProvidedName = name,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromMilliseconds(500),
        };
        return await factory.CreateConnectionAsync();
    }

    /// <summary>Deletes the service's queue and its error queue, so each test starts from empty queues.</summary>
    public async Task ResetQueuesAsync()
    {
        await using var connection = await ConnectAsync("faults reset");
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(ModerationTopology.ServiceQueue);
        await channel.QueueDeleteAsync(ModerationTopology.ErrorQueue);
    }

    /// <summary>Messages waiting in the error queue (0 when it does not exist yet).</summary>
    public async Task<uint> ErrorQueueDepthAsync() => (await QueueAsync(ModerationTopology.ErrorQueue))?.MessageCount ?? 0;

    /// <summary>A queue's ready messages and consumers, for a failed test's output; "absent" when it does not exist.</summary>
    public async Task<string> DescribeQueueAsync(string queue) =>
        await QueueAsync(queue) is { } ok ? $"{queue}: {ok.MessageCount} ready, {ok.ConsumerCount} consumers" : $"{queue}: absent";

    private async Task<QueueDeclareOk?> QueueAsync(string queue)
    {
        await using var connection = await ConnectAsync("faults queue depth");
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    private static string Value(string env, string name) =>
        EnvLine().Matches(env).Single(m => m.Groups[1].Value == name).Groups[2].Value;

    [GeneratedRegex(@"export (\w+)='([^']*)'")]
    private static partial Regex EnvLine();
}

/// <summary>Every test that uses the dedicated servers runs in this one collection, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DedicatedServersCollection : ICollectionFixture<DedicatedServers>
{
    public const string Name = "dedicated servers";
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moderation.Service.Observability;
using Prometheus;

namespace Moderation.Service.Tests.Hosting;

/// <summary>The service hosted in-process with the given settings (anything not given is empty, i.e. in-memory transport and stores).</summary>
public sealed class ServiceHost(IReadOnlyDictionary<string, string?> settings, string environment = "Development") : WebApplicationFactory<Program>
{
    public static ServiceHost InMemory(params (string Key, string? Value)[] settings) =>
        new(With(settings, ("ConnectionStrings:RabbitMq", ""), ("ConnectionStrings:Redis", "")));

    public static ServiceHost OnServers(RabbitVirtualHost vhost, string redisPrefix, params (string Key, string? Value)[] settings) =>
        new(With(settings,
            ("ConnectionStrings:RabbitMq", vhost.ConnectionString),
            ("ConnectionStrings:Redis", $"{Servers.Redis},name={vhost.Address.VirtualHost}"),
            ("Moderation:RedisKeyPrefix", redisPrefix)));

    public CollectorRegistry Metrics => Services.GetRequiredService<ModerationMetrics>().Registry;

    /// <summary>This host with some of its services replaced by the test's own; disposing this host disposes that one too.</summary>
    public WebApplicationFactory<Program> Replacing(Action<IServiceCollection> services) =>
        WithWebHostBuilder(builder => builder.ConfigureTestServices(services));

    /// <summary>Starts the host (bus connected, endpoints declared) and returns it.</summary>
    public ServiceHost Started()
    {
        _ = Server;
        return this;
    }

    /// <summary>Stops the host as SIGTERM would (graceful shutdown: in-flight comments finish or return to the queue).</summary>
    /// <remarks>Through the application lifetime, so the app's own RunAsync stops and only then disposes the host; stopping the
    /// host directly as well would let RunAsync dispose it while the bus is still draining.</remarks>
    public async Task StopAsync()
    {
        var lifetime = Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
        lifetime.StopApplication();
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (!settings.Keys.Any(key => key.StartsWith("Review:Accounts", StringComparison.Ordinal)))
        {
            foreach (var (key, value) in Moderators.Settings)
            {
                builder.UseSetting(key, value);
            }
        }

        if (Environment.GetEnvironmentVariable("MODERATION_TEST_LOG") is { Length: > 0 } log)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new FileLoggerProvider(log)));
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private static Dictionary<string, string?> With((string Key, string? Value)[] overrides, params (string Key, string? Value)[] defaults)
    {
        var all = defaults.ToDictionary(pair => pair.Key, pair => pair.Value);
        all["Moderation:RetryIntervals:0"] = "00:00:00.2";
        // Test keys expire on their own: scanning a shared Redis to delete a prefix is slow when it holds many keys.
        all["Moderation:DecisionTtl"] = "00:30:00";
        all["Moderation:ScoreCacheTtl"] = "00:30:00";
        all["Logging:LogLevel:Default"] = "Warning";
        foreach (var (key, value) in overrides)
        {
            all[key] = value;
        }

        return all;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Moderation.Testing;

namespace Moderation.Faults.Tests.Hosting;

/// <summary>The service as a real, separate process (the built Moderation.Service.dll) on a free port.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Dictionary<string, string> _environment;
    private readonly string _logPath;
    private Process? _process;

    public ServiceProcess(string rabbitMq, string redis, string redisPrefix, params (string Key, string Value)[] settings)
    {
        Port = FreePort();
        _logPath = Path.Combine(Path.GetTempPath(), $"moderation-service-{Port}-{Guid.NewGuid():N}.log");
        _environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMq"] = rabbitMq,
            ["ConnectionStrings__Redis"] = redis,
            ["Moderation__RedisKeyPrefix"] = redisPrefix,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_gcServer"] = "0",
        };
        foreach (var (key, value) in settings)
        {
            _environment[key] = value;
        }
    }

    public int Port { get; }

    public int Pid => _process?.Id ?? 0;

    /// <summary>What the process has written to stdout and stderr so far.</summary>
    public string Log
    {
        get
        {
            if (!File.Exists(_logPath))
            {
                return "";
            }

            using var stream = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Starts the process and waits until /health/ready answers 200.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, UseShellExecute = false };
        start.ArgumentList.Add(Repository.ServiceDll);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        var log = new StreamWriter(_logPath, append: true) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Eventually.GetAsync(IsReadyAsync, ready => ready || _process.HasExited, timeout ?? TimeSpan.FromSeconds(90), $"the service on port {Port} to be ready (log: {_logPath})");
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The service exited with {_process.ExitCode} before it was ready; log: {_logPath}");
        }
    }

    /// <summary>SIGKILL: no shutdown, no acks, in-flight work lost mid-way.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM, then waits for the graceful shutdown to finish.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    public async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await Http.GetAsync($"http://127.0.0.1:{Port}/health/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async Task<string> MetricsAsync() => await Http.GetStringAsync($"http://127.0.0.1:{Port}/metrics");

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

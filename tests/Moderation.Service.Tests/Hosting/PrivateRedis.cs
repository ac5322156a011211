using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Moderation.Testing;

namespace Moderation.Service.Tests.Hosting;

/// <summary>A redis-server of the test's own on a free port, started and stopped at will, so outage tests never touch the shared one.</summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private Process? _process;

    public int Port { get; } = FreePort();

    /// <summary>The connection string; usable while the server is down (the service must start and retry).</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000";

    public async Task StartAsync()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: run deploy/local/servers.sh start (it installs redis-server).");
        }

        _process = Process.Start(new ProcessStartInfo(Binary, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _process.BeginOutputReadLine();
        await Eventually.GetAsync(() => Task.FromResult(Answers()), up => up, TimeSpan.FromSeconds(10), $"redis-server on port {Port}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

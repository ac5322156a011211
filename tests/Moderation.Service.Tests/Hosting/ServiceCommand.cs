using System.Diagnostics;
using Moderation.Testing;

namespace Moderation.Service.Tests.Hosting;

/// <summary>The built service run as its own process, as an operator starts it, for what it prints and its exit code.</summary>
public static class ServiceCommand
{
    private static string Dll => Path.Combine(RepositoryLayout.Root, "src", "Moderation.Service", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "Moderation.Service.dll");

    /// <summary>Runs the service with the given environment (in-memory transport and stores unless set) until it exits.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string environment, params (string Key, string Value)[] settings)
    {
        using var process = Process.Start(StartInfo(environment, settings))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The service did not exit within 60 s; it printed: {await output}{await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Starts the service (Development, in-memory) on a free port and waits until it answers; kill it when done.</summary>
    public static async Task<(Process Process, Uri Address)> StartAsync(params (string Key, string Value)[] settings)
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var address = new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)probe.LocalEndpoint).Port}");
        probe.Stop();
        var process = Process.Start(StartInfo("Development", [.. settings, ("ASPNETCORE_URLS", address.ToString().TrimEnd('/'))]))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.GetAsync(async () =>
        {
            try
            {
                return process.HasExited || (await http.GetAsync("/health/live")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, up => up, TimeSpan.FromSeconds(60), $"the service on {address}");
        return process.HasExited ? throw new InvalidOperationException($"The service exited with {process.ExitCode}.") : (process, address);
    }

    private static ProcessStartInfo StartInfo(string environment, (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(Dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__RabbitMq"] = "";
        start.Environment["ConnectionStrings__Redis"] = "";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}

using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;

namespace Moderation.Service.Loading;

/// <summary>Loads the pipeline at start, then polls the model directory and the policy file and reloads when they change.</summary>
/// <remarks>Polling rather than FileSystemWatcher: it also works on bind mounts and network volumes, and sees a model replaced by rename.</remarks>
public sealed class PipelineReloader(ActivePipeline active, IOptions<ModerationOptions> options) : BackgroundService
{
    private string _signature = string.Empty;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _signature = Signature();
        active.Reload();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReloadInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var signature = Signature();
                if (signature != _signature)
                {
                    _signature = signature;
                    active.Reload();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (also when the host failed to start, where the host would report the cancellation as a fault).
        }
    }

    private string Signature()
    {
        var files = Directory.Exists(active.ModelsDirectory)
            ? Directory.EnumerateFiles(active.ModelsDirectory, "*", SearchOption.AllDirectories).Append(active.PolicyPath).Distinct()
            : [active.PolicyPath];
        return string.Join('|', files.Order(StringComparer.Ordinal).Select(path =>
        {
            var info = new FileInfo(path);
            return info.Exists ? $"{path}:{info.Length}:{info.LastWriteTimeUtc.Ticks}" : $"{path}:-";
        }));
    }
}

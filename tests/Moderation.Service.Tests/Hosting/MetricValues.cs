using System.Text;
using Moderation.Testing;
using Prometheus;

namespace Moderation.Service.Tests.Hosting;

/// <summary>Reads sample values out of a Prometheus registry (the text the /metrics endpoint serves).</summary>
public static class MetricValues
{
    /// <summary>The sum of all samples whose line starts with <paramref name="sample"/> (a name, optionally with the start of its labels).</summary>
    public static async Task<double> SumAsync(CollectorRegistry registry, string sample)
    {
        using var stream = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(stream);
        return MetricText.Sum(Encoding.UTF8.GetString(stream.ToArray()), sample);
    }
}

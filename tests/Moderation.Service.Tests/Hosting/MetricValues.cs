using System.Globalization;
using System.Text;
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
        return Sum(Encoding.UTF8.GetString(stream.ToArray()), sample);
    }

    public static double Sum(string exposition, string sample) => exposition
        .Split('\n')
        .Where(line => line.StartsWith(sample, StringComparison.Ordinal) && (line.Length == sample.Length || line[sample.Length] is ' ' or '{' or ',' or '}'))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}

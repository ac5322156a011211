using System.Globalization;

namespace Moderation.Testing;

/// <summary>Reads sample values out of Prometheus exposition text (what a /metrics endpoint serves).</summary>
internal static class MetricText
{
    /// <summary>The sum of all samples whose line starts with <paramref name="sample"/> (a name, optionally with the start of its labels).</summary>
    public static double Sum(string exposition, string sample) => exposition
        .Split('\n')
        .Where(line => line.StartsWith(sample, StringComparison.Ordinal) && (line.Length == sample.Length || line[sample.Length] is ' ' or '{' or ',' or '}'))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}

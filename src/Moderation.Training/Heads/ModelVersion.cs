using System.Globalization;

namespace Moderation.Training.Heads;

/// <summary>The version a training run writes when none is given: the UTC date and time of the run (yyyy-MM-dd.HHmmss),
/// so a retrain never reuses a shipped version such as 2026-11-25.2.</summary>
public static class ModelVersion
{
    public static string At(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd.HHmmss", CultureInfo.InvariantCulture);
}

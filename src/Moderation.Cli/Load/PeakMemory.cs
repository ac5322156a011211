namespace Moderation.Cli.Load;

/// <summary>Peak resident memory of a process on Linux (VmHWM in /proc/PID/status).</summary>
public static class PeakMemory
{
    public static long? Of(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.TryParse(kb, out var value) ? value * 1024 : null;
            }
        }

        return null;
    }
}

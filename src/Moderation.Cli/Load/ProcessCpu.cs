namespace Moderation.Cli.Load;

/// <summary>CPU time a process has used so far on Linux (utime + stime in /proc/PID/stat), to report CPU per decision.</summary>
public static class ProcessCpu
{
    public static TimeSpan? Of(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path))
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of the whole line (utime, stime) are 12 and 13 after the name, in clock ticks (100 per second on Linux).
        return long.TryParse(fields[11], out var user) && long.TryParse(fields[12], out var system)
            ? TimeSpan.FromSeconds((user + system) / 100.0)
            : null;
    }
}

using System.Collections.Concurrent;

namespace Moderation.Service.Stores;

/// <summary>The in-memory twin of <see cref="RedisSlidingWindow"/>: per key, the latest time each member was seen.</summary>
public sealed class InMemorySlidingWindow
{
    private readonly ConcurrentDictionary<string, Dictionary<string, DateTimeOffset>> _sets = new(StringComparer.Ordinal);

    public int Record(string key, string member, DateTimeOffset at, TimeSpan window)
    {
        var set = _sets.GetOrAdd(key, _ => new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal));
        lock (set)
        {
            if (!set.TryGetValue(member, out var seen) || seen < at)
            {
                set[member] = at;
            }

            var from = at - window;
            foreach (var stale in set.Where(pair => pair.Value <= from).Select(pair => pair.Key).ToList())
            {
                set.Remove(stale);
            }

            return set.Count;
        }
    }
}

namespace Moderation.Testing;

/// <summary>Waits on a condition with a timeout, never a fixed sleep: probes until <c>done</c> holds and returns the last
/// value, or fails naming what it waited for and the last value seen. Compiled into every project under tests/.</summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}; last value: {last}");
            }

            await Task.Delay(PollInterval);
            last = await probe();
        }

        return last;
    }

    public static Task<T> GetAsync<T>(Func<T> probe, Func<T, bool> done, TimeSpan timeout, string what) =>
        GetAsync(() => Task.FromResult(probe()), done, timeout, what);
}

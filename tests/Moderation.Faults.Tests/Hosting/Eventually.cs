namespace Moderation.Faults.Tests.Hosting;

/// <summary>Waits on a condition with a timeout, never a fixed sleep.</summary>
public static class Eventually
{
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

            await Task.Delay(100);
            last = await probe();
        }

        return last;
    }

    public static Task<T> GetAsync<T>(Func<T> probe, Func<T, bool> done, TimeSpan timeout, string what) =>
        GetAsync(() => Task.FromResult(probe()), done, timeout, what);
}

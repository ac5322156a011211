using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Moderation.Service.Review.Accounts;

/// <summary>Limits password guessing: after <see cref="ReviewOptions.SignInFailuresPerAccount"/> failed sign-ins of one account,
/// or <see cref="ReviewOptions.SignInFailuresPerAddress"/> from one client address, within
/// <see cref="ReviewOptions.SignInFailureWindow"/>, further sign-ins of that account or from that address are refused until the
/// oldest failure leaves the window (a sliding window, so the wait is never longer than the window). Kept per instance.</summary>
public sealed class SignInThrottle(IOptions<ReviewOptions> options, TimeProvider time)
{
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait before trying again, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string accountId, string address)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var wait = Max(Wait(AccountKey(accountId), o.SignInFailuresPerAccount, now), Wait(AddressKey(address), o.SignInFailuresPerAddress, now));
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a failed sign-in against the account and the address.</summary>
    public void Failed(string accountId, string address)
    {
        var now = time.GetUtcNow();
        if (_failures.Count > SweepAbove)
        {
            Sweep(now);
        }

        _failures.GetOrAdd(AccountKey(accountId), _ => new Failures()).Add(now);
        _failures.GetOrAdd(AddressKey(address), _ => new Failures()).Add(now);
    }

    /// <summary>A successful sign-in clears the account's failures (the address's stay: it may be guessing other accounts).</summary>
    public void Succeeded(string accountId) => _failures.TryRemove(AccountKey(accountId), out _);

    private TimeSpan Wait(string key, int limit, DateTimeOffset now) =>
        _failures.TryGetValue(key, out var failures) ? failures.Wait(limit, options.Value.SignInFailureWindow, now) : TimeSpan.Zero;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (failures.Wait(1, options.Value.SignInFailureWindow, now) <= TimeSpan.Zero)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string AccountKey(string accountId) => "account:" + accountId;

    private static string AddressKey(string address) => "address:" + address;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The times of one key's failures within the window.</summary>
    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public void Add(DateTimeOffset at)
        {
            lock (_times)
            {
                _times.Enqueue(at);
            }
        }

        /// <summary>Zero when fewer than <paramref name="limit"/> failures are within the window; otherwise until the oldest of the
        /// last <paramref name="limit"/> leaves it.</summary>
        public TimeSpan Wait(int limit, TimeSpan window, DateTimeOffset now)
        {
            lock (_times)
            {
                while (_times.Count > 0 && _times.Peek() <= now - window)
                {
                    _times.Dequeue();
                }

                return _times.Count < limit ? TimeSpan.Zero : _times.ElementAt(_times.Count - limit) + window - now;
            }
        }
    }
}

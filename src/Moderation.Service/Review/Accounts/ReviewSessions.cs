using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using StackExchange.Redis;

namespace Moderation.Service.Review.Accounts;

/// <summary>Moderators' sessions kept on the server (the cookie holds only the session's key), so signing out ends the
/// session everywhere: a copy of the cookie taken before is refused afterwards. Each session lapses with its ticket.</summary>
public static class ReviewSessions
{
    /// <summary>How long a session whose ticket names no expiry is kept (the cookie's lifetime is set, so a fallback only).</summary>
    public static readonly TimeSpan Fallback = TimeSpan.FromHours(8);

    internal static TimeSpan Lifetime(AuthenticationTicket ticket, TimeProvider time) =>
        ticket.Properties.ExpiresUtc is { } expires ? expires - time.GetUtcNow() : Fallback;
}

/// <summary>Sessions in Redis, shared by every instance.</summary>
public sealed class RedisReviewSessions(IConnectionMultiplexer redis, IOptions<ModerationOptions> options, TimeProvider time) : ITicketStore
{
    private readonly string _prefix = $"{options.Value.RedisKeyPrefix}review-session:";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        await RenewAsync(key, ticket);
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var lifetime = ReviewSessions.Lifetime(ticket, time);
        if (lifetime <= TimeSpan.Zero)
        {
            await RemoveAsync(key);
            return;
        }

        await redis.GetDatabase().StringSetAsync(_prefix + key, TicketSerializer.Default.Serialize(ticket), lifetime);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var bytes = await redis.GetDatabase().StringGetAsync(_prefix + key);
        return bytes.IsNull ? null : TicketSerializer.Default.Deserialize((byte[])bytes!);
    }

    public async Task RemoveAsync(string key) => await redis.GetDatabase().KeyDeleteAsync(_prefix + key);
}

/// <summary>Sessions in process memory (the no-configuration default).</summary>
public sealed class InMemoryReviewSessions(TimeProvider time) : ITicketStore
{
    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset Until)> _sessions = new(StringComparer.Ordinal);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        _sessions[key] = (ticket, time.GetUtcNow() + ReviewSessions.Lifetime(ticket, time));
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (_sessions.TryGetValue(key, out var session))
        {
            if (session.Until > time.GetUtcNow())
            {
                return Task.FromResult<AuthenticationTicket?>(session.Ticket);
            }

            _sessions.TryRemove(key, out _);
        }

        return Task.FromResult<AuthenticationTicket?>(null);
    }

    public Task RemoveAsync(string key)
    {
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}

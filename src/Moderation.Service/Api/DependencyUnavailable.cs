using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Moderation.Service.Moderating;
using StackExchange.Redis;

namespace Moderation.Service.Api;

/// <summary>A request that failed because something the service depends on is not there (Redis unreachable, no model and policy
/// loaded) is answered 503 with a ProblemDetails body and <c>Retry-After</c>: the caller should try again, not give up on a 500.</summary>
public sealed partial class DependencyUnavailable(IProblemDetailsService problems, ILogger<DependencyUnavailable> logger) : IExceptionHandler
{
    /// <summary>Seconds a caller is asked to wait: about Redis's reconnect and the pipeline's reload interval.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (Missing(exception) is not { } missing || http.Response.HasStarted)
        {
            return false;
        }

        LogUnavailable(logger, http.Request.Method, http.Request.Path, missing, exception.Message);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = $"{missing} is not available; try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    /// <summary>What is missing, when <paramref name="exception"/> (or one it wraps) says a dependency is down; otherwise null.</summary>
    public static string? Missing(Exception? exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            switch (error)
            {
                case RedisConnectionException or RedisTimeoutException:
                    return "Redis";
                case PipelineNotLoadedException:
                    return "The model and policy";
                case AggregateException { InnerExceptions: var inner } when inner.Select(Missing).FirstOrDefault(m => m is not null) is { } found:
                    return found;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: {Missing} is not available ({Error})")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string missing, string error);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Formats.Audit;
using Moderation.Service.Moderating;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Desk;

namespace Moderation.Service.Review.Api;

/// <summary>Sign-in and sign-out of moderators, and the CSRF token the UI sends with every change.</summary>
public static partial class ReviewSessionApi
{
    public static IEndpointRouteBuilder MapReviewSessionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/review/session");
        api.MapGet("/", GetSession);
        api.MapPost("/", SignInAsync).AddEndpointFilter<AntiforgeryFilter>();
        api.MapDelete("/", SignOutAsync).AddEndpointFilter<AntiforgeryFilter>();
        return app;
    }

    /// <summary>Who is signed in (if anyone) and a CSRF token bound to that identity.</summary>
    public static Ok<SessionView> GetSession(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var user = http.User;
        return user.Identity?.IsAuthenticated == true
            ? TypedResults.Ok(new SessionView(true, user.ModeratorId(), user.Identity.Name, user.FindFirstValue(ClaimTypes.Role), tokens.RequestToken!))
            : TypedResults.Ok(new SessionView(false, null, null, null, tokens.RequestToken!));
    }

    public static async Task<Results<NoContent, UnauthorizedHttpResult, ProblemHttpResult>> SignInAsync(
        SignInRequest request, HttpContext http, IOptions<ReviewOptions> options, SignInThrottle throttle, IAuditLog audit, TimeProvider time,
        ILogger<SignInRequest> logger, CancellationToken cancellationToken)
    {
        var attempted = Truncate(request.ModeratorId ?? string.Empty);
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(attempted, address) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            LogThrottled(logger, attempted, address, seconds);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Terlalu banyak percobaan masuk",
                detail: $"Coba lagi dalam {Math.Max(1, (seconds + 59) / 60)} menit.", extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
        }

        var account = options.Value.Accounts.FirstOrDefault(a => string.Equals(a.Id, request.ModeratorId, StringComparison.Ordinal));
        // Verify even for an unknown id, so the answer takes as long either way.
        var valid = ModeratorPassword.Verify(account?.PasswordHash ?? UnknownHash, request.Password ?? string.Empty) && account is not null;
        if (!valid)
        {
            throttle.Failed(attempted, address);
            LogFailed(logger, attempted, address);
            await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), attempted, AuditActions.SignInFailed, Note: $"from {address}"), cancellationToken);
            return TypedResults.Unauthorized();
        }

        throttle.Succeeded(account!.Id);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, account.Id), new Claim(ClaimTypes.Name, account.Name ?? account.Id), new Claim(ClaimTypes.Role, account.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await StartNewSessionAsync(http, new ClaimsPrincipal(identity));
        await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), account.Id, AuditActions.SignedIn), cancellationToken);
        return TypedResults.NoContent();
    }

    private static string Truncate(string id) => id.Length <= CommentFieldLimits.Id ? id : id[..CommentFieldLimits.Id];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in as '{ModeratorId}' from {Address}")]
    private static partial void LogFailed(ILogger logger, string moderatorId, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in as '{ModeratorId}' from {Address} refused for {Seconds} s: too many failed sign-ins")]
    private static partial void LogThrottled(ILogger logger, string moderatorId, string address, int seconds);

    public static async Task<NoContent> SignOutAsync(HttpContext http, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), http.User.ModeratorId(), AuditActions.SignedOut), cancellationToken);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    /// <summary>Ends the session the browser already holds (if any) and starts a new one under a new key. The cookie handler
    /// would otherwise store the new sign-in under the key of the cookie the request carries, so a cookie planted in the
    /// browser beforehand (session fixation) would become the new moderator's session.</summary>
    private static async Task StartNewSessionAsync(HttpContext http, ClaimsPrincipal user)
    {
        const string scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        var cookie = http.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme).Cookie.Name!;
        if (http.Request.Cookies.ContainsKey(cookie))
        {
            // Removes the earlier session from the store and tells the browser to drop its cookie.
            await http.SignOutAsync(scheme);
            http.Request.Headers.Cookie = string.Join("; ",
                http.Request.Cookies.Where(c => c.Key != cookie).Select(c => $"{c.Key}={Uri.EscapeDataString(c.Value)}"));
        }

        // A handler of its own: the request's handler has read the earlier cookie's session key and would reuse it.
        var handlers = new AuthenticationHandlerProvider(http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>());
        var handler = (IAuthenticationSignInHandler)(await handlers.GetHandlerAsync(http, scheme))!;
        await handler.SignInAsync(user, new AuthenticationProperties());
    }

    private static readonly string UnknownHash = ModeratorPassword.Hash(Guid.NewGuid().ToString());
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.RateLimiting;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using Moderation.Service.Health;
using Moderation.Service.Moderating;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Api;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;
using StackExchange.Redis;

namespace Moderation.Service.Review;

/// <summary>The wiring of the moderators' side: stores, accounts and sign-in, CSRF, data protection, endpoints and the web UI.</summary>
public static class ReviewExtensions
{
    private const string CookieName = "moderation.review";

    public static IHostApplicationBuilder AddReview(this IHostApplicationBuilder builder, bool useRedis)
    {
        var services = builder.Services;
        services.AddOptions<ReviewOptions>().Bind(builder.Configuration.GetSection(ReviewOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidation>();
        if (builder.Environment.IsDevelopment() && !builder.Configuration.GetSection($"{ReviewOptions.Section}:Accounts").GetChildren().Any())
        {
            var (account, password) = DemoAccount.Create();
            services.PostConfigure<ReviewOptions>(o => o.Accounts.Add(account));
            services.AddHostedService(sp => new DemoAccount(sp.GetRequiredService<ILogger<DemoAccount>>(), password));
        }

        if (useRedis)
        {
            services.AddSingleton<IReviewQueue, RedisReviewQueue>();
            services.AddSingleton<IReviewOutbox, RedisReviewOutbox>();
            services.AddSingleton<IAuditLog, RedisAuditLog>();
            services.AddSingleton<IAuthorHistoryStore, RedisAuthorHistoryStore>();
            services.AddSingleton<ITicketStore, RedisReviewSessions>();
            // Several instances share the keys, so a session cookie or CSRF token made by one is read by all.
            services.AddDataProtection().SetApplicationName("moderation-service");
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer, IOptions<ModerationOptions>>((o, redis, moderation) =>
                o.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), $"{moderation.Value.RedisKeyPrefix}dataprotection-keys"));
        }
        else
        {
            // One instance behind both interfaces: the outbox records under the queue's lock.
            services.AddSingleton<InMemoryReviewQueue>();
            services.AddSingleton<IReviewQueue>(sp => sp.GetRequiredService<InMemoryReviewQueue>());
            services.AddSingleton<IReviewOutbox, InMemoryReviewOutbox>();
            services.AddSingleton<IAuditLog, InMemoryAuditLog>();
            services.AddSingleton<IAuthorHistoryStore, InMemoryAuthorHistoryStore>();
            services.AddSingleton<ITicketStore, InMemoryReviewSessions>();
        }

        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, cancellationToken) => TooManyAsync(context, cancellationToken);
            o.AddPolicy(ReportsApi.RateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<ReviewOptions>>().Value.ReportsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        services.AddSingleton<ReviewIntake>();
        services.AddSingleton<IReviewIntake>(sp => sp.GetRequiredService<ReviewIntake>());
        services.AddSingleton<ReviewDesk>();
        services.AddSingleton<IReviewPublisher, BusReviewPublisher>();
        services.AddSingleton<ReviewDelivery>();
        services.AddSingleton<ReviewOutboxMetrics>();
        services.AddHostedService<ReviewOutboxRelay>();
        services.AddHealthChecks().AddCheck<ReviewOutboxHealthCheck>("review-outbox", tags: [HealthApi.ReadyTag]);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryFilter.HeaderName;
            o.Cookie.Name = CookieName + ".csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = SecureCookies(builder.Environment);
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = SecureCookies(builder.Environment);
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = builder.Configuration.GetSection(ReviewOptions.Section).Get<ReviewOptions>()?.SessionLifetime ?? new ReviewOptions().SessionLifetime;
            // An API answers 401/403, never a redirect to a login page.
            o.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = AccountCheck.ValidateAsync;
        });
        // The session itself stays on the server (ReviewSessions): signing out ends it, whoever kept a copy of the cookie.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ITicketStore>((o, sessions) => o.SessionStore = sessions);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Moderator, p => p.RequireRole(Roles.Moderator, Roles.Admin))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        return builder;
    }

    public static WebApplication MapReview(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapGet("/", () => TypedResults.Redirect("/review/")).ExcludeFromDescription();
        app.MapReviewSessionApi();
        app.MapReviewQueueApi();
        app.MapReportsApi();
        app.MapTakedownsApi();
        app.MapAuditApi();
        return app;
    }

    /// <summary>A refused reader report: 429 with Retry-After and a ProblemDetails body.</summary>
    private static async ValueTask TooManyAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = $"Try again in {seconds} seconds." },
        });
    }

    /// <summary>Outside Development the cookies are always Secure (the UI is served over HTTPS, directly or by a TLS-terminating
    /// proxy; browsers also accept Secure cookies from http://localhost); in Development they follow the request.</summary>
    private static CookieSecurePolicy SecureCookies(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}

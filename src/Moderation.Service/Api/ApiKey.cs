using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;

namespace Moderation.Service.Api;

/// <summary>The CMS's endpoints (comments, reader reports): open in Development; elsewhere the caller must send the configured
/// API key. Checked by middleware before the endpoint runs, so a caller without the key gets 401 before its body is read.</summary>
public static class ApiKey
{
    /// <summary>Marks the endpoints of a group as needing the key.</summary>
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group) => group.WithMetadata(Required.Instance);

    /// <summary>Refuses a call to a marked endpoint without the key; must come after routing and before the endpoints.</summary>
    public static IApplicationBuilder UseApiKey(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IHostEnvironment>();
        var options = app.ApplicationServices.GetRequiredService<IOptions<ApiOptions>>();
        return app.Use(async (context, next) =>
        {
            if (environment.IsDevelopment() || context.GetEndpoint()?.Metadata.GetMetadata<Required>() is null || Sent(context, options.Value))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        });
    }

    private static bool Sent(HttpContext context, ApiOptions options)
    {
        var expected = options.Key;
        var sent = context.Request.Headers[options.HeaderName].ToString();
        return !string.IsNullOrEmpty(expected) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected));
    }

    private sealed class Required
    {
        public static readonly Required Instance = new();
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;

namespace Moderation.Service.Api;

/// <summary>Open in Development; elsewhere the caller must send the configured API key.</summary>
public sealed class ApiKeyFilter(IHostEnvironment environment, IOptions<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (environment.IsDevelopment())
        {
            return await next(context);
        }

        var expected = options.Value.Key;
        var sent = context.HttpContext.Request.Headers[options.Value.HeaderName].ToString();
        if (string.IsNullOrEmpty(expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Unauthorized();
        }

        return await next(context);
    }
}

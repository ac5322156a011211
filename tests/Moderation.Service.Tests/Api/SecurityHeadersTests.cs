using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Api;

/// <summary>Security headers on every response, no-store on moderation data, forwarded headers from known proxies only, Secure
/// cookies and HSTS outside Development.</summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/review/")]
    [InlineData("/review/review.js")]
    [InlineData("/api/review/session")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var host = ServiceHost.InMemory();

        var response = await host.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
    }

    [Fact]
    public async Task Moderation_data_is_never_stored_by_a_cache()
    {
        await using var host = ServiceHost.InMemory();
        var siti = await ReviewClient.SignedInAsync(host, Moderators.Siti);

        var queue = await siti.Http.GetAsync("/api/review/queue");

        queue.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Behind_a_known_proxy_that_terminated_tls_the_cookies_are_secure_and_hsts_is_sent()
    {
        await using var service = Production(("Proxy:KnownProxies:0", "10.0.0.5"));
        await using var host = From(service, "10.0.0.5");

        var response = await SessionOverTlsAsync(host);

        response.Headers.Should().Contain(h => h.Key == "Strict-Transport-Security");
        response.Headers.GetValues("Set-Cookie").Should().NotBeEmpty().And.OnlyContain(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_forwarded_scheme_from_an_unknown_address_is_ignored()
    {
        await using var service = Production(("Proxy:KnownProxies:0", "10.0.0.5"));
        await using var host = From(service, "10.0.0.99");

        var response = await SessionOverTlsAsync(host);

        response.Headers.Should().NotContain(h => h.Key == "Strict-Transport-Security");
    }

    private static ServiceHost Production(params (string Key, string? Value)[] settings) =>
        new(new Dictionary<string, string?>(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
        {
            ["ConnectionStrings:RabbitMq"] = "", ["ConnectionStrings:Redis"] = "", ["Api:Key"] = "s3cret",
        }, environment: "Production");

    /// <summary>The host as reached from <paramref name="address"/> (the test server has no client address of its own).</summary>
    private static WebApplicationFactory<Program> From(ServiceHost host, string address) =>
        host.Replacing(services => services.AddTransient<IStartupFilter>(_ => new ClientAddress(IPAddress.Parse(address))));

    private static Task<HttpResponseMessage> SessionOverTlsAsync(WebApplicationFactory<Program> host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "http://moderation.example/api/review/session");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
    }

    private sealed class ClientAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

using System.Net;
using System.Net.Http.Json;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Api;

public sealed class ApiKeyTests : IAsyncLifetime
{
    private readonly ServiceHost _host = new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:RabbitMq"] = "",
        ["ConnectionStrings:Redis"] = "",
        ["Api:Key"] = "s3cret",
        ["Logging:LogLevel:Default"] = "Warning",
    }, environment: "Production");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Outside_development_a_call_without_the_api_key_is_unauthorized()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/api/comments", Comments.Valid());

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Outside_development_a_call_with_the_api_key_is_decided()
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");

        var response = await client.PostAsJsonAsync("/api/comments", Comments.Valid());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

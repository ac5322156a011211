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

    [Theory]
    [InlineData("/api/comments")]
    [InlineData("/api/reports")]
    public async Task Outside_development_the_key_is_checked_before_the_body_is_read(string path)
    {
        var response = await _host.CreateClient().PostAsync(path, new StringContent("not json", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_problem_details()
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");

        var response = await client.PostAsync("/api/comments", new StringContent("{\"commentId\":", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Status.Should().Be(400);
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

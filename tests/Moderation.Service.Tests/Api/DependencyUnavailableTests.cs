using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Api;

/// <summary>A dependency that is down is a 503 with a ProblemDetails body and Retry-After, never an empty 500.</summary>
public sealed class DependencyUnavailableTests
{
    [Fact]
    public async Task With_redis_unreachable_a_comment_and_the_review_session_get_503_with_retry_after()
    {
        await using var redis = new PrivateRedis();
        await using var host = ServiceHost.InMemory(("ConnectionStrings:Redis", redis.ConnectionString));
        var client = host.CreateClient();

        var comment = await client.PostAsJsonAsync("/api/comments", Comments.Valid());
        var session = await client.GetAsync("/api/review/session");

        await ShouldBeUnavailableAsync(comment, "Redis");
        await ShouldBeUnavailableAsync(session, "Redis");
    }

    [Fact]
    public async Task Without_a_loaded_model_and_policy_a_comment_gets_503_with_retry_after()
    {
        var empty = Directory.CreateTempSubdirectory("moderation-no-model-");
        try
        {
            await using var host = ServiceHost.InMemory(("Moderation:ModelsDirectory", empty.FullName));

            var response = await host.CreateClient().PostAsJsonAsync("/api/comments", Comments.Valid());

            await ShouldBeUnavailableAsync(response, "model and policy");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task In_development_a_body_that_is_not_json_gets_a_plain_problem_details_400()
    {
        await using var host = ServiceHost.InMemory();

        var response = await host.CreateClient().PostAsync("/api/comments", new StringContent("{\"commentId\":", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("Exception").And.NotContain(" at ");
        (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Status.Should().Be(400);
    }

    private static async Task ShouldBeUnavailableAsync(HttpResponseMessage response, string missing)
    {
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().NotBeNull();
        response.Headers.RetryAfter!.Delta.Should().BePositive();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        problem!.Status.Should().Be(503);
        problem.Detail.Should().Contain(missing);
    }
}

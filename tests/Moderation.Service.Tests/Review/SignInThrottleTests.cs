using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

/// <summary>Password guessing is throttled per account and per client address, audited without the password, and the answer says when to retry.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task After_the_failures_allowed_per_account_even_the_right_password_waits_and_is_told_when()
    {
        await using var host = ServiceHost.InMemory(("Review:SignInFailuresPerAccount", "3"), ("Review:SignInFailuresPerAddress", "100"));
        var client = ReviewClient.Anonymous(host);
        await client.RefreshTokenAsync();

        for (var i = 0; i < 3; i++)
        {
            (await SignInAsync(client, Moderators.Siti, $"tebakan-{i}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var throttled = await SignInAsync(client, Moderators.Siti, Moderators.PasswordOf(Moderators.Siti));
        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta.Should().BePositive();
        (await throttled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("menit");
        (await SignInAsync(ReviewClient.Anonymous(host), Moderators.Andi, Moderators.PasswordOf(Moderators.Andi), refresh: true)).StatusCode
            .Should().Be(HttpStatusCode.NoContent, "another account is not throttled");
    }

    [Fact]
    public async Task After_the_failures_allowed_per_address_every_account_from_it_waits()
    {
        await using var host = ServiceHost.InMemory(("Review:SignInFailuresPerAccount", "100"), ("Review:SignInFailuresPerAddress", "3"));
        var client = ReviewClient.Anonymous(host);
        await client.RefreshTokenAsync();

        foreach (var id in new[] { "admin", "root", Moderators.Siti })
        {
            (await SignInAsync(client, id, "tebakan")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        (await SignInAsync(client, Moderators.Andi, Moderators.PasswordOf(Moderators.Andi))).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_failed_sign_in_is_audited_with_the_id_and_never_the_password()
    {
        await using var host = ServiceHost.InMemory();
        var client = ReviewClient.Anonymous(host);
        await client.RefreshTokenAsync();
        await SignInAsync(client, Moderators.Siti, "rahasia-tebakan-123");

        var rina = await ReviewClient.SignedInAsync(host, Moderators.Rina);
        var audit = await rina.Http.GetStringAsync("/api/review/audit?limit=200");

        var entries = JsonDocument.Parse(audit).RootElement.EnumerateArray().ToList();
        entries.Should().Contain(e => e.GetProperty("action").GetString() == "sign-in-failed" && e.GetProperty("moderatorId").GetString() == Moderators.Siti);
        audit.Should().NotContain("rahasia-tebakan-123");
    }

    private static async Task<HttpResponseMessage> SignInAsync(ReviewClient client, string id, string password, bool refresh = false)
    {
        if (refresh)
        {
            await client.RefreshTokenAsync();
        }

        return await client.Http.PostAsJsonAsync("/api/review/session", new { moderatorId = id, password });
    }
}

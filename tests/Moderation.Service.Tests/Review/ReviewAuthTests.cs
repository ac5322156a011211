using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

public sealed class ReviewAuthTests(ReviewFixture review) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task An_unauthenticated_queue_request_gets_401_not_a_redirect()
    {
        var response = await ReviewClient.Anonymous(review.Host).Http.GetAsync("/api/review/queue");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_password_gets_401()
    {
        var client = ReviewClient.Anonymous(review.Host);
        await client.RefreshTokenAsync();

        var response = await client.Http.PostAsJsonAsync("/api/review/session", new { moderatorId = Moderators.Siti, password = "salah" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_moderator_registering_a_takedown_order_gets_403()
    {
        var siti = await review.SignInAsync(Moderators.Siti);

        var response = await siti.Http.PostAsJsonAsync("/api/review/takedowns", new { reference = "KOMDIGI-1", commentIds = new[] { "c-1" }, urgent = true });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Signing_in_and_out_is_audited_with_the_moderator_s_id()
    {
        var andi = await review.SignInAsync(Moderators.Andi);
        (await andi.Http.DeleteAsync("/api/review/session")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var rina = await review.SignInAsync(Moderators.Rina);

        var audit = await rina.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/review/audit?limit=200");

        var andis = audit.EnumerateArray().Where(e => e.GetProperty("moderatorId").GetString() == Moderators.Andi).Select(e => e.GetProperty("action").GetString());
        andis.Should().Contain("signed-in").And.Contain("signed-out");
        (await andi.Http.GetAsync("/api/review/queue")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "signed out");
    }

    [Fact]
    public async Task A_copy_of_the_session_cookie_is_refused_once_the_moderator_signed_out()
    {
        var siti = await review.SignInAsync(Moderators.Siti);
        var response = await siti.Http.GetAsync("/api/review/session");
        var copied = string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));

        (await siti.Http.DeleteAsync("/api/review/session")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/review/queue");
        request.Headers.Add("Cookie", copied);
        var answer = await review.Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
        answer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_moderator_reading_the_audit_log_gets_403()
    {
        var siti = await review.SignInAsync(Moderators.Siti);

        (await siti.Http.GetAsync("/api/review/audit")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_decision_without_the_csrf_token_is_rejected_and_changes_nothing()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        siti.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var response = await siti.DecideAsync(id, "rejected", "hate");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("CSRF");
        (await siti.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/review/items/{id}")).GetProperty("queued").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_token_of_another_session_is_rejected()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        var andi = await review.SignInAsync(Moderators.Andi);
        siti.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        siti.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", andi.Http.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN"));

        (await siti.DecideAsync(id, "rejected", "hate")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Outside_development_a_reader_report_needs_the_api_key()
    {
        await using var host = new ServiceHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = "", ["ConnectionStrings:Redis"] = "", ["Api:Key"] = "s3cret",
        }, environment: "Production");
        var client = host.CreateClient();
        var report = new { commentId = Comments.NewId(), text = "dilaporkan" };

        var without = await client.PostAsJsonAsync("/api/reports", report);
        client.DefaultRequestHeaders.Add("X-Api-Key", "s3cret");
        var with = await client.PostAsJsonAsync("/api/reports", report);

        without.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        with.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task In_development_without_accounts_one_demo_moderator_is_created()
    {
        await using var host = ServiceHost.InMemory(("Review:Accounts", ""));

        var accounts = host.Started().Services.GetRequiredService<IOptions<ReviewOptions>>().Value.Accounts;

        accounts.Should().ContainSingle().Which.Id.Should().Be(DemoAccount.Id);
    }

    [Fact]
    public async Task A_session_made_by_one_instance_is_accepted_by_another_sharing_redis()
    {
        await using var other = ServiceHost.OnServers(review.VirtualHost, review.RedisPrefix).Started();
        var siti = await review.SignInAsync(Moderators.Siti);
        var response = await siti.Http.GetAsync("/api/review/session");
        var cookieHeader = string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
        cookieHeader.Should().Contain("moderation.review=");

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/review/queue");
        request.Headers.Add("Cookie", cookieHeader);
        var answer = await other.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_in_starts_a_new_session_and_ends_the_one_the_browser_held()
    {
        var browser = await review.SignInAsync(Moderators.Siti);
        var planted = await SessionCookieAsync(browser);

        await browser.RefreshTokenAsync();
        var signIn = await browser.Http.PostAsJsonAsync("/api/review/session", new { moderatorId = Moderators.Rina, password = Moderators.PasswordOf(Moderators.Rina) });
        signIn.EnsureSuccessStatusCode();

        (await SessionCookieAsync(browser)).Should().NotBe(planted);
        (await GetWithCookieAsync(review.Host, planted, "/api/review/audit")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await GetWithCookieAsync(review.Host, planted, "/api/review/queue")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await browser.Http.GetAsync("/api/review/audit")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_session_of_an_account_removed_or_demoted_since_is_refused()
    {
        var siti = await review.SignInAsync(Moderators.Siti);
        var rina = await review.SignInAsync(Moderators.Rina);
        var sitis = await SessionCookieAsync(siti);
        var rinas = await SessionCookieAsync(rina);
        // Restarted with Siti's account removed and Rina demoted to moderator (same Redis, so the sessions are still stored).
        await using var restarted = ServiceHost.OnServers(review.VirtualHost, review.RedisPrefix,
            ("Review:Accounts:0:Id", Moderators.Andi), ("Review:Accounts:0:Role", Roles.Moderator), ("Review:Accounts:0:PasswordHash", ModeratorPassword.Hash("x")),
            ("Review:Accounts:1:Id", Moderators.Rina), ("Review:Accounts:1:Role", Roles.Moderator), ("Review:Accounts:1:PasswordHash", ModeratorPassword.Hash("y"))).Started();

        (await GetWithCookieAsync(restarted, sitis, "/api/review/queue")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the account is gone");
        (await GetWithCookieAsync(restarted, rinas, "/api/review/audit")).StatusCode.Should().NotBe(HttpStatusCode.OK, "no longer an admin");
        (await GetWithCookieAsync(review.Host, rinas, "/api/review/audit")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the session was ended");
    }

    private static async Task<string> SessionCookieAsync(ReviewClient client)
    {
        var response = await client.Http.GetAsync("/api/review/session");
        return response.RequestMessage!.Headers.GetValues("Cookie").SelectMany(h => h.Split("; "))
            .Single(c => c.StartsWith("moderation.review=", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> GetWithCookieAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string cookie, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
    }
}

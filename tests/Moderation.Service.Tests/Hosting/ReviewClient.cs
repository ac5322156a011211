using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Moderation.Service.Tests.Hosting;

/// <summary>A browser-like client of the review API: keeps cookies and sends the CSRF token the way the UI does.</summary>
public sealed class ReviewClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>A client signed in as the moderator, holding a CSRF token for that session.</summary>
    public static async Task<ReviewClient> SignedInAsync(WebApplicationFactory<Program> host, string moderatorId)
    {
        var client = new ReviewClient(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await client.RefreshTokenAsync();
        var response = await client.Http.PostAsJsonAsync("/api/review/session", new { moderatorId, password = Moderators.PasswordOf(moderatorId) });
        response.EnsureSuccessStatusCode();
        // The token is bound to the identity: after signing in the UI fetches a new one.
        await client.RefreshTokenAsync();
        return client;
    }

    public static ReviewClient Anonymous(WebApplicationFactory<Program> host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task RefreshTokenAsync()
    {
        var session = await http.GetFromJsonAsync<JsonElement>("/api/review/session");
        http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.GetProperty("csrfToken").GetString());
    }

    public Task<HttpResponseMessage> DecideAsync(string commentId, string outcome, string? category = null, string? note = null) =>
        http.PostAsJsonAsync($"/api/review/items/{commentId}/decision", new { outcome, category, note });

    public Task<HttpResponseMessage> HoldAsync(string commentId) => http.PostAsync($"/api/review/items/{commentId}/hold", null);

    public async Task<JsonElement> QueueAsync(string query = "")
    {
        var response = await http.GetAsync($"/api/review/queue{query}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

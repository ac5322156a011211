using System.Net;
using System.Text;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Api;

/// <summary>The server refuses a request body larger than the contract needs (Kestrel:Limits:MaxRequestBodySize), before the
/// endpoint reads it. Run against the built service (the in-process test server has no body limit).</summary>
public sealed class BodyLimitTests
{
    [Fact]
    public async Task A_report_body_over_64_KB_is_refused_with_413()
    {
        var (process, address) = await ServiceCommand.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            var large = $"{{\"commentId\":\"c-1\",\"text\":\"{new string('x', 100_000)}\"}}";
            var small = "{\"commentId\":\"c-1\",\"text\":\"laporan\"}";

            var refused = await http.PostAsync("/api/reports", new StringContent(large, Encoding.UTF8, "application/json"));
            var accepted = await http.PostAsync("/api/reports", new StringContent(small, Encoding.UTF8, "application/json"));

            refused.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }
}

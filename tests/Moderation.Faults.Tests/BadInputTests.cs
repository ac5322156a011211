using System.Text;
using Moderation.Faults.Tests.Hosting;
using Xunit.Abstractions;
using Moderation.Testing;

namespace Moderation.Faults.Tests;

/// <summary>Bad input of every kind has one defined outcome (documented in deploy/README.md, Bad input), and the consumer keeps deciding.</summary>
[Collection(DedicatedServersCollection.Name)]
public sealed class BadInputTests(DedicatedServers servers, ITestOutputHelper output) : IAsyncLifetime
{
    private ServiceProcess _service = null!;

    public enum Expected
    {
        /// <summary>A decision event like any comment's.</summary>
        Decided,

        /// <summary>A CommentRejected with category "invalid" and a detail saying why.</summary>
        RejectedInvalid,

        /// <summary>Parked in moderation-service_error with the reason (nothing to answer: no readable commentId).</summary>
        ErrorQueue,
    }

    public async Task InitializeAsync()
    {
        await servers.ResetQueuesAsync();
        _service = new ServiceProcess(servers.RabbitMq, servers.Redis, $"bad-{Guid.NewGuid():N}:", ("Moderation__RetryIntervals__0", "00:00:00.1"));
        await _service.StartAsync();
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    public static TheoryData<string, Expected> Cases() => new()
    {
        { "empty body", Expected.ErrorQueue },
        { "not JSON", Expected.ErrorQueue },
        { "JSON array", Expected.ErrorQueue },
        { "no commentId", Expected.ErrorQueue },
        { "commentId of the wrong type", Expected.ErrorQueue },
        { "text of the wrong type", Expected.RejectedInvalid },
        { "submittedAt not a date", Expected.RejectedInvalid },
        { "empty text", Expected.RejectedInvalid },
        { "100 KB text", Expected.RejectedInvalid },
        { "missing required fields", Expected.RejectedInvalid },
        { "invalid UTF-8", Expected.RejectedInvalid },
        { "lone surrogate", Expected.RejectedInvalid },
        { "control and bidi characters", Expected.Decided },
        { "deeply nested JSON", Expected.ErrorQueue },
        { "huge JSON", Expected.Decided },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_has_its_defined_outcome_and_the_consumer_keeps_going(string kind, Expected expected)
    {
        await using var log = await DecisionLog.StartAsync(servers);
        await using var publisher = await SteadyPublisher.ConnectAsync(servers);
        var id = $"bad-{Guid.NewGuid():N}";
        var errorsBefore = await servers.ErrorQueueDepthAsync();

        await publisher.PublishRawAsync(Body(kind, id));
        var outcome = await Eventually.GetAsync<Expected?>(async () => log.For(id).Count > 0
                ? log.For(id).First().Category == "invalid" ? Expected.RejectedInvalid : Expected.Decided
                : await servers.ErrorQueueDepthAsync() > errorsBefore ? Expected.ErrorQueue : (Expected?)null,
            o => o is not null, TimeSpan.FromSeconds(30), $"an outcome for '{kind}'");
        output.WriteLine($"{kind}: {outcome}{(log.For(id).FirstOrDefault() is { Detail: { } detail } ? $" ({detail})" : "")}");

        outcome.Should().Be(expected);
        var next = $"good-{Guid.NewGuid():N}";
        await publisher.PublishRawAsync(SteadyPublisher.Body(next, "Semoga perdamaian segera tercapai."));
        await Eventually.GetAsync<int>(() => log.For(next).Count, n => n > 0, TimeSpan.FromSeconds(30), "a decision for the next good comment");
    }

    private static byte[] Body(string kind, string id) => kind switch
    {
        "empty body" => [],
        "not JSON" => "Semoga perdamaian segera tercapai."u8.ToArray(),
        "JSON array" => Encoding.UTF8.GetBytes($"[\"{id}\"]"),
        "no commentId" => Json("\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"text\":\"halo\",\"submittedAt\":\"2026-11-25T19:00:00Z\""),
        "commentId of the wrong type" => Json("\"commentId\":12345,\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"text\":\"halo\",\"submittedAt\":\"2026-11-25T19:00:00Z\""),
        "text of the wrong type" => Json($"\"commentId\":\"{id}\",\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"text\":42,\"submittedAt\":\"2026-11-25T19:00:00Z\""),
        "submittedAt not a date" => Json($"\"commentId\":\"{id}\",\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"text\":\"halo\",\"submittedAt\":\"kemarin sore\""),
        "empty text" => SteadyPublisher.Body(id, ""),
        "100 KB text" => SteadyPublisher.Body(id, new string('a', 100 * 1024)),
        "missing required fields" => Json($"\"commentId\":\"{id}\",\"text\":\"halo semua\""),
        "invalid UTF-8" => [.. Json($"\"commentId\":\"{id}\",\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"submittedAt\":\"2026-11-25T19:00:00Z\",\"text\":\"")[..^1], 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'],
        "lone surrogate" => Json($"\"commentId\":\"{id}\",\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"submittedAt\":\"2026-11-25T19:00:00Z\",\"text\":\"halo \\ud800 dunia\""),
        "control and bidi characters" => SteadyPublisher.Body(id, "halo\u0000\u0007 \u202Eadnuk\u202C \u200Bdunia\u2066x\u2069"),
        "deeply nested JSON" => Json($"\"commentId\":\"{id}\",\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"text\":\"halo\",\"submittedAt\":\"2026-11-25T19:00:00Z\",\"extra\":{new string('[', 5000)}{new string(']', 5000)}"),
        "huge JSON" => Json($"\"commentId\":\"{id}\",\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"text\":\"halo\",\"submittedAt\":\"2026-11-25T19:00:00Z\",\"extra\":[{string.Join(',', Enumerable.Repeat("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", 40_000))}]"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static byte[] Json(string members) => Encoding.UTF8.GetBytes("{" + members + "}");
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Formats.Audit;
using Moderation.Service.Observability;
using Moderation.Service.Review.Audit;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Review;

/// <summary>Decisions the broker could not take at once: recorded, answered 202, and published later by the relay.</summary>
public sealed class OutboxRelayTests(OutboxFixture outbox) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task A_decision_whose_publish_failed_is_published_by_the_relay_with_the_same_message_id_and_audited_once()
    {
        var id = await outbox.FlagAsync(FlaggedComments.Hate());
        var siti = await outbox.SignInAsync(Moderators.Siti);
        outbox.Publisher.Down = true;
        try
        {
            (await siti.DecideAsync(id, "rejected", "hate", "SARA")).StatusCode.Should().Be(HttpStatusCode.Accepted);
        }
        finally
        {
            outbox.Publisher.Down = false;
        }

        var reviewed = await outbox.ReviewedAsync(id);
        await outbox.DeliveredAsync(id);

        reviewed.MessageId.Should().Be(outbox.Publisher.Refused.First(p => p.Event.CommentId == id).MessageId.ToString());
        reviewed.Json.GetProperty("outcome").GetString().Should().Be("rejected");
        var audit = await outbox.Host.Services.GetRequiredService<IAuditLog>().ListAsync(id, 10, default);
        audit.Where(e => e.Action == AuditActions.Decided).Should().ContainSingle()
            .Which.Text.Should().Be("Dasar Cina semua sama saja", "the relayed decision is still a labelled example");
        // A later decision's event arrives after any second event of the first would have: then count.
        var marker = await outbox.FlagAsync(FlaggedComments.Hate());
        (await siti.DecideAsync(marker, "approved")).StatusCode.Should().Be(HttpStatusCode.OK);
        await outbox.ReviewedAsync(marker);
        outbox.Probe.ReviewedFor(id).Should().ContainSingle();
    }

    [Fact]
    public async Task A_decision_the_broker_cannot_take_is_answered_202_and_stays_decided_out_of_the_queue()
    {
        var id = await outbox.FlagAsync(FlaggedComments.Hate());
        var siti = await outbox.SignInAsync(Moderators.Siti);
        var andi = await outbox.SignInAsync(Moderators.Andi);
        outbox.Publisher.Down = true;
        try
        {
            var response = await siti.DecideAsync(id, "rejected", "hate");

            response.StatusCode.Should().Be(HttpStatusCode.Accepted);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("Keputusan tersimpan");
            (await siti.QueueAsync($"?q={id}")).GetArrayLength().Should().Be(0);
            var view = await siti.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{id}");
            view.GetProperty("queued").GetBoolean().Should().BeFalse();
            view.GetProperty("item").GetProperty("timeline").EnumerateArray().Last().GetProperty("event").GetString().Should().Be("decided");
            (await andi.DecideAsync(id, "approved")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        }
        finally
        {
            outbox.Publisher.Down = false;
        }

        await outbox.DeliveredAsync(id);
    }

    [Fact]
    public async Task A_campaign_decided_while_the_broker_is_down_is_recorded_whole_and_published_by_the_relay()
    {
        var campaign = $"cmp-{Guid.NewGuid():N}"[..20];
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await outbox.FlagAsync(FlaggedComments.Hate(authorId: $"u-spam-{i}", campaignId: campaign, category: "spam", text: "Daftar sekarang bonus besar")));
        }

        var siti = await outbox.SignInAsync(Moderators.Siti);
        outbox.Publisher.Down = true;
        JsonElement result;
        try
        {
            var response = await siti.Http.PostAsJsonAsync($"/api/review/campaigns/{campaign}/decision", new { outcome = "rejected", category = "spam" });
            result = await response.Content.ReadFromJsonAsync<JsonElement>();
        }
        finally
        {
            outbox.Publisher.Down = false;
        }

        result.GetProperty("decided").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(ids);
        result.GetProperty("pending").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(ids);
        outbox.Publisher.Refused.Count(p => ids.Contains(p.Event.CommentId)).Should().Be(1, "after the first refusal the rest are only recorded");
        foreach (var id in ids)
        {
            (await outbox.ReviewedAsync(id)).Json.GetProperty("outcome").GetString().Should().Be("rejected");
        }
    }

    [Fact]
    public async Task Health_is_degraded_and_the_outbox_depth_shows_while_a_decision_waits_past_the_alert_age()
    {
        var id = await outbox.FlagAsync(FlaggedComments.Hate());
        var siti = await outbox.SignInAsync(Moderators.Siti);
        var client = outbox.Host.CreateClient();
        var registry = outbox.Host.Services.GetRequiredService<ModerationMetrics>().Registry;
        outbox.Publisher.Down = true;
        try
        {
            await siti.DecideAsync(id, "approved");

            await Eventually.GetAsync(() => client.GetStringAsync("/health/ready"), body => body == "Degraded", TimeSpan.FromSeconds(30), "a degraded readiness");
            var health = await client.GetFromJsonAsync<JsonElement>("/health");
            health.GetProperty("checks").GetProperty("review-outbox").GetProperty("data").GetProperty("depth").GetInt64().Should().BeGreaterThan(0);
            (await MetricValues.SumAsync(registry, "moderation_review_outbox_depth")).Should().BeGreaterThan(0);
        }
        finally
        {
            outbox.Publisher.Down = false;
        }

        await Eventually.GetAsync(() => client.GetStringAsync("/health/ready"), body => body == "Healthy", TimeSpan.FromSeconds(30), "readiness healthy again");
        (await MetricValues.SumAsync(registry, "moderation_review_outbox_relayed_total")).Should().BeGreaterThan(0);
    }
}

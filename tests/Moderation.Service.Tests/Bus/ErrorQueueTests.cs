using System.Text;
using Moderation.Contracts;
using Moderation.Service.Redrive;
using Moderation.Service.Tests.Hosting;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using Moderation.Testing;

namespace Moderation.Service.Tests.Bus;

public sealed class ErrorQueueTests(BusFixture bus) : IClassFixture<BusFixture>
{
    [Fact]
    public async Task Unreadable_messages_reach_the_error_queue_while_valid_ones_are_decided()
    {
        var valid = Enumerable.Range(0, 4).Select(_ => Comments.Valid()).ToList();
        string[] unreadable = ["this is not json", "{\"articleId\":\"a-1\",\"text\":\"no id\"}", "{\"commentId\":\"\",\"text\":\"empty id\"}"];
        var errorsBefore = await MetricValues.SumAsync(bus.Host.Metrics, "moderation_errors_total");
        var parkedBefore = await ErrorQueueDepthAsync();

        for (var i = 0; i < valid.Count; i++)
        {
            await bus.Probe.PublishAsync(valid[i]);
            if (i < unreadable.Length)
            {
                await bus.Probe.PublishAsync(unreadable[i]);
            }
        }

        await bus.Probe.WaitForAsync(valid.Select(c => (string)c["commentId"]!).ToList());
        await Eventually.GetAsync(ErrorQueueDepthAsync, depth => depth >= parkedBefore + unreadable.Length, TimeSpan.FromSeconds(30), "the error queue");
        (await MetricValues.SumAsync(bus.Host.Metrics, "moderation_errors_total")).Should().BeGreaterThanOrEqualTo(errorsBefore + unreadable.Length);
    }

    [Fact]
    public async Task A_parked_message_carries_the_reason_in_the_fault_headers()
    {
        await bus.Probe.PublishAsync("{\"text\":\"no comment id here\"}");
        await Eventually.GetAsync(ErrorQueueDepthAsync, depth => depth > 0, TimeSpan.FromSeconds(30), "a parked message");

        var parked = await bus.Probe.Channel.BasicGetAsync(ModerationTopology.ErrorQueue, autoAck: false);

        parked.Should().NotBeNull();
        parked!.BasicProperties.Headers.Should().ContainKey("MT-Fault-Message");
        await bus.Probe.Channel.BasicNackAsync(parked.DeliveryTag, multiple: false, requeue: true);
    }

    [Fact]
    public async Task Redrive_moves_a_parked_comment_back_and_it_is_decided()
    {
        var comment = Comments.Valid();
        await bus.Probe.Channel.QueueDeclareAsync(ModerationTopology.ErrorQueue, durable: true, exclusive: false, autoDelete: false);
        await bus.Probe.Channel.BasicPublishAsync(string.Empty, ModerationTopology.ErrorQueue, mandatory: true,
            new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent },
            Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(comment)));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:RabbitMq", bus.VirtualHost.ConnectionString)]).Build();

        var exit = await ErrorQueueRedrive.RunAsync([], TextWriter.Null, configuration);

        exit.Should().Be(0);
        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);
        decision.Decision.Should().Be("approved");
    }

    // Declared with MassTransit's arguments (durable, no extras): a passive declare of a missing queue would close the channel.
    private async Task<uint> ErrorQueueDepthAsync() =>
        (await bus.Probe.Channel.QueueDeclareAsync(ModerationTopology.ErrorQueue, durable: true, exclusive: false, autoDelete: false)).MessageCount;
}

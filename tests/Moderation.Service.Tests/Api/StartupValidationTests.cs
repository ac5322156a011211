using Microsoft.Extensions.Options;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Api;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task Start_fails_with_a_message_naming_an_invalid_setting()
    {
        await using var host = ServiceHost.InMemory(("Moderation:MaxTextLength", "0"));

        var start = () => host.Started();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Moderation:MaxTextLength*");
    }

    [Fact]
    public async Task Start_fails_with_a_message_naming_an_invalid_spam_threshold()
    {
        await using var host = ServiceHost.InMemory(("Moderation:Spam:CampaignMinLetters", "0"));

        var start = () => host.Started();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Moderation:Spam:CampaignMinLetters*");
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("01:00:00")]
    public async Task Start_fails_with_a_message_naming_a_publish_timeout_out_of_range(string timeout)
    {
        await using var host = ServiceHost.InMemory(("Moderation:PublishTimeout", timeout));

        var start = () => host.Started();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Moderation:PublishTimeout*");
    }

    [Fact]
    public async Task Start_fails_on_a_rabbitmq_connection_string_that_is_not_an_amqp_uri()
    {
        await using var host = new ServiceHost(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMq"] = "localhost:5672", ["ConnectionStrings:Redis"] = "" });

        var start = () => host.Started();

        start.Should().Throw<FormatException>().WithMessage("*amqp://*");
    }
}

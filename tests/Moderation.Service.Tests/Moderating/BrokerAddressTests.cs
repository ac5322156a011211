using Moderation.Service.Configuration;

namespace Moderation.Service.Tests.Moderating;

public sealed class BrokerAddressTests
{
    [Fact]
    public void Reads_user_password_host_port_and_virtual_host_from_an_amqp_uri() =>
        BrokerAddress.Parse("amqp://mod:p%40ss@10.0.0.5:5673/moderation")
            .Should().Be(new BrokerAddress("10.0.0.5", 5673, "moderation", "mod", "p@ss", false));

    [Fact]
    public void Defaults_to_the_root_virtual_host_and_port_5672() =>
        BrokerAddress.Parse("amqp://mod:pass@rabbit").Should().Be(new BrokerAddress("rabbit", 5672, "/", "mod", "pass", false));
}

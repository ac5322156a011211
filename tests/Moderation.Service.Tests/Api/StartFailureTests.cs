using System.Net;
using System.Net.Sockets;
using Moderation.Formats;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Api;

/// <summary>A start refused for its settings prints one line per problem naming the setting, no stack trace, and exits non-zero.</summary>
public sealed class StartFailureTests
{
    [Fact]
    public async Task Production_without_accounts_or_api_key_prints_one_line_for_each_and_exits_non_zero()
    {
        var (exitCode, output, errors) = await ServiceCommand.RunAsync("Production");

        exitCode.Should().NotBe(0);
        var lines = Lines(output + errors);
        lines.Should().Contain(line => line.Contains("Review:Accounts is empty") && line.Contains("hash-password")).And.Contain(line => line.Contains("Api:Key is empty"));
        ShouldHaveNoStackTrace(output + errors);
    }

    [Theory]
    [InlineData("Moderation__MaxTextLength", "0", "Moderation:MaxTextLength")]
    [InlineData("Moderation__Spam__CampaignMinLetters", "0", "Moderation:Spam:CampaignMinLetters")]
    [InlineData("Moderation__PublishTimeout", "00:00:00", "Moderation:PublishTimeout")]
    [InlineData("Moderation__PublishTimeout", "01:00:00", "Moderation:PublishTimeout")]
    [InlineData("Review__OutboxGrace", "00:00:01", "Review:OutboxGrace")]
    public async Task An_invalid_setting_is_one_line_naming_it(string variable, string value, string setting)
    {
        var (exitCode, output, errors) = await ServiceCommand.RunAsync("Development", (variable, value));

        exitCode.Should().NotBe(0);
        Lines(errors).Should().ContainSingle(line => line.Contains(setting));
        ShouldHaveNoStackTrace(output + errors);
    }

    [Fact]
    public async Task A_malformed_password_hash_is_refused_at_start()
    {
        var cutShort = ModeratorPassword.Hash("kata-sandi-siti")[..40];

        var (exitCode, output, errors) = await ServiceCommand.RunAsync("Production",
            ("Api__Key", "s3cret"), ("Review__Accounts__0__Id", "mod-siti"), ("Review__Accounts__0__Role", "moderator"),
            ("Review__Accounts__0__PasswordHash", cutShort));

        exitCode.Should().NotBe(0);
        Lines(output + errors).Should().ContainSingle(line => line.Contains("Review:Accounts:0:PasswordHash") && line.Contains("hash-password"));
        ShouldHaveNoStackTrace(output + errors);
    }

    [Fact]
    public async Task A_rabbitmq_address_that_is_not_an_amqp_uri_is_one_line()
    {
        var (exitCode, output, errors) = await ServiceCommand.RunAsync("Development", ("ConnectionStrings__RabbitMq", "localhost:5672"));

        exitCode.Should().NotBe(0);
        Lines(output + errors).Should().ContainSingle(line => line.Contains("ConnectionStrings:RabbitMq must be an amqp://"));
        ShouldHaveNoStackTrace(output + errors);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_setting_to_change()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, output, errors) = await ServiceCommand.RunAsync("Development", ("ASPNETCORE_URLS", $"http://127.0.0.1:{port}"));

        exitCode.Should().NotBe(0);
        Lines(errors).Should().ContainSingle(line => line.Contains($"127.0.0.1:{port}") && line.Contains("ASPNETCORE_URLS") && line.Contains("--urls"));
        ShouldHaveNoStackTrace(output + errors);
    }

    [Fact]
    public void A_well_formed_hash_is_accepted_and_a_mangled_one_refused()
    {
        var hash = ModeratorPassword.Hash("kata-sandi");

        ModeratorPassword.IsWellFormed(hash).Should().BeTrue();
        ModeratorPassword.IsWellFormed(hash[..^8]).Should().BeFalse("cut short");
        ModeratorPassword.IsWellFormed("kata-sandi").Should().BeFalse("a password, not its hash");
        ModeratorPassword.IsWellFormed("").Should().BeFalse();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void ShouldHaveNoStackTrace(string printed)
    {
        printed.Should().NotContain("Unhandled exception").And.NotContain("   at ");
        Lines(printed).Should().NotContain(line => line.StartsWith("at ", StringComparison.Ordinal));
    }
}

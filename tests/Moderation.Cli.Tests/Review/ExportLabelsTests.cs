using System.CommandLine;
using Moderation.Cli.Commands;
using Moderation.Formats;
using Moderation.Formats.Audit;
using StackExchange.Redis;

namespace Moderation.Cli.Tests.Review;

public sealed class ExportLabelsTests
{
    private static string Redis => Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("ConnectionStrings__Redis is not set: `deploy/local/servers.sh start && source deploy/local/servers.env`.");

    [Fact]
    public async Task Exports_the_decisions_the_service_audited_in_redis()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(Redis))
        {
            // The stream as the service's RedisAuditLog writes it: one "entry" field of AuditJson.
            var entry = new AuditEntry(DateTimeOffset.UtcNow, "mod-siti", AuditActions.Decided, "c-42", "rejected", "threat", "ancaman", "flagged", "awas kau");
            await redis.GetDatabase().StreamAddAsync(RedisKeys.Audit(prefix), "entry", AuditJson.Serialize(entry));
        }

        var file = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.csv");
        var exit = await new RootCommand { ExportLabelsCommand.Create() }.Parse(["export-labels", "--out", file, "--redis", Redis, "--prefix", prefix]).InvokeAsync();

        exit.Should().Be(0);
        var lines = await File.ReadAllLinesAsync(file);
        lines[0].Should().Be(LabelCsv.Header);
        lines[1].Should().StartWith("c-42,awas kau,threat,rejected,mod-siti,");
        File.Delete(file);
    }

    [Fact]
    public async Task An_unreachable_redis_is_one_line_without_the_password()
    {
        var act = () => ExportLabelsCommand.ReadAuditAsync("127.0.0.1:1,password=geheim,connectTimeout=2000", "moderation:");

        (await act.Should().ThrowAsync<CliException>())
            .Which.Message.Should().StartWith("cannot connect to Redis at 127.0.0.1:1").And.NotContain("geheim").And.NotContain("\n");
    }

    [Fact]
    public void A_hashed_password_verifies_and_a_wrong_one_does_not()
    {
        var hash = ModeratorPassword.Hash("kata-sandi-panjang");

        ModeratorPassword.Verify(hash, "kata-sandi-panjang").Should().BeTrue();
        ModeratorPassword.Verify(hash, "kata-sandi-salah").Should().BeFalse();
    }
}

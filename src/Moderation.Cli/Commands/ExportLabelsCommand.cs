using System.CommandLine;
using StackExchange.Redis;
using Moderation.Formats;
using Moderation.Formats.Audit;

namespace Moderation.Cli.Commands;

/// <summary>The `export-labels` verb: the moderators' decisions from the service's Redis audit stream as a labelled CSV.</summary>
public static class ExportLabelsCommand
{
    private const int Page = 1000;

    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var redis = new Option<string?>("--redis") { Description = "StackExchange.Redis connection string (default: the ConnectionStrings__Redis environment variable)." };
        var prefix = new Option<string?>("--prefix") { Description = "The service's Redis key prefix (default: Moderation__RedisKeyPrefix or \"moderation:\")." };
        var command = new Command("export-labels", $"Write the moderators' decisions as labelled CSV ({LabelCsv.Header}).") { output, redis, prefix };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var connection = parse.GetValue(redis) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Redis");
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new CliException("no Redis: pass --redis or set ConnectionStrings__Redis.");
            }

            var keyPrefix = parse.GetValue(prefix) ?? Environment.GetEnvironmentVariable("Moderation__RedisKeyPrefix") ?? "moderation:";
            var entries = await ReadAuditAsync(connection, keyPrefix);
            var file = parse.GetValue(output)!;
            await using (var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false)))
            {
                var rows = LabelCsv.Write(writer, entries);
                await Console.Out.WriteLineAsync($"{rows} labelled comments written to {file.FullName}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Every audit entry, oldest first, read in pages from the stream.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string connection, string keyPrefix)
    {
        ConnectionMultiplexer redis;
        try
        {
            redis = await ConnectionMultiplexer.ConnectAsync(connection);
        }
        catch (ArgumentException error)
        {
            throw new CliException($"the Redis connection string is not one: {error.Message}");
        }
        catch (RedisConnectionException)
        {
            throw new CliException($"cannot connect to Redis at {Endpoints(connection)}: is it running, and are the address and password right?");
        }

        await using var connected = redis;
        var db = redis.GetDatabase();
        RedisKey key = RedisKeys.Audit(keyPrefix);
        var entries = new List<AuditEntry>();
        RedisValue start = "-";
        while (true)
        {
            var page = await db.StreamRangeAsync(key, start, "+", Page);
            entries.AddRange(page.Select(message => AuditJson.Deserialize(message["entry"].ToString())));
            if (page.Length < Page)
            {
                return entries;
            }

            start = "(" + page[^1].Id;
        }
    }

    /// <summary>The connection string's endpoints only, so a password in it is not printed.</summary>
    private static string Endpoints(string connection) =>
        string.Join(",", ConfigurationOptions.Parse(connection).EndPoints.Select(EndPointCollection.ToString));
}

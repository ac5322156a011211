using System.CommandLine;
using Moderation.Cli.Load;
using Spectre.Console;

namespace Moderation.Cli.Commands;

/// <summary>The `load` verb: drives the running service (and, with --baseline, a bare RabbitMQ.Client relay on the same
/// broker) with CommentSubmitted messages and reports decisions/s, end-to-end latency, lost and duplicated decisions.</summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var rabbit = new Option<string?>("--rabbitmq") { Description = "amqp:// URI of the broker (default: $ConnectionStrings__RabbitMq)." };
        var count = new Option<int>("--count", "-n") { Description = "Comments per measured run.", DefaultValueFactory = _ => 20_000 };
        var rate = new Option<double>("--rate") { Description = "Comments per second; 0 publishes flat out.", DefaultValueFactory = _ => 0 };
        var csv = new Option<FileInfo?>("--csv") { Description = "Take texts from this CSV file (cycled) instead of the generator." };
        var column = new Option<string>("--text-column") { Description = "The CSV column holding the text.", DefaultValueFactory = _ => "text" };
        var baseline = new Option<bool>("--baseline") { Description = "Also measure a bare RabbitMQ.Client relay with the same queue settings and print service/baseline." };
        var baselineOnly = new Option<bool>("--baseline-only") { Description = "Measure only the bare relay (no service needed)." };
        var queueType = new Option<string>("--queue-type") { Description = "classic or quorum: the baseline relay's queue type (set it to the service's).", DefaultValueFactory = _ => "classic" };
        var prefetch = new Option<ushort>("--prefetch") { Description = "The baseline relay's prefetch (set it to the service's).", DefaultValueFactory = _ => 500 };
        var concurrency = new Option<ushort>("--relay-concurrency") { Description = "Deliveries the baseline relay handles at once (confirms in flight).", DefaultValueFactory = _ => 128 };
        var warmup = new Option<int>("--warmup") { Description = "Comments sent to each target before measuring (JIT tiering, connections, caches); the service needs tens of thousands to reach its steady state.", DefaultValueFactory = _ => 40_000 };
        var settle = new Option<double>("--settle") { Description = "Seconds without a new decision after which missing ones count as lost.", DefaultValueFactory = _ => 15 };
        var pid = new Option<int?>("--service-pid") { Description = "The service's process id, to report its peak RSS (VmHWM)." };
        var authors = new Option<int>("--authors") { Description = "Distinct author ids the comments cycle through (few authors posting fast trip the velocity signal).", DefaultValueFactory = _ => CommentSource.DefaultAuthors };

        var command = new Command("load", "Publish comments to the running service and measure decisions/s, latency, lost and duplicated decisions.")
        {
            rabbit, count, rate, csv, column, baseline, baselineOnly, queueType, prefetch, concurrency, warmup, settle, pid, authors,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var uri = parse.GetValue(rabbit) ?? Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq");
            if (string.IsNullOrWhiteSpace(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var broker) || broker.Scheme is not ("amqp" or "amqps"))
            {
                throw new CliException("give the broker as --rabbitmq amqp://user:pass@host:port/vhost (or set ConnectionStrings__RabbitMq).");
            }

            var type = parse.GetValue(queueType)!;
            if (type is not ("classic" or "quorum"))
            {
                throw new CliException($"--queue-type must be classic or quorum (got '{type}').");
            }

            var settings = new LoadSettings(broker, Math.Max(1, parse.GetValue(count)), parse.GetValue(rate), parse.GetValue(csv)?.FullName,
                parse.GetValue(column)!, parse.GetValue(baseline) || parse.GetValue(baselineOnly), !parse.GetValue(baselineOnly), type,
                parse.GetValue(prefetch), parse.GetValue(concurrency), TimeSpan.FromSeconds(parse.GetValue(settle)), parse.GetValue(pid),
                Math.Max(1, parse.GetValue(authors)));
            var results = await LoadSession.RunAsync(settings, Math.Max(0, parse.GetValue(warmup)), cancellationToken);
            var output = AnsiConsole.Console;
            if (Console.IsOutputRedirected)
            {
                // Redirected output reports 80 columns; the table and the result lines must not wrap in a log file.
                output.Profile.Width = 200;
            }

            LoadReport.Write(output, settings, results);
            return results.Any(r => r.Lost > 0 || r.Conflicting > 0) ? 1 : 0;
        });
        return command;
    }
}

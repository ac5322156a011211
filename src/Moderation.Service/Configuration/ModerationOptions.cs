using System.ComponentModel.DataAnnotations;

namespace Moderation.Service.Configuration;

/// <summary>The service's settings (section "Moderation", environment variables <c>Moderation__Name</c>).</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>The longest comment text accepted; longer ones are rejected as invalid.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Moderation:MaxTextLength must be between 1 and 1000000.")]
    public int MaxTextLength { get; set; } = 5000;

    /// <summary>How long a decision is remembered for exactly-once (redeliveries and duplicate publishes within it yield no second decision).</summary>
    public TimeSpan DecisionTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long model scores of a normalised text stay cached.</summary>
    public TimeSpan ScoreCacheTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The model directory; relative paths are looked up from the content root upwards (finds the repository's models/).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Moderation:ModelsDirectory is required.")]
    public string ModelsDirectory { get; set; } = "models";

    /// <summary>The policy file; relative paths resolve against the model directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Moderation:PolicyFile is required.")]
    public string PolicyFile { get; set; } = "policy.json";

    /// <summary>How often the model directory and the policy file are checked for changes.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Prefix of every Redis key, so several deployments (or test runs) can share one Redis.</summary>
    public string RedisKeyPrefix { get; set; } = "moderation:";

    /// <summary>Messages RabbitMQ delivers ahead of the consumer; raised to <see cref="ConcurrentMessageLimit"/> when lower.</summary>
    [Range(1, 10_000, ErrorMessage = "Moderation:PrefetchCount must be between 1 and 10000.")]
    public int PrefetchCount { get; set; } = 400;

    /// <summary>The RabbitMQ type of the service's queue: "classic" (development) or "quorum" (production: replicated, and
    /// faster here for a relay that confirms every publish). Changing it on an existing queue needs the queue deleted first.</summary>
    [RegularExpression("^(classic|quorum)$", ErrorMessage = "Moderation:QueueType must be classic or quorum.")]
    public string QueueType { get; set; } = "classic";

    /// <summary>Comments in work at once, in batches of at most <see cref="BatchSize"/> (so this / BatchSize batches run at once).</summary>
    [Range(1, 10_000, ErrorMessage = "Moderation:ConcurrentMessageLimit must be between 1 and 10000.")]
    public int ConcurrentMessageLimit { get; set; } = 400;

    /// <summary>Most comments decided together: their Redis work shares a few pipelined round trips and their publishes are confirmed together.</summary>
    [Range(1, 1_000, ErrorMessage = "Moderation:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a batch waits for more comments after its first before it is decided anyway (the latency a quiet queue adds).</summary>
    public TimeSpan BatchTimeLimit { get; set; } = TimeSpan.FromMilliseconds(3);

    /// <summary>The batches <see cref="ConcurrentMessageLimit"/> and <see cref="BatchSize"/> make.</summary>
    public BatchShape Batching => BatchShape.Of(ConcurrentMessageLimit, BatchSize);

    /// <summary>How long the broker's confirm of a published decision is awaited. A publish not confirmed by then fails and
    /// its comment is retried (the recorded decision, same message id), so a confirm lost when the broker restarts mid-publish
    /// cannot hold a batch, and with it a batch slot of the endpoint, forever.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>In-process retry intervals for a comment that cannot be decided now (Redis restarting, broker blip);
    /// the default (1, 2, 4, 8, 15 s) rides out about 30 s. After the last one the comment goes to the error queue.</summary>
    /// <remarks>Null by default because configuration binding appends to an array that already has items.</remarks>
    public TimeSpan[]? RetryIntervals { get; set; }

    public TimeSpan[] EffectiveRetryIntervals => RetryIntervals is { Length: > 0 } configured
        ? configured
        : [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15)];

    /// <summary>Fallbacks for the spam thresholds until the policy file carries them.</summary>
    public SpamOptions Spam { get; set; } = new();
}

using Microsoft.Extensions.Options;

namespace Moderation.Service.Configuration;

/// <summary>The checks data annotations cannot express, each with a message that names the setting.</summary>
public sealed class ModerationOptionsValidation : IValidateOptions<ModerationOptions>
{
    public ValidateOptionsResult Validate(string? name, ModerationOptions options)
    {
        var failures = new List<string>();
        if (options.DecisionTtl < TimeSpan.FromMinutes(1))
        {
            failures.Add($"Moderation:DecisionTtl must be at least 00:01:00 (got {options.DecisionTtl}); it is the exactly-once window.");
        }

        if (options.ScoreCacheTtl <= TimeSpan.Zero)
        {
            failures.Add($"Moderation:ScoreCacheTtl must be positive (got {options.ScoreCacheTtl}).");
        }

        if (options.ReloadInterval < TimeSpan.FromMilliseconds(100))
        {
            failures.Add($"Moderation:ReloadInterval must be at least 00:00:00.1 (got {options.ReloadInterval}).");
        }

        if (options.EffectiveRetryIntervals.Any(interval => interval < TimeSpan.Zero))
        {
            failures.Add("Moderation:RetryIntervals must not be negative.");
        }

        if (options.BatchTimeLimit < TimeSpan.FromMilliseconds(1) || options.BatchTimeLimit > TimeSpan.FromSeconds(10))
        {
            failures.Add($"Moderation:BatchTimeLimit must be between 00:00:00.001 and 00:00:10 (got {options.BatchTimeLimit}).");
        }

        if (options.PublishTimeout < TimeSpan.FromMilliseconds(100) || options.PublishTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Moderation:PublishTimeout must be between 00:00:00.1 and 00:10:00 (got {options.PublishTimeout}).");
        }

        if (options.Spam.CampaignMinLetters < 1)
        {
            failures.Add("Moderation:Spam:CampaignMinLetters must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

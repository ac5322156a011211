using Microsoft.Extensions.Options;
using Moderation.Formats;

namespace Moderation.Service.Review.Accounts;

/// <summary>Refuses to start without accounts outside Development, and names every broken account or setting.</summary>
public sealed class ReviewOptionsValidation(IHostEnvironment environment) : IValidateOptions<ReviewOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewOptions options)
    {
        var failures = new List<string>();
        if (options.Accounts.Count == 0 && !environment.IsDevelopment())
        {
            failures.Add("Review:Accounts is empty: no moderator could sign in. Configure at least one account " +
                "(Review__Accounts__0__Id, Review__Accounts__0__Role, Review__Accounts__0__PasswordHash; make the hash with `moderation hash-password`).");
        }

        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            if (string.IsNullOrWhiteSpace(account.Id))
            {
                failures.Add($"Review:Accounts:{i}:Id is required.");
            }

            if (!Roles.IsKnown(account.Role))
            {
                failures.Add($"Review:Accounts:{i}:Role must be '{Roles.Moderator}' or '{Roles.Admin}' (got '{account.Role}').");
            }

            if (string.IsNullOrWhiteSpace(account.PasswordHash))
            {
                failures.Add($"Review:Accounts:{i}:PasswordHash is required (make it with `moderation hash-password`).");
            }
            else if (!ModeratorPassword.IsWellFormed(account.PasswordHash))
            {
                // Checked at start: a hash that cannot be read would otherwise just refuse every password of that account.
                failures.Add($"Review:Accounts:{i}:PasswordHash of '{account.Id}' is not a password hash (cut short or not base64?): " +
                    "make it again with `moderation hash-password` and copy the whole line.");
            }
        }

        if (options.Accounts.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            failures.Add($"Review:Accounts has the id '{duplicate.Key}' more than once.");
        }

        if (options.HoldDuration < TimeSpan.FromSeconds(5) || options.FlagDueAfter <= TimeSpan.Zero)
        {
            failures.Add("Review:HoldDuration must be at least 00:00:05 and Review:FlagDueAfter positive.");
        }

        if (options.PublishTimeout <= TimeSpan.Zero || options.OutboxGrace <= options.PublishTimeout || options.OutboxRelayInterval <= TimeSpan.Zero
            || options.OutboxAlertAge <= TimeSpan.Zero)
        {
            // The grace is also the lease of the decide call's claim: it must outlast the publish it covers.
            failures.Add("Review:PublishTimeout, Review:OutboxRelayInterval and Review:OutboxAlertAge must be positive, and Review:OutboxGrace longer than Review:PublishTimeout.");
        }

        if (options.SignInFailuresPerAccount < 1 || options.SignInFailuresPerAddress < 1 || options.SignInFailureWindow <= TimeSpan.Zero || options.ReportsPerMinute < 1)
        {
            failures.Add("Review:SignInFailuresPerAccount, Review:SignInFailuresPerAddress and Review:ReportsPerMinute must be at least 1, and Review:SignInFailureWindow positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using Microsoft.Extensions.Options;

namespace Moderation.Service.Configuration;

/// <summary>Outside Development the service refuses to start without <c>Api:Key</c>: without it every call of the CMS would be
/// refused (401) while the service looked healthy.</summary>
public sealed class ApiOptionsValidation(IHostEnvironment environment) : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Key) && !environment.IsDevelopment())
        {
            failures.Add($"Api:Key is empty ({environment.EnvironmentName}): the CMS could not call the API. Set Api__Key to a long random secret " +
                "(e.g. `openssl rand -base64 32`) and give the CMS the same value.");
        }

        if (string.IsNullOrWhiteSpace(options.HeaderName))
        {
            failures.Add("Api:HeaderName must not be empty.");
        }

        if (options.MaxRequestBodyBytes < 16 * 1024)
        {
            failures.Add($"Api:MaxRequestBodyBytes must be at least 16384 (got {options.MaxRequestBodyBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Accounts;

namespace Moderation.Service.Hosting;

/// <summary>Turns the ways the service fails to start because of how it is set up (invalid settings, a port in use) into one line
/// per problem that names the setting to change. Anything else is not explained here (it is a fault, and keeps its stack trace).</summary>
public static class StartFailure
{
    /// <summary>The exit code of a start refused for its settings (sysexits' EX_CONFIG).</summary>
    public const int ExitCode = 78;

    /// <summary>The host's own category: it logs a failed start with the whole stack trace, which <see cref="Explain"/> replaces
    /// by a line (a fault that is not explained still ends the process with its stack trace; a faulted background service
    /// is still logged, at Critical, with its stack).</summary>
    public const string HostLogCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>Reads every validated settings section, so a start with several invalid sections names them all (the host
    /// would stop at the first one a service reads). Throws an <see cref="AggregateException"/> of their failures.</summary>
    public static void CheckSettings(IServiceProvider services)
    {
        var failures = new List<Exception>();
        foreach (var read in Sections)
        {
            try
            {
                _ = read(services);
            }
            catch (OptionsValidationException invalid)
            {
                failures.Add(invalid);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }
    }

    private static readonly Func<IServiceProvider, object>[] Sections =
    [
        services => services.GetRequiredService<IOptions<ModerationOptions>>().Value,
        services => services.GetRequiredService<IOptions<ApiOptions>>().Value,
        services => services.GetRequiredService<IOptions<ReviewOptions>>().Value,
    ];

    /// <summary>One line per problem, or empty when <paramref name="error"/> is not a setting's fault.</summary>
    public static IReadOnlyList<string> Explain(Exception error)
    {
        var lines = new List<string>();
        return Collect(error, lines) ? lines : [];
    }

    private static bool Collect(Exception error, List<string> lines)
    {
        switch (error)
        {
            case AggregateException aggregate:
                var all = true;
                foreach (var inner in aggregate.InnerExceptions)
                {
                    all &= Collect(inner, lines);
                }

                return all && aggregate.InnerExceptions.Count > 0;
            case OptionsValidationException invalid:
                lines.AddRange(invalid.Failures);
                return true;
            case InvalidSettingException setting:
                lines.Add(setting.Message);
                return true;
            case IOException { InnerException: AddressInUseException } inUse:
                lines.Add(PortInUse(inUse.Message));
                return true;
            default:
                return false;
        }
    }

    private static string PortInUse(string message)
    {
        // Kestrel's message: "Failed to bind to address http://127.0.0.1:5000: address already in use."
        var address = message.Split(' ').FirstOrDefault(word => word.Contains("://", StringComparison.Ordinal))?.TrimEnd(':', '.');
        return $"{address ?? "The address"} is already in use by another process: choose another port with ASPNETCORE_URLS " +
            "(e.g. ASPNETCORE_URLS=http://127.0.0.1:5001) or --urls http://127.0.0.1:5001 after `dotnet run --`.";
    }
}

using Moderation.Service;
using Moderation.Service.Hosting;
using Moderation.Service.Redrive;

if (args is ["redrive", .. var redriveArgs])
{
    return await ErrorQueueRedrive.RunAsync(redriveArgs);
}

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Logging.AddFilter(StartFailure.HostLogCategory, LogLevel.Critical);
    builder.AddApplicationServices();
    var app = builder.Build();
    StartFailure.CheckSettings(app.Services);
    app.MapApplicationEndpoints();
    await app.RunAsync();
    return 0;
}
catch (Exception error) when (StartFailure.Explain(error) is { Count: > 0 } problems)
{
    // A start refused for its settings: one line per problem, naming the setting, and no stack trace (it is not a fault).
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync($"moderation-service: {problem}");
    }

    return StartFailure.ExitCode;
}

/// <summary>The service's entry point (public so the tests can host it).</summary>
public partial class Program;

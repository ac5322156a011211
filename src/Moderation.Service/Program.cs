using Moderation.Service;
using Moderation.Service.Redrive;

if (args is ["redrive", .. var redriveArgs])
{
    return await ErrorQueueRedrive.RunAsync(redriveArgs);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
var app = builder.Build();
app.MapApplicationEndpoints();
await app.RunAsync();
return 0;

/// <summary>The service's entry point (public so the tests can host it).</summary>
public partial class Program;

using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Moderation.Service.Health;

/// <summary>A health report as JSON for operators: the overall status and each check's status, description and data.</summary>
public static class HealthReportJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
                data = e.Value.Data,
            }),
        }));
    }
}

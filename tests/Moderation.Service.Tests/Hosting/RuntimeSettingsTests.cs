using System.Text.Json;

namespace Moderation.Service.Tests.Hosting;

public class RuntimeSettingsTests
{
    [Fact]
    public void Idle_thread_pool_workers_of_the_service_sleep_without_spinning()
    {
        // The service's own runtimeconfig.json, copied beside the tests with its assembly.
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Moderation.Service.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32().Should().Be(0);
    }
}

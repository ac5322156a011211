using Moderation.Cli.Load;

namespace Moderation.Cli.Tests.Load;

public class ProcessCpuTests
{
    [Fact]
    public void Reads_the_cpu_time_a_running_process_has_used()
    {
        ProcessCpu.Of(Environment.ProcessId).Should().NotBeNull().And.BeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public void Knows_nothing_of_a_process_that_does_not_exist()
    {
        ProcessCpu.Of(int.MaxValue).Should().BeNull();
    }
}

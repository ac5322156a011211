using Moderation.Testing;

namespace Moderation.Faults.Tests.Hosting;

/// <summary>The repository the tests run from, the build configuration, and its scripts.</summary>
public static class Repository
{
    public static string Root => RepositoryLayout.Root;

    /// <summary>Debug or Release: the configuration this test assembly (and so the service next to it) was built in.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string ServiceDll => Path.Combine(Root, "src", "Moderation.Service", "bin", Configuration, "net10.0", "Moderation.Service.dll");

    public static string ServersScript => Path.Combine(Root, "deploy", "local", "servers.sh");

}

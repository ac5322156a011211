using System.Net.Http.Json;
using System.Text.Json;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Api;

public sealed class ReloadTests : IAsyncLifetime
{
    private readonly string _models = Directory.CreateTempSubdirectory("moderation-models-").FullName;
    private ServiceHost _host = null!;

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryModels))
        {
            File.Copy(file, Path.Combine(_models, Path.GetFileName(file)));
        }

        await WritePolicyAsync(PolicyWithVersion("p-1"));
        _host = ServiceHost.InMemory(("Moderation:ModelsDirectory", _models), ("Moderation:ReloadInterval", "00:00:00.1"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_models, recursive: true);
    }

    [Fact]
    public async Task Decisions_carry_the_policy_version_of_a_changed_policy_file()
    {
        (await PolicyVersionAsync()).Should().Be("p-1");

        await WritePolicyAsync(PolicyWithVersion("p-2"));

        await Eventually.GetAsync(PolicyVersionAsync, v => v == "p-2", TimeSpan.FromSeconds(10), "the reloaded policy");
    }

    [Fact]
    public async Task A_broken_policy_file_is_rejected_and_the_last_good_one_stays()
    {
        (await PolicyVersionAsync()).Should().Be("p-1");

        await WritePolicyAsync("{ this is not json");

        await Eventually.GetAsync(() => MetricValues.SumAsync(_host.Metrics, "moderation_reload_failures_total"), n => n >= 1,
            TimeSpan.FromSeconds(10), "the rejected reload");
        (await PolicyVersionAsync()).Should().Be("p-1");
    }

    private static string RepositoryModels => RepositoryLayout.Models;


    /// <summary>The shipped policy under another version, so a reload is visible in the decisions.</summary>
    private static string PolicyWithVersion(string version)
    {
        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryModels, "policy.json")))!;
        policy["version"] = version;
        return policy.ToJsonString();
    }

    private async Task WritePolicyAsync(string json)
    {
        // Write then move, as a deployment would, so the reloader never reads a half-written file.
        var temp = Path.Combine(_models, $".policy-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(temp, json);
        File.Move(temp, Path.Combine(_models, "policy.json"), overwrite: true);
    }

    private async Task<string?> PolicyVersionAsync()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/api/comments", Comments.Valid());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("policyVersion").GetString();
    }
}

namespace Moderation.Deploy.Tests;

/// <summary>What CI can check of deploy/ without a Docker engine or a cluster.</summary>
public class DeployFileTests
{
    public static TheoryData<string> YamlFiles() => new(Repository.YamlFiles());

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_yaml_file_in_deploy_parses(string file)
    {
        var documents = Yaml.Documents(file);

        documents.Should().NotBeEmpty(because: $"{file} should hold at least one YAML document");
    }

    [Fact]
    public void The_launch_profile_leaves_the_port_to_ASPNETCORE_URLS()
    {
        // A profile's applicationUrl overrides ASPNETCORE_URLS under `dotnet run`, so the documented setting would be ignored.
        using var settings = System.Text.Json.JsonDocument.Parse(Repository.Read("src/Moderation.Service/Properties/launchSettings.json"));

        var profiles = settings.RootElement.GetProperty("profiles").EnumerateObject().ToList();

        profiles.Should().NotBeEmpty();
        profiles.Where(p => p.Value.TryGetProperty("applicationUrl", out _)).Select(p => p.Name).Should().BeEmpty();
    }

    [Fact]
    public void Every_environment_variable_given_to_the_service_is_a_setting_it_reads()
    {
        var settings = ServiceContainer.Settings().ToList();

        settings.Should().NotBeEmpty();
        settings.Where(s => !ServiceSettings.Knows(s.Name)).Select(s => $"{s.File}: {s.Name}")
            .Should().BeEmpty(because: "a misspelt variable is silently ignored by the service");
    }

    [Fact]
    public void Every_port_named_for_the_service_is_the_one_it_listens_on()
    {
        var kubernetesListen = ServiceContainer.ListenPort(ServiceContainer.KubernetesContainers().Single().File);
        var ports = ServiceContainer.Ports().ToList();

        ports.Should().NotBeEmpty();
        ports.Where(p => p.Port != ListenPortFor(p.File, kubernetesListen)).Select(p => $"{p.File} {p.Where}: {p.Port}")
            .Should().BeEmpty();
    }

    [Fact]
    public void Credentials_come_from_secrets_never_from_literal_values()
    {
        var credentials = ServiceContainer.Settings()
            .Where(s => s.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || s.Name == "Api__Key")
            .Where(s => s.File != ServiceContainer.Dockerfile)
            .ToList();

        credentials.Should().NotBeEmpty();
        credentials.Where(s => !s.FromSecret).Select(s => $"{s.File}: {s.Name}").Should().BeEmpty();
        ServiceContainer.Settings().Where(s => s.File == ServiceContainer.Dockerfile).Select(s => s.Name)
            .Should().NotContain(name => name.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || name == "Api__Key");
    }

    [Fact]
    public void Compose_refuses_to_start_without_the_credentials_set()
    {
        var compose = Repository.Read(ServiceContainer.Compose);

        foreach (var variable in new[] { "RABBITMQ_USER", "RABBITMQ_PASSWORD", "REDIS_PASSWORD", "MODERATION_API_KEY" })
        {
            compose.Should().Contain($"${{{variable}:?", because: $"{variable} must have no default");
            compose.Should().NotContain($"${{{variable}:-");
        }
    }

    /// <summary>What the service refuses to start without in Production (ApiOptionsValidation, ReviewOptionsValidation), and
    /// the connection strings without which it would run on in-memory stores and transport.</summary>
    private static readonly string[] ProductionRequires =
    [
        "ASPNETCORE_ENVIRONMENT", "ConnectionStrings__RabbitMq", "ConnectionStrings__Redis", "Api__Key",
        "Review__Accounts__0__Id", "Review__Accounts__0__Role", "Review__Accounts__0__PasswordHash",
    ];

    [Theory]
    [InlineData("compose")]
    [InlineData("kubernetes")]
    public void Each_deployment_provides_every_setting_the_service_requires_in_production(string deployment)
    {
        var files = deployment == "compose"
            ? ServiceContainer.ComposeEnvFiles().Append(ServiceContainer.Compose).Append(ServiceContainer.Dockerfile).ToHashSet()
            : ServiceContainer.KubernetesEnvFiles().Concat(ServiceContainer.KubernetesContainers().Select(c => c.File)).ToHashSet();
        var settings = ServiceContainer.Settings().Where(s => files.Contains(s.File)).ToList();

        ProductionRequires.Where(required => settings.All(s => s.Name != required)).Should().BeEmpty();
        settings.Where(s => s.Name == "ASPNETCORE_ENVIRONMENT").Select(s => s.Value).Should().OnlyContain(value => value == "Production");
    }

    [Fact]
    public void The_accounts_come_from_git_ignored_env_files_with_committed_examples()
    {
        var envFiles = ServiceContainer.ComposeEnvFiles().Concat(ServiceContainer.KubernetesEnvFiles()).ToList();
        var ignored = Repository.Read(".gitignore").Split('\n').Select(line => line.Trim()).ToHashSet();

        envFiles.Should().HaveCount(2);
        envFiles.Where(file => !ignored.Contains(file)).Should().BeEmpty("an env file holds password hashes");
        envFiles.Should().OnlyContain(file => File.Exists(Path.Combine(Repository.Root, file + ".example")));
        ServiceContainer.Settings().Where(s => s.Name.StartsWith("Review__Accounts__", StringComparison.Ordinal))
            .Should().OnlyContain(s => envFiles.Contains(s.File), "accounts are never written into a manifest");
    }

    [Fact]
    public void Kubernetes_probes_use_the_health_endpoints()
    {
        var container = ServiceContainer.KubernetesContainers().Single().Container;

        container.Text("livenessProbe", "httpGet", "path").Should().Be("/health/live");
        container.Text("readinessProbe", "httpGet", "path").Should().Be("/health/ready");
    }

    [Fact]
    public void Keda_scales_on_the_service_queue()
    {
        var trigger = ServiceContainer.Kubernetes().Single(k => k.Document.Text("kind") == "ScaledObject").Document.Items("spec", "triggers").Single();

        trigger.Text("type").Should().Be("rabbitmq");
        trigger.Text("metadata", "queueName").Should().Be(Moderation.Contracts.ModerationTopology.ServiceQueue);
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user_with_a_health_check_on_liveness()
    {
        ServiceContainer.DockerInstructions("USER").Should().ContainSingle().Which.Should().NotBe("root");
        ServiceContainer.DockerInstructions("HEALTHCHECK").Should().ContainSingle().Which.Should().Contain("/health/live");
        ServiceContainer.DockerInstructions("COPY").Should().Contain(copy => copy.StartsWith("models/", StringComparison.Ordinal));
    }

    private static int ListenPortFor(string file, int kubernetesListen) =>
        file.StartsWith("deploy/k8s/", StringComparison.Ordinal) ? kubernetesListen : ServiceContainer.ListenPort(file);
}

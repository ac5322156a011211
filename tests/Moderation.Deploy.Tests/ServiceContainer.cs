using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Moderation.Deploy.Tests;

/// <summary>One environment variable a deploy file gives the service: its literal value, or null when it comes from a secret.</summary>
public sealed record Setting(string File, string Name, string? Value, bool FromSecret);

/// <summary>One port a deploy file names for the service (container port, probe, health check, published port).</summary>
public sealed record NamedPort(string File, string Where, int Port);

/// <summary>What deploy/ tells the service container: variables and ports, from the Dockerfile, the compose file and the
/// Kubernetes manifests (the service's container is the one named "moderation").</summary>
public static partial class ServiceContainer
{
    public const string Name = "moderation";
    public const string Dockerfile = "deploy/docker/Dockerfile";
    public const string Compose = "deploy/docker/docker-compose.yml";

    public const string Kustomization = "deploy/k8s/kustomization.yaml";

    public static IEnumerable<Setting> Settings() => DockerfileSettings().Concat(ComposeSettings()).Concat(KubernetesSettings());

    /// <summary>The env files the compose service reads, relative to the repository.</summary>
    public static IEnumerable<string> ComposeEnvFiles() =>
        ComposeService().Items("env_file").Select(item => (item as YamlScalarNode)?.Value ?? item.Text("path")!)
            .Select(path => $"deploy/docker/{path}");

    /// <summary>The env files of the kustomize secrets the Deployment takes whole (envFrom), relative to the repository.</summary>
    public static IEnumerable<string> KubernetesEnvFiles()
    {
        var referenced = KubernetesContainers().SelectMany(c => c.Container.Items("envFrom")).Select(e => e.Text("secretRef", "name")).OfType<string>().ToHashSet();
        return Yaml.Documents(Kustomization)[0].Items("secretGenerator").Where(g => referenced.Contains(g.Text("name")!))
            .SelectMany(g => g.Items("envs")).Select(e => $"deploy/k8s/{((YamlScalarNode)e).Value}");
    }

    /// <summary>The variable names an env file's committed example (<c>FILE.example</c>) sets.</summary>
    public static IEnumerable<string> ExampleVariables(string envFile) =>
        Repository.Read(envFile + ".example").Split('\n').Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('='))
            .Select(line => line[..line.IndexOf('=')]);

    public static IEnumerable<NamedPort> Ports() => DockerfilePorts().Concat(ComposePorts()).Concat(KubernetesPorts());

    /// <summary>The port in the ASPNETCORE_URLS a file sets (the one the service listens on there).</summary>
    public static int ListenPort(string file) =>
        Settings().Where(s => s.File == file && s.Name == "ASPNETCORE_URLS").Select(s => UrlPort(s.Value!)).Single();

    public static int UrlPort(string url) => int.Parse(UrlPortPattern().Match(url).Groups[1].Value);

    private static IEnumerable<Setting> DockerfileSettings()
    {
        foreach (var instruction in DockerInstructions("ENV"))
        {
            foreach (Match pair in EnvPair().Matches(instruction))
            {
                yield return new Setting(Dockerfile, pair.Groups[1].Value, pair.Groups[2].Value, FromSecret: false);
            }
        }
    }

    private static IEnumerable<NamedPort> DockerfilePorts()
    {
        foreach (var instruction in DockerInstructions("EXPOSE"))
        {
            foreach (var port in instruction.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return new NamedPort(Dockerfile, "EXPOSE", int.Parse(port.Split('/')[0]));
            }
        }

        foreach (var instruction in DockerInstructions("HEALTHCHECK"))
        {
            yield return new NamedPort(Dockerfile, "HEALTHCHECK", UrlPort(instruction));
        }
    }

    /// <summary>The arguments of every instruction of a kind, continuation lines joined.</summary>
    public static IEnumerable<string> DockerInstructions(string kind) =>
        Repository.Read(Dockerfile).Replace("\\\n", " ").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(kind + " ", StringComparison.Ordinal))
            .Select(line => line[(kind.Length + 1)..].Trim());

    private static YamlNode ComposeService() =>
        Yaml.Documents(Compose)[0].At("services", Name) ?? throw new InvalidOperationException($"{Compose} has no service '{Name}'.");

    private static IEnumerable<Setting> ComposeSettings() =>
        ComposeService().Entries("environment").Select(pair =>
        {
            var value = ((YamlScalarNode)pair.Value).Value;
            return new Setting(Compose, pair.Key, value, FromSecret: value?.Contains("${", StringComparison.Ordinal) == true);
        }).Concat(ComposeEnvFiles().SelectMany(file => ExampleVariables(file).Select(name => new Setting(file, name, null, FromSecret: true))));

    private static IEnumerable<NamedPort> ComposePorts() =>
        ComposeService().Items("ports").Select(item => new NamedPort(Compose, $"ports {((YamlScalarNode)item).Value}",
            int.Parse(((YamlScalarNode)item).Value!.Split(':')[^1].Split('/')[0])));

    public static IEnumerable<(string File, YamlNode Document)> Kubernetes() =>
        Repository.YamlFiles().Where(f => f.StartsWith("deploy/k8s/", StringComparison.Ordinal))
            .SelectMany(f => Yaml.Documents(f).Select(d => (f, d)));

    public static IEnumerable<(string File, YamlNode Container)> KubernetesContainers() =>
        Kubernetes().Where(k => k.Document.Text("kind") == "Deployment")
            .SelectMany(k => k.Document.Items("spec", "template", "spec", "containers").Where(c => c.Text("name") == Name).Select(c => (k.File, c)));

    private static IEnumerable<Setting> KubernetesSettings()
    {
        foreach (var (file, container) in KubernetesContainers())
        {
            foreach (var env in container.Items("env"))
            {
                yield return new Setting(file, env.Text("name")!, env.Text("value"), FromSecret: env.At("valueFrom", "secretKeyRef") is not null);
            }
        }

        foreach (var file in KubernetesEnvFiles())
        {
            foreach (var name in ExampleVariables(file))
            {
                yield return new Setting(file, name, null, FromSecret: true);
            }
        }

        foreach (var (file, document) in Kubernetes().Where(k => k.Document.Text("kind") == "ScaledObject"))
        {
            foreach (var trigger in document.Items("spec", "triggers"))
            {
                if (trigger.Text("metadata", "hostFromEnv") is { } name)
                {
                    // KEDA reads this variable from the target container: it must be one the service reads too.
                    yield return new Setting(file, name, null, FromSecret: true);
                }
            }
        }
    }

    private static IEnumerable<NamedPort> KubernetesPorts()
    {
        foreach (var (file, container) in KubernetesContainers())
        {
            var named = container.Items("ports").ToDictionary(p => p.Text("name") ?? "", p => int.Parse(p.Text("containerPort")!));
            foreach (var (name, port) in named)
            {
                yield return new NamedPort(file, $"containerPort {name}", port);
            }

            foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
            {
                if (container.Text(probe, "httpGet", "port") is { } port)
                {
                    yield return new NamedPort(file, probe, int.TryParse(port, out var number) ? number : named[port]);
                }
            }
        }

        foreach (var (file, document) in Kubernetes().Where(k => k.Document.Text("kind") == "Service"))
        {
            foreach (var port in document.Items("spec", "ports"))
            {
                yield return new NamedPort(file, "Service targetPort", int.Parse(port.Text("targetPort")!));
            }
        }
    }

    [GeneratedRegex(@"(\w+)=(\S+)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"https?://[^:/\s]+:(\d+)")]
    private static partial Regex UrlPortPattern();
}

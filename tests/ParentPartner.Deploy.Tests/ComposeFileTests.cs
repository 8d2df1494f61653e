namespace ParentPartner.Deploy.Tests;

/// <summary>docker-compose.yml cannot be run here (no Docker engine), but Compose v1 validates it offline.</summary>
public sealed class ComposeFileTests
{
    private static readonly string ComposeFile = Repository.Full("docker-compose.yml");

    [Fact]
    public void Compose_validates_the_file()
    {
        var (exitCode, output) = DockerCompose("-f", "docker-compose.yml", "config", "-q");

        Assert.True(exitCode == 0, $"docker-compose config -q exited {exitCode}:\n{output}");
    }

    [Fact]
    public void Compose_file_is_what_the_topology_generates()
    {
        var result = Tool.Run("python3", ["deploy/compose/generate.py", "--check"]);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Compose_builds_every_process_of_the_topology_from_the_shared_Dockerfile()
    {
        var compose = Normalised();

        foreach (var process in Topology.Services.Append(Topology.Gateway))
        {
            var service = Section(compose, process.Name);
            Assert.Contains("dockerfile: deploy/docker/Dockerfile", service, StringComparison.Ordinal);
            Assert.Contains($"PROJECT: {process.Project}", service, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gateway_reaches_every_service_of_the_topology_by_its_name()
    {
        var gateway = Section(Normalised(), Topology.Gateway.Name);

        foreach (var service in Topology.Services)
        {
            Assert.Contains($"ReverseProxy__Clusters__{service.Name}__Destinations__primary__Address: http://{service.Name}:8080/", gateway, StringComparison.Ordinal);
        }
    }

    /// <summary>The file as Compose reads it (anchors and merges resolved).</summary>
    private static string Normalised()
    {
        var (exitCode, output) = DockerCompose("-f", "docker-compose.yml", "config");
        Assert.True(exitCode == 0, output);
        return output;
    }

    /// <summary>One service's block of the normalised file (two-space indented under "services:").</summary>
    private static string Section(string compose, string service)
    {
        var lines = compose.Split('\n');
        var start = Array.FindIndex(lines, l => l == $"  {service}:");
        Assert.True(start >= 0, $"compose has no service '{service}'");
        var end = Array.FindIndex(lines, start + 1, l => l.Length > 2 && l[2] != ' ' || l.Length > 0 && l[0] != ' ');
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]);
    }

    private static (int ExitCode, string Output) DockerCompose(params string[] arguments)
    {
        var result = Tool.Run("docker-compose", arguments);
        return (result.ExitCode, result.Output + result.Error);
    }
}

using System.ComponentModel;
using System.Diagnostics;

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

    [Theory]
    [MemberData(nameof(Repository.DeployableProjectData), MemberType = typeof(Repository))]
    public void Compose_builds_every_deployable_project_from_its_Dockerfile(string projectFolder)
    {
        var compose = File.ReadAllText(ComposeFile);

        Assert.Contains($"dockerfile: {projectFolder}/Dockerfile", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void Gateway_reaches_every_cluster_by_its_service_name()
    {
        var compose = File.ReadAllText(ComposeFile);

        foreach (var cluster in new[] { "referral", "training", "matching", "scheduling", "payroll", "reporting", "alliance" })
        {
            Assert.Contains($"ReverseProxy__Clusters__{cluster}__Destinations__primary__Address: http://", compose, StringComparison.Ordinal);
        }
    }

    /// <summary>Runs docker-compose from the repository root. Not installed is a failure: `./pp test` installs it.</summary>
    private static (int ExitCode, string Output) DockerCompose(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "docker-compose did not finish within 2 minutes");
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"docker-compose is not installed ({error.Message}): run the tests with `./pp test`, which installs it.");
            throw;
        }
    }
}

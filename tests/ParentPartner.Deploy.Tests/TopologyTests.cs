using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ParentPartner.Deploy.Tests;

/// <summary>deploy/topology.json is the one list of processes: the repository and the local scripts agree with it.</summary>
public sealed partial class TopologyTests
{
    [Fact]
    public void Every_service_project_in_the_repository_is_in_the_topology_and_nothing_else_is()
    {
        var inRepository = Repository.DeployableProjects.Where(p => p.StartsWith("services/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var inTopology = Topology.Services.Select(s => s.Project).Order(StringComparer.Ordinal);

        Assert.Equal(inRepository, inTopology);
        Assert.Equal("gateway/ParentPartner.Gateway", Topology.Gateway.Project);
        Assert.True(File.Exists(Repository.ProjectFile(Topology.Identity.Project)), Topology.Identity.Project);
    }

    [Fact]
    public void The_solution_builds_every_process_of_the_topology()
    {
        var solution = File.ReadAllText(Repository.Full("ParentPartner.sln")).Replace('\\', '/');

        Assert.All(Topology.All, p => Assert.Contains($"\"{p.Project}/{Path.GetFileName(p.Project)}.csproj\"", solution, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_kebab_case_and_names_and_ports_are_unique()
    {
        Assert.All(Topology.All, p => Assert.Matches(KebabName(), p.Name));
        Assert.Equal(Topology.All.Count, Topology.All.Select(p => p.Name).Distinct().Count());
        Assert.Equal(Topology.All.Count, Topology.All.Select(p => p.Port).Distinct().Count());
    }

    [Fact]
    public void The_local_scripts_run_exactly_the_topology_in_its_order()
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("deploy/local/services.sh");
        start.ArgumentList.Add("names");
        start.Environment["PP_STATE_DIR"] = Path.Combine(Path.GetTempPath(), $"pp-topology-{Guid.NewGuid():N}");
        using var bash = Process.Start(start)!;
        var names = bash.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();

        Assert.True(bash.ExitCode == 0, errors);
        Assert.Equal(Topology.All.Select(p => p.Name), names);
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabName();
}

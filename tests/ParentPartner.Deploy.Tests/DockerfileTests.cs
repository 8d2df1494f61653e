namespace ParentPartner.Deploy.Tests;

/// <summary>One multi-stage Dockerfile (build context: repository root) builds any process of the topology.</summary>
public sealed class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Repository.Full("deploy/docker/Dockerfile"));

    [Fact]
    public void Build_stage_publishes_the_project_it_is_given()
    {
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", Dockerfile);
        Assert.Matches(@"(?m)^ARG PROJECT$", Dockerfile);
        Assert.Contains("dotnet publish \"$PROJECT/$(basename \"$PROJECT\").csproj\" -c Release", Dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0$", Dockerfile);
        Assert.Contains("exec dotnet \\\"${APP_PROJECT##*/}.dll\\\"", Dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^USER \$APP_UID$", Dockerfile);
    }

    [Theory]
    [MemberData(nameof(Repository.DeployableProjectData), MemberType = typeof(Repository))]
    public void Build_stage_copies_the_project_and_everything_it_references(string projectFolder)
    {
        var copied = Dockerfile.Split('\n').Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1]).ToList();

        foreach (var folder in Repository.ProjectClosure(projectFolder))
        {
            Assert.True(copied.Any(c => c.EndsWith('/') && (folder + "/").StartsWith(c, StringComparison.Ordinal)), $"{folder} is not copied");
        }
        Assert.Contains("deploy/topology.json", copied);
        Assert.Contains("Directory.Packages.props", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("Directory.Build.props", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void No_project_keeps_a_Dockerfile_of_its_own()
    {
        Assert.All(Repository.DeployableProjects, folder => Assert.False(File.Exists(Path.Combine(Repository.Full(folder), "Dockerfile")), folder));
    }
}

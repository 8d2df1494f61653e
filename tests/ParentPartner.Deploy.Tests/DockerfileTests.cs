namespace ParentPartner.Deploy.Tests;

/// <summary>Each deployable project has a multi-stage Dockerfile (build context: repository root) that builds it.</summary>
public sealed class DockerfileTests
{
    [Theory]
    [MemberData(nameof(Repository.DeployableProjectData), MemberType = typeof(Repository))]
    public void Build_stage_publishes_the_project(string projectFolder)
    {
        var dockerfile = Read(projectFolder);
        var project = Path.GetFileName(projectFolder);

        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Contains($"RUN dotnet publish {projectFolder}/{project}.csproj -c Release", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0$", dockerfile);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{project}.dll\"]", dockerfile, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Repository.DeployableProjectData), MemberType = typeof(Repository))]
    public void Build_stage_copies_the_project_and_everything_it_references(string projectFolder)
    {
        var dockerfile = Read(projectFolder);

        foreach (var folder in Repository.ProjectClosure(projectFolder))
        {
            Assert.Contains($"COPY {folder}/ {folder}/", dockerfile, StringComparison.Ordinal);
        }
        Assert.Contains("Directory.Packages.props", dockerfile, StringComparison.Ordinal);
        Assert.Contains("Directory.Build.props", dockerfile, StringComparison.Ordinal);
    }

    private static string Read(string projectFolder)
    {
        var path = Path.Combine(Repository.Full(projectFolder), "Dockerfile");
        Assert.True(File.Exists(path), $"{projectFolder}/Dockerfile is missing");
        return File.ReadAllText(path);
    }
}

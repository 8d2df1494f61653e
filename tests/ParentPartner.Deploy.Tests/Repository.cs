using System.Xml.Linq;

namespace ParentPartner.Deploy.Tests;

/// <summary>The checked-out repository these tests run in, and the deployable projects in it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every service API project under services/ and the gateway, as repository-relative folders.</summary>
    public static IReadOnlyList<string> DeployableProjects { get; } =
    [
        .. Directory.GetFiles(Path.Combine(Root, "services"), "*.Api.csproj", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Select(path => Relative(Path.GetDirectoryName(path)!))
            .Order(StringComparer.Ordinal),
        "gateway/ParentPartner.Gateway",
    ];

    public static TheoryData<string> DeployableProjectData() => [.. DeployableProjects];

    public static string Full(string relative) => Path.Combine(Root, relative);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The project folders a project needs to build: its own and every project it references, transitively.</summary>
    public static IReadOnlySet<string> ProjectClosure(string projectFolder)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([ProjectFile(projectFolder)]);
        while (pending.TryPop(out var project))
        {
            if (!folders.Add(Relative(Path.GetDirectoryName(project)!)))
            {
                continue;
            }
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value)));
            }
        }
        return folders;
    }

    public static string ProjectFile(string projectFolder) =>
        Path.Combine(Full(projectFolder), Path.GetFileName(projectFolder) + ".csproj");

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ParentPartner.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"no ParentPartner.sln above {AppContext.BaseDirectory}");
    }
}

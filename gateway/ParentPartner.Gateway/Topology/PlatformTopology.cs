using System.Text.Json;

namespace ParentPartner.Gateway.Topology;

/// <summary>
/// deploy/topology.json: the platform's processes, their local ports and the route prefixes each service answers,
/// declared once. The gateway builds its routes and clusters from it; the local scripts, the compose file and the
/// test toolbox follow it too.
/// </summary>
public sealed record PlatformTopology
{
    public const string FileName = "topology.json";

    public required TopologyProcess Identity { get; init; }
    public required TopologyProcess Gateway { get; init; }
    public required IReadOnlyList<TopologyService> Services { get; init; }

    /// <summary>The copy next to the running assembly (the gateway's and the tests' build output).</summary>
    public static PlatformTopology Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, FileName);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<PlatformTopology>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{path} is empty");
    }

    public TopologyService Service(string name) =>
        Services.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"no service '{name}' in {FileName}");
}

/// <summary>A process with a name, its project folder (from the repository root) and its local port.</summary>
public record TopologyProcess
{
    public required string Name { get; init; }
    public required string Project { get; init; }
    public required int Port { get; init; }

    /// <summary>The assembly the project builds (its folder's name).</summary>
    public string Assembly => Path.GetFileName(Project);
}

/// <summary>A service behind the gateway: every path under its route prefixes needs a token; anonymous routes are listed.</summary>
public sealed record TopologyService : TopologyProcess
{
    public required IReadOnlyList<string> Routes { get; init; }
    public IReadOnlyList<AnonymousRoute> AnonymousRoutes { get; init; } = [];
}

public sealed record AnonymousRoute(string Path, IReadOnlyList<string>? Methods);

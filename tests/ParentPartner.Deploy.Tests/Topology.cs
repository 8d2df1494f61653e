using System.Text.Json;

namespace ParentPartner.Deploy.Tests;

/// <summary>deploy/topology.json as these tests read it (plain JSON, so a broken consumer cannot hide a broken file).</summary>
public static class Topology
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Repository.Full("deploy/topology.json"))).RootElement;

    public sealed record Process(string Name, string Project, int Port);

    public static Process Identity => Read(Root.GetProperty("identity"));

    public static Process Gateway => Read(Root.GetProperty("gateway"));

    public static IReadOnlyList<Process> Services => [.. Root.GetProperty("services").EnumerateArray().Select(Read)];

    public static IReadOnlyList<Process> All => [Identity, .. Services, Gateway];

    public static TheoryData<string> ServiceNames() => [.. Services.Select(s => s.Name)];

    private static Process Read(JsonElement e) => new(e.GetProperty("name").GetString()!, e.GetProperty("project").GetString()!, e.GetProperty("port").GetInt32());
}

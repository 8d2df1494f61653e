using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParentPartner.Deploy.Tests;

/// <summary>
/// deploy/k8s as these tests read it: an overlay rendered by `kubectl kustomize` and validated offline by
/// deploy/k8s/validate (Kubernetes, KEDA, RabbitMQ operator and Dapr schemas), as JSON objects.
/// </summary>
public static partial class Kubernetes
{
    public static readonly string[] Overlays = ["local", "production"];

    public static TheoryData<string> OverlayData() => [.. Overlays];

    public static TheoryData<string, string> OverlayProcessData()
    {
        var data = new TheoryData<string, string>();
        foreach (var overlay in Overlays)
        {
            foreach (var process in Topology.Services.Append(Topology.Gateway))
            {
                data.Add(overlay, process.Name);
            }
        }
        return data;
    }

    /// <summary>The overlay's YAML as kustomize renders it.</summary>
    public static string Render(string overlay)
    {
        var result = Tool.Run("kubectl", ["kustomize", $"deploy/k8s/overlays/{overlay}"]);
        Assert.True(result.ExitCode == 0, $"kubectl kustomize {overlay} failed:\n{result.Error}");
        return result.Output;
    }

    /// <summary>Runs the validator on rendered YAML; with json, its objects come back on stdout.</summary>
    public static Tool.Result Validate(string yaml, bool json = false) =>
        Tool.Run("node", json ? ["validate.mjs", "--json"] : ["validate.mjs"], yaml, Repository.Full("deploy/k8s/validate"));

    private static readonly Dictionary<string, IReadOnlyList<JsonElement>> Rendered = [];

    public static IReadOnlyList<JsonElement> Objects(string overlay)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(overlay, out var objects))
            {
                var result = Validate(Render(overlay), json: true);
                Assert.True(result.ExitCode == 0, result.Error);
                objects = [.. JsonDocument.Parse(result.Output).RootElement.EnumerateArray()];
                Rendered[overlay] = objects;
            }
            return objects;
        }
    }

    public static IEnumerable<JsonElement> OfKind(string overlay, string kind) =>
        Objects(overlay).Where(o => o.GetProperty("kind").GetString() == kind);

    public static JsonElement? Named(string overlay, string kind, string name) =>
        OfKind(overlay, kind).Cast<JsonElement?>().FirstOrDefault(o => o!.Value.GetProperty("metadata").GetProperty("name").GetString() == name);

    public static JsonElement Single(string overlay, string kind, string name) =>
        Named(overlay, kind, name) ?? throw new Xunit.Sdk.XunitException($"{overlay} has no {kind} '{name}'");

    public static string? Text(this JsonElement element, params string[] path)
    {
        foreach (var step in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }

    /// <summary>The port the image listens on (deploy/docker/Dockerfile's EXPOSE).</summary>
    public static int ImagePort { get; } = int.Parse(ExposeLine().Match(File.ReadAllText(Repository.Full("deploy/docker/Dockerfile"))).Groups[1].Value);

    [GeneratedRegex(@"(?m)^EXPOSE (\d+)$")]
    private static partial Regex ExposeLine();
}

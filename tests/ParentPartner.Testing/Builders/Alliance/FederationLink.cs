using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Alliance;

/// <summary>
/// Sets up the federation link between a state's vhost and the hub's vhost exactly as
/// deploy/federation/link.sh does: it reads the same definition (deploy/federation/link.json), fills in
/// the same placeholders and makes the same management API calls, so a test of the link tests the script's
/// configuration. The hub side is declared with the hub node's admin; the shovels reach the hub with the
/// state's own user when one is given (see <see cref="GrantStateUserAsync"/>).
/// </summary>
public sealed class FederationLink
{
    private readonly JsonObject _plan;

    private FederationLink(string stateCode, RabbitVirtualHost state, RabbitVirtualHost hub, string hubUri, JsonObject plan)
    {
        StateCode = stateCode;
        State = state;
        Hub = hub;
        HubUri = hubUri;
        _plan = plan;
    }

    /// <summary>How the state's shovels reach the hub: the hub vhost's AMQP URI with the state's own credentials.</summary>
    public string HubUri { get; }

    public string StateCode { get; }

    public RabbitVirtualHost State { get; }

    public RabbitVirtualHost Hub { get; }

    /// <summary>The state's queue its submissions wait in until the shovel moves them to the hub.</summary>
    public string OutboundQueue => (string)_plan["state"]!["queues"]![0]!["name"]!;

    /// <summary>The hub's queue this state's answers wait in until the shovel takes them home.</summary>
    public string AnswersQueue => (string)_plan["hub"]!["queues"]![0]!["name"]!;

    public IReadOnlyList<string> ShovelNames => [.. _plan["state"]!["shovels"]!.AsArray().Select(s => (string)s!["name"]!)];

    /// <summary>
    /// The link's definition for one state: <paramref name="hubUser"/> is the state's own user on the hub
    /// broker (null: the hub node's admin, as in a quick local setup).
    /// </summary>
    public static FederationLink For(string stateCode, RabbitVirtualHost state, RabbitVirtualHost hub, (string User, string Password)? hubUser = null)
    {
        var hubAmqp = hubUser is { } credentials
            ? new UriBuilder(hub.Amqp) { UserName = Uri.EscapeDataString(credentials.User), Password = Uri.EscapeDataString(credentials.Password), Path = "" }.Uri
            : hub.Amqp;
        var values = new Dictionary<string, string>
        {
            ["{state}"] = stateCode.ToLowerInvariant(),
            ["{stateUri}"] = WithVhost(state.Amqp, state.Name),
            ["{hubUri}"] = WithVhost(hubAmqp, hub.Name),
        };
        var plan = Fill(JsonNode.Parse(File.ReadAllText(DefinitionPath))!, values).AsObject();
        return new FederationLink(stateCode.ToUpperInvariant(), state, hub, values["{hubUri}"], plan);
    }

    /// <summary>deploy/federation/link.json in this checkout.</summary>
    public static string DefinitionPath { get; } = FindDefinition();

    /// <summary>The hub side (link.sh --part hub): the state's answers exchange and queue on the hub.</summary>
    public Task DeclareHubSideAsync() => DeclareAsync(Hub, (JsonObject)_plan["hub"]!);

    /// <summary>The state's own user on the hub broker gets exactly the rights link.json lists (link.sh --grant).</summary>
    public Task GrantStateUserAsync(string user) =>
        Hub.Management.PutPermissionsAsync(Hub.Name, user, (JsonObject)_plan["hub"]!["statePermissions"]!.DeepClone());

    /// <summary>Both sides and both shovels, then waits until the shovels run (link.sh without --part).</summary>
    public async Task LinkAsync(TimeSpan? timeout = null)
    {
        await DeclareHubSideAsync();
        await ExpectBoundAsync(Hub, (JsonObject)_plan["hub"]!, "start the alliance hub service first");
        var state = (JsonObject)_plan["state"]!;
        await DeclareAsync(State, state);
        await ExpectBoundAsync(State, state, "start the state's consumer of answers first");
        await StartShovelsAsync();
        await WaitUntilRunningAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    /// <summary>Only the shovels (the declarations stay): what link.sh re-creates after unlink.sh.</summary>
    public async Task StartShovelsAsync()
    {
        foreach (var shovel in _plan["state"]!["shovels"]!.AsArray())
        {
            await State.Management.PutShovelAsync(State.Name, (string)shovel!["name"]!, (JsonObject)shovel["value"]!.DeepClone());
        }
    }

    /// <summary>Cuts the link the way unlink.sh does: both shovels deleted, queues kept.</summary>
    public async Task UnlinkAsync()
    {
        foreach (var name in ShovelNames)
        {
            await State.Management.DeleteShovelAsync(State.Name, name);
        }
    }

    public async Task WaitUntilRunningAsync(TimeSpan timeout)
    {
        await Eventually.UntilAsync(
            async () =>
            {
                var shovels = await State.Management.ShovelsAsync(State.Name);
                return ShovelNames.Select(n => shovels.TryGetValue(n, out var s) ? $"{n}: {s.State} {s.Reason}" : $"{n}: absent").ToList();
            },
            states => states.All(s => s.Contains(": running", StringComparison.Ordinal)),
            timeout,
            $"the {StateCode} link's shovels to run");
    }

    private static async Task DeclareAsync(RabbitVirtualHost vhost, JsonObject side)
    {
        foreach (var exchange in side["exchanges"]!.AsArray().OfType<JsonObject>())
        {
            await vhost.Management.PutExchangeAsync(vhost.Name, (string)exchange["name"]!, Without(exchange, "name"));
        }
        foreach (var queue in side["queues"]!.AsArray().OfType<JsonObject>())
        {
            await vhost.Management.PutQueueAsync(vhost.Name, (string)queue["name"]!, Without(queue, "name"));
        }
        foreach (var binding in side["bindings"]!.AsArray().OfType<JsonObject>())
        {
            await vhost.Management.PostBindingAsync(vhost.Name, (string)binding["source"]!, (string)binding["destination_type"]!, (string)binding["destination"]!,
                new JsonObject { ["routing_key"] = binding["routing_key"]!.DeepClone(), ["arguments"] = binding["arguments"]!.DeepClone() });
        }
    }

    // As link.sh: refuse to link while an exchange the link delivers to feeds nothing (the message would be
    // dropped). Unlike the script it waits a while first: a service started by the test may still be binding.
    private async Task ExpectBoundAsync(RabbitVirtualHost vhost, JsonObject side, string advice)
    {
        foreach (var exchange in side["expectBound"]!.AsArray().Select(e => (string)e!))
        {
            try
            {
                await Eventually.UntilAsync(() => vhost.Management.BoundFromAsync(vhost.Name, exchange),
                    bound => bound.Any(destination => destination != OutboundQueue), TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"nothing consumes '{exchange}' in vhost {vhost.Name} yet: {advice}");
            }
        }
    }

    private static JsonObject Without(JsonObject item, string property)
    {
        var copy = (JsonObject)item.DeepClone();
        copy.Remove(property);
        return copy;
    }

    // Placeholders are replaced inside string values only, as link.sh's jq walk does.
    private static JsonNode Fill(JsonNode node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        obj[key] = Fill(child.DeepClone(), values);
                    }
                }
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        array[i] = Fill(item.DeepClone(), values);
                    }
                }
                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(values.Aggregate(text, (current, pair) => current.Replace(pair.Key, pair.Value, StringComparison.Ordinal)));
            default:
                return node;
        }
    }

    private static string WithVhost(Uri amqp, string vhost) =>
        $"{amqp.Scheme}://{amqp.UserInfo}@{amqp.Host}:{amqp.Port}/{Uri.EscapeDataString(vhost)}";

    private static string FindDefinition()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "deploy", "federation", "link.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"no deploy/federation/link.json above {AppContext.BaseDirectory}");
    }
}

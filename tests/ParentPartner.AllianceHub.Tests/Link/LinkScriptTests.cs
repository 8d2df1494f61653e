using System.Diagnostics;
using System.Text.Json.Nodes;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests.Link;

/// <summary>
/// deploy/federation/link.sh (and status.sh, unlink.sh) on the real brokers: it refuses to link into the
/// void, it is idempotent, and it sets up exactly what the tests' FederationLink helper sets up.
/// </summary>
public sealed class LinkScriptTests
{
    private const string Submitted = "ParentPartner.Contracts.Alliance:AnnualReportSubmitted";
    private const string Answered = "ParentPartner.Contracts.Alliance:AnnualReportAnswered";
    private static readonly string Folder = Path.GetDirectoryName(FederationLink.DefinitionPath)!;

    [Fact]
    public async Task Link_sh_refuses_to_link_before_the_hub_service_consumes_and_creates_no_shovel()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await using var hub = await RabbitVirtualHost.OnHubBrokerAsync($"pp-script-hub-{id}");
        await using var state = await RabbitVirtualHost.OnStateBrokerAsync($"pp-script-state-{id}");

        var (code, _, error) = await RunAsync("link.sh", Arguments("IA", state, hub, hub.Amqp));

        Assert.Equal(4, code);
        Assert.Contains("start the alliance hub service first", error);
        Assert.Empty((await state.Management.ShovelsAsync(state.Name)).Keys);
    }

    [Theory]
    [InlineData("IOWA", null)]
    [InlineData("IA", "/with-a-vhost")]
    public async Task Link_sh_refuses_bad_arguments(string code, string? amqpPath)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await using var hub = await RabbitVirtualHost.OnHubBrokerAsync($"pp-script-hub-{id}");
        await using var state = await RabbitVirtualHost.OnStateBrokerAsync($"pp-script-state-{id}");
        var args = Arguments(code, state, hub, hub.Amqp);
        if (amqpPath is not null)
        {
            args[2] += amqpPath;
        }
        Assert.Equal(2, (await RunAsync("link.sh", args)).Code);
        Assert.Equal(2, (await RunAsync("link.sh", ["IA", "too", "few"])).Code);
    }

    [Fact]
    public async Task Link_sh_sets_up_what_the_test_helper_sets_up_is_idempotent_and_status_and_unlink_report_it()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await using var scriptHub = await RabbitVirtualHost.OnHubBrokerAsync($"pp-script-hub-s-{id}");
        await using var helperHub = await RabbitVirtualHost.OnHubBrokerAsync($"pp-script-hub-h-{id}");
        await using var scriptState = await RabbitVirtualHost.OnStateBrokerAsync($"pp-script-state-s-{id}");
        await using var helperState = await RabbitVirtualHost.OnStateBrokerAsync($"pp-script-state-h-{id}");
        var (scriptUser, helperUser) = ($"pp-script-s-{id}", $"pp-script-h-{id}");
        await scriptHub.Management.PutUserAsync(scriptUser, "script-secret");
        await helperHub.Management.PutUserAsync(helperUser, "helper-secret");
        try
        {
            // Stand-ins for the hub service's and the state's consumers, so the link has somewhere to deliver.
            foreach (var (vhost, exchange) in new[] { (scriptHub, Submitted), (helperHub, Submitted), (scriptState, Answered), (helperState, Answered) })
            {
                await vhost.Management.PutExchangeAsync(vhost.Name, exchange, new JsonObject { ["type"] = "fanout", ["durable"] = true });
                await vhost.Management.PutQueueAsync(vhost.Name, "consumer-stand-in", new JsonObject { ["durable"] = true });
                await vhost.Management.PostBindingAsync(vhost.Name, exchange, "q", "consumer-stand-in", new JsonObject { ["routing_key"] = "" });
            }

            var scriptHubAmqp = new UriBuilder(scriptHub.Amqp) { UserName = scriptUser, Password = "script-secret", Path = "" }.Uri;
            var (code, output, error) = await RunAsync("link.sh", ["--grant", .. Arguments("IA", scriptState, scriptHub, scriptHubAmqp)]);
            Assert.True(code == 0, $"link.sh exited {code}: {error}");
            Assert.Contains("linked IA", output);
            Assert.DoesNotContain("script-secret", output + error);

            var helper = FederationLink.For("IA", helperState, helperHub, (helperUser, "helper-secret"));
            await helper.DeclareHubSideAsync();
            await helper.GrantStateUserAsync(helperUser);
            await helper.LinkAsync();

            var scriptSetup = await SetupAsync(scriptState, scriptHub, scriptUser, "script-secret");
            Assert.Equal(await SetupAsync(helperState, helperHub, helperUser, "helper-secret"), scriptSetup);
            Assert.Contains("\"ack-mode\":\"on-confirm\"", scriptSetup);

            // Again: nothing changes, and it still reports the link as running.
            var again = await RunAsync("link.sh", ["--grant", .. Arguments("IA", scriptState, scriptHub, scriptHubAmqp)]);
            Assert.True(again.Code == 0, again.Error);
            Assert.Equal(scriptSetup, await SetupAsync(scriptState, scriptHub, scriptUser, "script-secret"));

            var status = await RunAsync("status.sh", [Management(scriptState), scriptState.Name, Management(scriptHub), scriptHub.Name, "IA"]);
            Assert.Equal(0, status.Code);
            Assert.Contains("shovel alliance-submissions-to-hub: running", status.Output);
            Assert.Contains("shovel alliance-answers-from-hub: running", status.Output);
            Assert.Contains("answers waiting on the hub: 0", status.Output);

            var unlink = await RunAsync("unlink.sh", [Management(scriptState), scriptState.Name]);
            Assert.Equal(0, unlink.Code);
            Assert.Empty((await scriptState.Management.ShovelsAsync(scriptState.Name)).Keys);
            Assert.Equal(3, (await RunAsync("status.sh", [Management(scriptState), scriptState.Name])).Code);
            Assert.Contains("no shovel", (await RunAsync("unlink.sh", [Management(scriptState), scriptState.Name])).Output);
            await helper.UnlinkAsync();
        }
        finally
        {
            await scriptHub.Management.DeleteUserAsync(scriptUser);
            await helperHub.Management.DeleteUserAsync(helperUser);
        }
    }

    /// <summary>Everything the link consists of on both brokers, with the vhost, user and password names made neutral.</summary>
    private static async Task<string> SetupAsync(RabbitVirtualHost state, RabbitVirtualHost hub, string user, string password)
    {
        var (s, h) = (RabbitManagement.Encode(state.Name), RabbitManagement.Encode(hub.Name));
        var parts = new JsonObject
        {
            ["shovels"] = await state.Management.GetJsonAsync($"parameters/shovel/{s}"),
            ["stateExchanges"] = await state.Management.GetJsonAsync($"exchanges/{s}"),
            ["stateQueues"] = await state.Management.GetJsonAsync($"queues/{s}"),
            ["stateBindings"] = await state.Management.GetJsonAsync($"bindings/{s}"),
            ["hubExchanges"] = await hub.Management.GetJsonAsync($"exchanges/{h}"),
            ["hubQueues"] = await hub.Management.GetJsonAsync($"queues/{h}"),
            ["hubBindings"] = await hub.Management.GetJsonAsync($"bindings/{h}"),
            ["hubPermissions"] = await hub.Management.GetJsonAsync($"permissions/{h}/{RabbitManagement.Encode(user)}"),
        };
        foreach (var (name, list) in parts.ToList())
        {
            parts[name] = Definitions(list!);
        }
        return parts.ToJsonString()
            .Replace(state.Name, "STATE-VHOST").Replace(hub.Name, "HUB-VHOST")
            .Replace(user, "STATE-USER").Replace(password, "PASSWORD");
    }

    // The defining fields only (not counters, rates, timestamps or the node), sorted so order does not matter.
    private static JsonNode Definitions(JsonNode node)
    {
        string[] keep = ["name", "value", "type", "durable", "auto_delete", "internal", "arguments", "source", "destination", "destination_type", "routing_key", "configure", "write", "read"];
        JsonObject Pick(JsonObject item) => new(item.Where(p => keep.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        return node is JsonArray array
            ? new JsonArray([.. array.OfType<JsonObject>().Select(Pick).OrderBy(i => i.ToJsonString(), StringComparer.Ordinal)])
            : Pick((JsonObject)node);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, tool)));

    private static string[] Arguments(string code, RabbitVirtualHost state, RabbitVirtualHost hub, Uri hubAmqp) =>
        [code, Management(state), Amqp(state.Amqp), state.Name, Amqp(hubAmqp), Management(hub), hub.Name];

    private static string Amqp(Uri uri) => $"{uri.Scheme}://{(uri.UserInfo.Length > 0 ? uri.UserInfo : "guest:guest")}@{uri.Host}:{uri.Port}";

    private static string Management(RabbitVirtualHost vhost) =>
        $"{vhost.ManagementUri.Scheme}://{(vhost.ManagementUri.UserInfo.Length > 0 ? vhost.ManagementUri.UserInfo : "guest:guest")}@{vhost.ManagementUri.Host}:{vhost.ManagementUri.Port}";

    private static async Task<(int Code, string Output, string Error)> RunAsync(string script, string[] arguments)
    {
        Assert.True(OnPath("jq") && OnPath("curl"), "the federation scripts need curl and jq (apt-get install jq; deploy/local/install.sh)");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

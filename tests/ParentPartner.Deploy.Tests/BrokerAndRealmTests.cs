using System.Text.Json;

namespace ParentPartner.Deploy.Tests;

/// <summary>The files the compose broker and Keycloak load at start-up.</summary>
public sealed class BrokerAndRealmTests
{
    [Fact]
    public void Keycloak_realm_export_parses_and_is_the_parentpartner_realm()
    {
        var path = Repository.Full("deploy/keycloak/parentpartner-realm.json");
        if (!File.Exists(path))
        {
            return; // Optional: compose then starts Keycloak without a realm to import.
        }

        using var realm = JsonDocument.Parse(File.ReadAllText(path));

        Assert.Equal("parentpartner", realm.RootElement.GetProperty("realm").GetString());
    }

    [Fact]
    public void Broker_enables_management_federation_and_shovel()
    {
        var plugins = File.ReadAllText(Repository.Full("deploy/rabbitmq/enabled_plugins"));

        Assert.Matches(@"^\[[a-z_,\s]+\]\.\s*$", plugins);
        foreach (var plugin in new[] { "rabbitmq_management", "rabbitmq_federation", "rabbitmq_shovel" })
        {
            Assert.Contains(plugin + ",", plugins.Replace("]", ",", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Broker_definitions_parse_and_keep_the_guest_user()
    {
        using var definitions = JsonDocument.Parse(File.ReadAllText(Repository.Full("deploy/rabbitmq/definitions.json")));

        Assert.Contains(definitions.RootElement.GetProperty("users").EnumerateArray(), user => user.GetProperty("name").GetString() == "guest");
        Assert.Contains(definitions.RootElement.GetProperty("vhosts").EnumerateArray(), vhost => vhost.GetProperty("name").GetString() == "/");
    }
}

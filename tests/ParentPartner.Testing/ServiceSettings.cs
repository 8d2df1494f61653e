namespace ParentPartner.Testing;

/// <summary>The settings a service host gets from its fixture.</summary>
public static class ServiceSettings
{
    public static Dictionary<string, string?> For(string database, string amqpUri, string authority) => new()
    {
        ["ConnectionStrings:Postgres"] = TestInfrastructure.Postgres,
        ["Database:Name"] = database,
        ["ConnectionStrings:RabbitMq"] = amqpUri,
        ["Auth:Authority"] = authority,
        ["Auth:RequireHttpsMetadata"] = "false",
        ["Outbox:PollInterval"] = "00:00:00.200",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, string key, string? value)
    {
        var copy = new Dictionary<string, string?>(settings) { [key] = value };
        return copy;
    }
}

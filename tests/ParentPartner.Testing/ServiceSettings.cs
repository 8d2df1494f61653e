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
        // The capture provider sees more than the console: a test scanning logs for personal data needs the everyday lines.
        [$"Logging:{CapturedLogs.Alias}:LogLevel:Default"] = "Information",
    };

    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, string key, string? value)
    {
        var copy = new Dictionary<string, string?>(settings) { [key] = value };
        return copy;
    }
}

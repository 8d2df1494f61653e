namespace ParentPartner.Testing.Builders.Alliance;

/// <summary>
/// The second ("hub") RabbitMQ node that `./pp test` starts beside the state broker, for tests of the
/// federation link between a state deployment and the alliance hub.
/// </summary>
public static class HubInfrastructure
{
    /// <summary>amqp://user:pass@host:port/ of the hub node (default vhost; each test makes its own).</summary>
    public static Uri RabbitMq => new(Required("PP_TEST_HUB_RABBITMQ"));

    public static Uri RabbitMqManagement => new(Required("PP_TEST_HUB_RABBITMQ_MANAGEMENT"));

    /// <summary>A command that takes stop-app / start-app to simulate a hub broker outage.</summary>
    public static string BrokerControl => Required("PP_TEST_HUB_BROKER_CONTROL");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with `./pp test`, which starts the hub broker (test-hub) for them.");
}

namespace ParentPartner.Testing;

/// <summary>Where the real PostgreSQL and RabbitMQ started by `./pp test` listen (environment variables it exports).</summary>
public static class TestInfrastructure
{
    public static string Postgres => Required("PP_TEST_POSTGRES");

    /// <summary>amqp://user:pass@host:port/ (the default vhost; each fixture makes its own).</summary>
    public static Uri RabbitMq => new(Required("PP_TEST_RABBITMQ"));

    public static Uri RabbitMqManagement => new(Required("PP_TEST_RABBITMQ_MANAGEMENT"));

    /// <summary>A command that takes stop-app / start-app to simulate a broker outage.</summary>
    public static string BrokerControl => Required("PP_TEST_BROKER_CONTROL");

    /// <summary>A command that takes crash / start to cut PostgreSQL off (pg_ctl -m immediate) and bring it back.</summary>
    public static string PostgresControl => Required("PP_TEST_POSTGRES_CONTROL");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with `./pp test`, which starts PostgreSQL and RabbitMQ for them.");
}

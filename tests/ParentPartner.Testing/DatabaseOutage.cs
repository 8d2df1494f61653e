namespace ParentPartner.Testing;

/// <summary>Cuts the test PostgreSQL off with pg_ctl -m immediate (every connection dies, no checkpoint) and starts it again.</summary>
public static class DatabaseOutage
{
    public static Task CrashAsync() => ControlScript.RunAsync(TestInfrastructure.PostgresControl, "crash");

    public static Task StartAsync() => ControlScript.RunAsync(TestInfrastructure.PostgresControl, "start");
}

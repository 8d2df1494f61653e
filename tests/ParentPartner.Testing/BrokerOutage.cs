namespace ParentPartner.Testing;

/// <summary>Stops and starts the RabbitMQ application on the test node (the node stays up), through ./pp's broker script.</summary>
public static class BrokerOutage
{
    public static Task StopAsync() => ControlScript.RunAsync(TestInfrastructure.BrokerControl, "stop-app");

    public static Task StartAsync() => ControlScript.RunAsync(TestInfrastructure.BrokerControl, "start-app");
}

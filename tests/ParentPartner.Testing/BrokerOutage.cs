namespace ParentPartner.Testing;

/// <summary>Broker faults on the test node through ./pp's broker script: the application stopped (the node stays up), or the node SIGKILLed.</summary>
public static class BrokerOutage
{
    public static Task StopAsync() => ControlScript.RunAsync(TestInfrastructure.BrokerControl, "stop-app");

    public static Task StartAsync() => ControlScript.RunAsync(TestInfrastructure.BrokerControl, "start-app");

    /// <summary>SIGKILL to the node: no clean shutdown, connections cut as in a crash.</summary>
    public static Task KillAsync() => ControlScript.RunAsync(TestInfrastructure.BrokerControl, "kill");

    /// <summary>Starts a killed node again; returns once it accepts AMQP.</summary>
    public static Task StartNodeAsync() => ControlScript.RunAsync(TestInfrastructure.BrokerControl, "start");
}

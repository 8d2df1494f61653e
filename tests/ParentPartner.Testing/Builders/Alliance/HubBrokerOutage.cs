using System.Diagnostics;

namespace ParentPartner.Testing.Builders.Alliance;

/// <summary>Stops and starts the RabbitMQ application on the hub node (the node stays up), through PP_TEST_HUB_BROKER_CONTROL.</summary>
public static class HubBrokerOutage
{
    public static Task StopAsync() => RunAsync("stop-app");

    public static Task StartAsync() => RunAsync("start-app");

    private static async Task RunAsync(string command)
    {
        var parts = HubInfrastructure.BrokerControl.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in parts.Skip(1).Append(command))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run the hub broker control script");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hub broker {command} failed ({process.ExitCode}): {await error}");
        }
    }
}

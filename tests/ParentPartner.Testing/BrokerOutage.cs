using System.Diagnostics;

namespace ParentPartner.Testing;

/// <summary>Stops and starts the RabbitMQ application on the test node (the node stays up), through ./pp's broker script.</summary>
public static class BrokerOutage
{
    public static Task StopAsync() => RunAsync("stop-app");

    public static Task StartAsync() => RunAsync("start-app");

    private static async Task RunAsync(string command)
    {
        var parts = TestInfrastructure.BrokerControl.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in parts.Skip(1).Append(command))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run the broker control script");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"broker {command} failed ({process.ExitCode}): {await error}");
        }
    }
}

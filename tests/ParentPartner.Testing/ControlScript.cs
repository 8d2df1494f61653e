using System.Diagnostics;

namespace ParentPartner.Testing;

/// <summary>Runs one of ./pp's infrastructure scripts (e.g. "deploy/local/broker.sh test") with a verb, failing loudly.</summary>
public static class ControlScript
{
    public static async Task RunAsync(string commandLine, string verb)
    {
        var parts = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in parts.Skip(1).Append(verb))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {commandLine}");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{commandLine} {verb} failed ({process.ExitCode}): {await error}");
        }
    }
}

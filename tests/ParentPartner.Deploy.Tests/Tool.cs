using System.ComponentModel;
using System.Diagnostics;

namespace ParentPartner.Deploy.Tests;

/// <summary>Runs a command-line tool from the repository root. Not installed is a failure: `./pp test` installs what these tests use.</summary>
public static class Tool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string file, IEnumerable<string> arguments, string? input = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory ?? Repository.Root,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                return new Result(-1, "", $"{file} did not finish within 2 minutes");
            }
            return new Result(process.ExitCode, stdout.Result, stderr.Result);
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"{file} is not installed ({error.Message}): run the tests with `./pp test`, which installs it.");
            throw;
        }
    }
}

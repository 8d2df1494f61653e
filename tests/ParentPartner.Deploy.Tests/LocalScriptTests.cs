using System.Diagnostics;

namespace ParentPartner.Deploy.Tests;

/// <summary>The run and test scripts (./pp, deploy/local, .ci/run) at least parse.</summary>
public sealed class LocalScriptTests
{
    public static TheoryData<string> Scripts() =>
    [
        "pp",
        ".ci/run",
        .. Directory.GetFiles(Repository.Full("deploy/local"), "*.sh").Select(Repository.Relative).Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_parses(string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Repository.Root, RedirectStandardError = true };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(script);
        using var bash = Process.Start(start)!;
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();

        Assert.True(bash.ExitCode == 0, $"bash -n {script}:\n{errors}");
    }
}

using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// Every service's OpenAPI document, as the gateway serves it, passes Redocly's recommended rules
/// (tools/openapi-lint: @redocly/cli pinned by its package-lock.json, installed by `./pp test`). Errors fail the
/// test, listed; warnings are allowed. A service added to the topology is linted without touching this file.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiLintTests(Platform platform)
{
    [Fact]
    public async Task Every_service_document_passes_the_recommended_lint_rules()
    {
        var folder = Directory.CreateTempSubdirectory("pp-openapi-").FullName;
        try
        {
            using var anonymous = platform.AnonymousClient();
            var files = new List<string>();
            foreach (var service in platform.Topology.Services)
            {
                var file = Path.Combine(folder, $"{service.Name}.json");
                await File.WriteAllTextAsync(file, await anonymous.GetStringAsync($"/openapi/{service.Name}.json"));
                files.Add(file);
            }

            var tool = Path.Combine(RepositoryRoot(), "tools", "openapi-lint");
            var (exitCode, output) = Run("node", [Path.Combine(tool, "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint",
                "--config", Path.Combine(tool, "redocly.yaml"), "--format", "stylish", .. files], tool);
            Assert.True(exitCode == 0, $"redocly lint found errors in the OpenAPI documents (exit {exitCode}):\n{output}");
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("PP_KEEP_OPENAPI") is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static (int ExitCode, string Output) Run(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // No telemetry and no update check: the lint runs offline.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "redocly lint did not finish within 2 minutes");
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"{file} is not installed ({error.Message}): run the tests with `./pp test`, which installs it.");
            throw;
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ParentPartner.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"no ParentPartner.sln above {AppContext.BaseDirectory}");
    }
}

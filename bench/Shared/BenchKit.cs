using System.Globalization;
using System.Net.Http.Headers;
using Npgsql;
using ParentPartner.Testing;

namespace ParentPartner.Bench;

/// <summary>
/// What the benchmarks that host services in-process share (linked into each project, as InstanceGenerator.cs is):
/// options, authorised clients, percentiles, the load average and dropping the run's database (tokens: IssuerHost.TokenAsync).
/// </summary>
internal static class BenchKit
{
    /// <summary>The integer after <c>--name</c> on the command line, or <paramref name="fallback"/>.</summary>
    public static int Argument(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The nearest-rank percentile of already sorted samples.</summary>
    public static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static async Task DropDatabaseAsync(string database)
    {
        try
        {
            await using var connection = new NpgsqlConnection(TestInfrastructure.Postgres);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            Console.Error.WriteLine($"could not drop {database}: {e.Message}");
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParentPartner.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}

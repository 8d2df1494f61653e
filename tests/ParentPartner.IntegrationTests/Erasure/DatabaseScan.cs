using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests.Erasure;

/// <summary>One stored value that matched: which service, table and column, and which seeded value it holds.</summary>
public sealed record StoredHit(string Service, string Table, string Column, string Value)
{
    public override string ToString() => $"{Service}.{Table}.{Column} holds '{Value}'";
}

/// <summary>
/// Every text, varchar, JSON, jsonb and array column of every table of every service's database, searched for the
/// seeded values (case-insensitive, anywhere in the text, so inside JSON bodies too).
/// </summary>
public static class DatabaseScan
{
    public static async Task<IReadOnlyList<StoredHit>> FindAsync(Platform platform, IReadOnlyCollection<string> values)
    {
        var pattern = string.Join('|', values.Select(v => Regex.Replace(v, @"[^A-Za-z0-9 ]", m => "\\" + m.Value)));
        var hits = new List<StoredHit>();
        foreach (var (service, host) in platform.Services)
        {
            await using var connection = new NpgsqlConnection(await ConnectionStringAsync(host));
            await connection.OpenAsync();
            var columns = new List<(string Table, string Column)>();
            await using (var list = new NpgsqlCommand(
                """
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
                ORDER BY 1, 2
                """, connection))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    columns.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
            Assert.True(columns.Count > 5, $"{service}: only {columns.Count} text columns found; the scan would prove nothing");
            foreach (var (table, column) in columns)
            {
                await using var search = new NpgsqlCommand($"""SELECT "{column}"::text FROM "{table}" WHERE "{column}"::text ~* @pattern LIMIT 20""", connection);
                search.Parameters.AddWithValue("pattern", pattern);
                await using var reader = await search.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var text = reader.GetString(0);
                    hits.AddRange(values.Where(v => text.Contains(v, StringComparison.OrdinalIgnoreCase)).Select(v => new StoredHit(service, table, column, v)));
                }
            }
        }
        return hits;
    }

    private static async Task<string> ConnectionStringAsync(IServiceHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var context = host.GetType().GetGenericArguments()[0];
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(context);
        return db.Database.GetConnectionString()!;
    }
}

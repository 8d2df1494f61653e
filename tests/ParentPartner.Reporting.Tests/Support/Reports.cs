using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using ParentPartner.Testing;

namespace ParentPartner.Reporting.Tests.Support;

/// <summary>Reading reports through the gateway as a user.</summary>
public sealed class Reports(Platform platform)
{
    public async Task<JsonElement> GetAsync(TestUser user, string path)
    {
        using var client = await platform.GatewayClientAsync(user);
        using var response = await client.GetAsync(path);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public Task<JsonElement> SummaryAsync(string programId, TestWindow? window = null, TestUser? user = null) =>
        GetAsync(user ?? TestUsers.CoordinatorA, $"/api/reports/programs/{programId}/summary{(window is null ? "" : "?" + window.Query)}");

    public Task<JsonElement> TimeToMatchAsync(string programId, TestWindow window, TestUser? user = null) =>
        GetAsync(user ?? TestUsers.CoordinatorA, $"/api/reports/programs/{programId}/time-to-match?{window.Query}");

    public Task<JsonElement> RosterGapsAsync(string programId, TestWindow window, TestUser? user = null) =>
        GetAsync(user ?? TestUsers.CoordinatorA, $"/api/reports/programs/{programId}/roster-gaps?{window.Query}");

    public Task<JsonElement> FollowUpAsync(string programId, TestWindow? window = null, TestUser? user = null) =>
        GetAsync(user ?? TestUsers.CoordinatorA, $"/api/reports/programs/{programId}/follow-up{(window is null ? "" : "?" + window.Query)}");

    public Task<JsonElement> PayrollAsync(string programId, TestWindow? window = null, TestUser? user = null) =>
        GetAsync(user ?? TestUsers.CoordinatorA, $"/api/reports/programs/{programId}/payroll{(window is null ? "" : "?" + window.Query)}");

    public Task<JsonElement> AnnualReportAsync(string programId, int year, TestUser? user = null) =>
        GetAsync(user ?? TestUsers.AdminA, $"/api/reports/programs/{programId}/annual-reports/{year}");

    /// <summary>A roster-gap row for one value of one dimension, or null when there is none.</summary>
    public static JsonElement? GapRow(JsonElement gaps, string dimension, string? value) =>
        gaps.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("dimension").GetString() == dimension
                        && string.Equals(r.GetProperty("value").GetString(), value, StringComparison.OrdinalIgnoreCase))
            .Select(r => (JsonElement?)r)
            .FirstOrDefault();

    public static int Count(JsonElement breakdown, string key) =>
        breakdown.TryGetProperty(key, out var value) ? value.GetInt32() : 0;

    /// <summary>One month of a monthly report (follow-up, payroll): the window's first month.</summary>
    public static JsonElement Month(JsonElement report, TestWindow window)
    {
        var name = window.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return report.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetString() == name);
    }

    /// <summary>A monthly report's CSV (month, figure, key, value) as rows by column name.</summary>
    public static List<Dictionary<string, string>> MonthlyCsv(string csv)
    {
        using var reader = CsvReader.FromText(csv);
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h) ?? "", StringComparer.Ordinal));
        }
        Assert.Equal(["month", "figure", "key", "value"], reader.Headers);
        return records;
    }
}

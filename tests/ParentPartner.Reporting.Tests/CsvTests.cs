using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CsvHelper;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>Every period report as CSV (Accept: text/csv or ?format=csv): it parses, and says what the JSON says.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CsvTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    private async Task<TestWindow> PopulatedWindowAsync()
    {
        var w = TestPeriods.NextWindow();
        var (language, county) = (Unique.Language(), Unique.County());
        var school = new ReferralEventsBuilder(A).From("School").ReceivedAt(w.At(2)).Speaking(language, "en").InCounty(county);
        var agency = new ReferralEventsBuilder(A).From("ChildWelfareAgency").ReceivedAt(w.At(3)).InCounty(county).AtCaseStage("InCare");
        var parent = new SupportParentEventsBuilder(A).Speaking(language).InCounty(county).WithCaseExperience("in-care");
        var match = new MatchEventsBuilder(A, agency.ReferralId, parent.SupportParentId);
        await _bus.PublishAndWaitAsync([
            school.Received(), agency.Received(), .. school.BecameReady(w.At(4)), .. agency.BecameReady(w.At(4)),
            parent.Certified(w.At(1)), match.Made(w.At(4), w.At(5)), match.Ended(w.At(20), "reunified", false),
            new ReferralEventsBuilder(A).InformationOnly(w.At(6), "support-groups, respite"),
            parent.Attended(w.From.AddDays(3), hours: 1.5m),
        ]);
        return w;
    }

    [Fact]
    public async Task Summary_csv_parses_and_matches_the_json()
    {
        var w = await PopulatedWindowAsync();
        var json = await _reports.SummaryAsync(A, w);

        var rows = Parse(await CsvAsync($"/api/reports/programs/{A}/summary?{w.Query}", viaAccept: true));

        Assert.Equal(["figure", "key", "value"], rows.Header);
        Assert.NotEmpty(rows.Records);
        foreach (var record in rows.Records)
        {
            var property = json.GetProperty(CamelCase(record["figure"]));
            var value = decimal.Parse(record["value"], CultureInfo.InvariantCulture);
            var expected = record["key"] is { Length: > 0 } key
                ? property.GetProperty(property.ValueKind == JsonValueKind.Object && property.TryGetProperty(key, out _) ? key : CamelCase(key)).GetDecimal()
                : property.GetDecimal();
            Assert.Equal(expected, value);
        }
        // Every figure of the JSON is in the CSV.
        var figures = rows.Records.Select(r => CamelCase(r["figure"])).ToHashSet();
        Assert.All(json.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.Number), p => Assert.Contains(p.Name, figures));
        Assert.Equal(json.GetProperty("referralsBySource").EnumerateObject().Count(), rows.Records.Count(r => r["figure"] == "referrals-by-source"));
    }

    [Fact]
    public async Task Time_to_match_csv_is_one_row_with_the_json_figures()
    {
        var w = await PopulatedWindowAsync();
        var json = await _reports.TimeToMatchAsync(A, w);

        var rows = Parse(await CsvAsync($"/api/reports/programs/{A}/time-to-match?{w.Query}&format=csv", viaAccept: false));

        var record = Assert.Single(rows.Records);
        Assert.Equal(json.GetProperty("programId").GetString(), record["programId"]);
        Assert.Equal(w.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record["from"]);
        foreach (var name in new[] { "targetHours", "matchesMade", "medianHours", "p90Hours", "withinTarget", "shareWithinTarget" })
        {
            Assert.Equal(json.GetProperty(name).GetDecimal(), decimal.Parse(record[name], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Roster_gaps_csv_has_a_row_per_json_row()
    {
        var w = await PopulatedWindowAsync();
        var json = await _reports.RosterGapsAsync(A, w);

        var rows = Parse(await CsvAsync($"/api/reports/programs/{A}/roster-gaps?{w.Query}", viaAccept: true));

        var expected = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Records.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("dimension").GetString(), rows.Records[i]["dimension"]);
            Assert.Equal(expected[i].GetProperty("value").GetString() ?? "", rows.Records[i]["value"]);
            foreach (var name in new[] { "waitingReferrals", "becameReadyInPeriod", "supportParentsWithCapacity", "freeSlots", "shortfall" })
            {
                Assert.Equal(expected[i].GetProperty(name).GetInt32(), int.Parse(rows.Records[i][name], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public async Task Format_json_wins_over_an_accept_header_asking_for_csv()
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/programs/{A}/summary?format=json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.ReadJsonAsync()).TryGetProperty("referralsReceived", out _));
    }

    private async Task<string> CsvAsync(string path, bool viaAccept)
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (viaAccept)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private static (IReadOnlyList<string> Header, IReadOnlyList<Dictionary<string, string>> Records) Parse(string csv)
    {
        using var reader = CsvReader.FromText(csv);
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h) ?? "", StringComparer.Ordinal));
        }
        return ([.. reader.Headers], records);
    }

    private static string CamelCase(string kebab)
    {
        var parts = kebab.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}

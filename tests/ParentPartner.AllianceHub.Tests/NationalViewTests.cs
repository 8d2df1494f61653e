using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>
/// National totals, the per-state table, trends, CSV and the chart: built from accepted reports only,
/// suppressed cells shown as suppressed, sums with suppressed parts flagged.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NationalViewTests(Platform platform) : IAsyncLifetime
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private StateBus _state = null!;

    private HubProbe Hub => new(platform.AllianceHub);

    public async Task InitializeAsync() => _state = await StateBus.StartAsync(platform.Broker.AmqpUri);

    public async Task DisposeAsync() => await _state.DisposeAsync();

    [Fact]
    public async Task Totals_and_the_state_table_sum_accepted_reports_and_flag_suppressed_parts()
    {
        var year = TestYears.Next();
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("IA", Programs.NewId("ia1")).ForYear(year));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("IA", Programs.NewId("ia2")).ForYear(year).WithCounts(Programs.SmallProgram));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("NE", Programs.NewId("ne1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 300));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("WY", Programs.NewId("wy1")).ForYear(year).WithCounts(Programs.SmallProgram));
        // Unpublished: pending, returned, rejected. None may show anywhere.
        await SubmitAsync(analyst, null, new AnnualReportSubmittedBuilder("NE", Programs.NewId("ne2")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 999));
        await SubmitAsync(analyst, "returned", new AnnualReportSubmittedBuilder("MN", Programs.NewId("mn1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 555));
        await SubmitAsync(analyst, null, new AnnualReportSubmittedBuilder("MT", Programs.NewId("mt1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 777).WithRawFigure(ReportedFigure.TrainingsCompleted, 3, false));

        var totals = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal(year, totals.GetProperty("year").GetInt32());
        Assert.Equal(4, totals.GetProperty("programsReporting").GetInt32());
        Assert.Equal(3, totals.GetProperty("statesReporting").GetInt32());
        Assert.Equal((420, "partial", 2), HubProbe.Cell(totals.GetProperty("figures"), "matches-made"));
        Assert.Equal((540, "published", 0), HubProbe.Cell(totals.GetProperty("figures"), "referrals-received"));
        Assert.Equal((0, "published", 0), HubProbe.Cell(totals.GetProperty("figures"), "outcome-reunified"));
        Assert.Equal(ReportedFigure.Catalogue, totals.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("name").GetString()));

        var table = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}/states");
        var states = table.GetProperty("states").EnumerateArray().ToDictionary(s => s.GetProperty("stateCode").GetString()!);
        Assert.Equal(["IA", "NE", "WY"], states.Keys);
        Assert.Equal(2, states["IA"].GetProperty("programsReporting").GetInt32());
        Assert.Equal((120, "partial", 1), HubProbe.Cell(states["IA"].GetProperty("figures"), "matches-made"));
        Assert.Equal((300, "published", 0), HubProbe.Cell(states["NE"].GetProperty("figures"), "matches-made"));
        Assert.Equal((null, "suppressed", 1), HubProbe.Cell(states["WY"].GetProperty("figures"), "matches-made"));
        Assert.Equal((30, "published", 0), HubProbe.Cell(states["WY"].GetProperty("figures"), "referrals-received"));
        Assert.Equal((420, "partial", 2), HubProbe.Cell(table.GetProperty("national").GetProperty("figures"), "matches-made"));
        Assert.DoesNotContain("999", table.GetRawText());
        Assert.DoesNotContain("555", table.GetRawText());
        Assert.DoesNotContain("777", table.GetRawText());
    }

    [Fact]
    public async Task The_state_table_downloads_as_csv_with_suppressed_cells_empty_and_flagged()
    {
        var year = TestYears.Next();
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("IA", Programs.NewId("ia1")).ForYear(year));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("IA", Programs.NewId("ia2")).ForYear(year).WithCounts(Programs.SmallProgram));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("WY", Programs.NewId("wy1")).ForYear(year).WithCounts(Programs.SmallProgram));
        await SubmitAsync(analyst, null, new AnnualReportSubmittedBuilder("NE", Programs.NewId("ne1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 999));

        using var response = await analyst.GetAsync($"/api/alliance/national/{year}/states.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("year,state,programs_reporting,figure,value,status", lines[0]);
        Assert.Equal((2 + 1) * ReportedFigure.Catalogue.Count, lines.Length - 1);
        Assert.Contains($"{year},IA,2,matches-made,120,partial", lines);
        Assert.Contains($"{year},IA,2,referrals-received,270,published", lines);
        Assert.Contains($"{year},WY,1,matches-made,,suppressed", lines);
        Assert.Contains($"{year},US,3,matches-made,120,partial", lines);
        Assert.DoesNotContain(lines, l => l.Contains(",NE,", StringComparison.Ordinal) || l.Contains("999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_matches_chart_is_an_svg_with_suppressed_cells_marked_and_partial_totals_flagged()
    {
        var year = TestYears.Next();
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("IA", Programs.NewId("ia1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 1250));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("WY", Programs.NewId("wy1")).ForYear(year).WithCounts(Programs.SmallProgram));
        await SubmitAsync(analyst, null, new AnnualReportSubmittedBuilder("NE", Programs.NewId("ne1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 999));

        using var response = await analyst.GetAsync($"/api/alliance/national/charts/matches.svg?from={year}&to={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.Equal(("1,250", "published"), Cell(svg, "IA", year));
        Assert.Equal(("S", "suppressed"), Cell(svg, "WY", year));
        Assert.Equal("url(#suppressed)", Row(svg, "WY").Descendants(Svg + "rect").Single().Attribute("fill")!.Value);
        Assert.Equal(("1,250*", "partial"), Cell(svg, "All", year));
        Assert.Null(svg.Descendants(Svg + "g").FirstOrDefault(g => (string?)g.Attribute("data-state") == "NE"));
        Assert.DoesNotContain("999", svg.ToString());
    }

    [Fact]
    public async Task Trends_give_each_year_and_the_change_only_between_exact_values()
    {
        var first = TestYears.Next();
        var second = TestYears.Next();
        Assert.Equal(first + 1, second);
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        var program = Programs.NewId("ks");
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("KS", program).ForYear(first).WithCount(ReportedFigure.MatchesMade, 100));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("KS", program).ForYear(second).WithCount(ReportedFigure.MatchesMade, 130));
        await SubmitAsync(analyst, "accepted", new AnnualReportSubmittedBuilder("KS", Programs.NewId("ks2")).ForYear(second).WithCounts(Programs.SmallProgram));

        var trends = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/trends?from={first}&to={second}");

        var years = trends.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([first, second], years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal([1, 2], years.Select(y => y.GetProperty("programsReporting").GetInt32()));
        Assert.Equal(JsonValueKind.Null, Trend(years[0], "referrals-received").GetProperty("changeFromPreviousYear").ValueKind);
        Assert.Equal(270, Trend(years[1], "referrals-received").GetProperty("value").GetInt32());
        Assert.Equal(30, Trend(years[1], "referrals-received").GetProperty("changeFromPreviousYear").GetInt32());
        // 130 plus a suppressed program: only a lower bound, so no change is claimed.
        Assert.Equal("partial", Trend(years[1], "matches-made").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, Trend(years[1], "matches-made").GetProperty("changeFromPreviousYear").ValueKind);

        var byDefault = await HubProbe.GetJsonAsync(analyst, "/api/alliance/national/trends");
        Assert.Equal(10, byDefault.GetProperty("years").GetArrayLength());
        Assert.Equal(platform.Clock.GetUtcNow().Year, byDefault.GetProperty("to").GetInt32());
    }

    [Fact]
    public async Task A_year_with_only_unpublished_reports_shows_nothing_of_them_in_any_view()
    {
        var year = TestYears.Next();
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        await SubmitAsync(analyst, null, new AnnualReportSubmittedBuilder("OR", Programs.NewId("or1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 611));
        await SubmitAsync(analyst, "returned", new AnnualReportSubmittedBuilder("WA", Programs.NewId("wa1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 622));
        await SubmitAsync(analyst, null, new AnnualReportSubmittedBuilder("ID", Programs.NewId("id1")).ForYear(year).WithCount(ReportedFigure.MatchesMade, 633).WithRawFigure(ReportedFigure.TrainingsCompleted, 5, false));

        foreach (var viewer in new[] { TestUsers.Analyst, TestUsers.PlatformAdmin })
        {
            using var client = await platform.GatewayClientAsync(viewer);
            var totals = await HubProbe.GetJsonAsync(client, $"/api/alliance/national/{year}");
            Assert.Equal(0, totals.GetProperty("programsReporting").GetInt32());
            Assert.All(totals.GetProperty("figures").EnumerateArray(), f => Assert.Equal("not-reported", f.GetProperty("status").GetString()));
            var table = await HubProbe.GetJsonAsync(client, $"/api/alliance/national/{year}/states");
            Assert.Empty(table.GetProperty("states").EnumerateArray());
            var csv = await (await client.GetAsync($"/api/alliance/national/{year}/states.csv")).Content.ReadAsStringAsync();
            Assert.All(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), line => Assert.EndsWith(",,not-reported", line));
            var svg = await (await client.GetAsync($"/api/alliance/national/charts/matches.svg?from={year}&to={year}")).Content.ReadAsStringAsync();
            Assert.Contains("No accepted reports", svg);
            foreach (var text in new[] { totals.GetRawText(), table.GetRawText(), csv, svg })
            {
                Assert.DoesNotContain("611", text);
                Assert.DoesNotContain("622", text);
                Assert.DoesNotContain("633", text);
            }
        }
    }

    /// <summary>Submits through the broker, waits for the hub, then decides (null: leave it as the checks left it).</summary>
    private async Task SubmitAsync(HttpClient analyst, string? decision, AnnualReportSubmittedBuilder builder)
    {
        var report = builder.Build();
        await _state.SubmitAsync(report);
        var stored = await Hub.ArrivedAsync(report.SubmissionId);
        if (decision is not null)
        {
            await HubProbe.DecideAsync(analyst, stored.Id, decision, decision == "returned" ? "Please recheck." : null);
        }
    }

    private static XElement Row(XDocument svg, string state) =>
        svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-state") == state);

    private static (string Text, string Status) Cell(XDocument svg, string state, int year)
    {
        var cell = Row(svg, state).Elements(Svg + "g").Single(g => (string?)g.Attribute("data-year") == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (cell.Element(Svg + "text")!.Value, (string)cell.Attribute("data-status")!);
    }

    private static JsonElement Trend(JsonElement year, string figure) =>
        year.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == figure);
}

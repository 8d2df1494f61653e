using System.Text.Json;
using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Tests.Link;

/// <summary>
/// What the national views must show, computed here from the reports the states sent (not by the hub's
/// code): each figure the sum of the published values, with the suppressed parts counted.
/// </summary>
internal static class ExpectedFigures
{
    public static Dictionary<string, (int? Value, string Status, int SuppressedParts)> Of(IEnumerable<AnnualReportSubmitted> reports)
    {
        var figures = reports.SelectMany(r => r.Figures).ToList();
        return ReportedFigure.Catalogue.ToDictionary(name => name, name =>
        {
            var parts = figures.Where(f => f.Name == name).ToList();
            var suppressed = parts.Count(p => p.Suppressed);
            var sum = parts.Where(p => !p.Suppressed).Sum(p => p.Value!.Value);
            return parts.Count == 0 ? ((int?)null, "not-reported", 0)
                : suppressed == parts.Count ? (null, "suppressed", suppressed)
                : (sum, suppressed == 0 ? "published" : "partial", suppressed);
        });
    }

    /// <summary>A view's figures as the same shape, to compare whole sets at once.</summary>
    public static Dictionary<string, (int? Value, string Status, int SuppressedParts)> From(JsonElement figures) =>
        figures.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => (f.GetProperty("value").ValueKind == JsonValueKind.Null ? (int?)null : f.GetProperty("value").GetInt32(),
                f.GetProperty("status").GetString()!,
                f.GetProperty("suppressedParts").GetInt32()));

    /// <summary>
    /// Every year's national totals and per-state table, as the analyst reads them, equal the accepted reports'
    /// figures exactly (<see cref="Of"/>), and count each program once.
    /// </summary>
    public static async Task AssertNationalViewsAsync(HttpClient analyst, IEnumerable<AnnualReportSubmitted> accepted)
    {
        var reports = accepted.ToList();
        foreach (var year in reports.Select(r => r.Year).Distinct())
        {
            var ofYear = reports.Where(r => r.Year == year).ToList();
            var totals = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
            Assert.Equal(ofYear.Count, totals.GetProperty("programsReporting").GetInt32());
            Assert.Equal(Of(ofYear), From(totals.GetProperty("figures")));

            var table = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}/states");
            var rows = table.GetProperty("states").EnumerateArray().ToDictionary(s => s.GetProperty("stateCode").GetString()!);
            Assert.Equal(ofYear.Select(r => r.StateCode).Distinct().Order(), rows.Keys.Order());
            foreach (var (state, row) in rows)
            {
                Assert.Equal(Of(ofYear.Where(r => r.StateCode == state)), From(row.GetProperty("figures")));
            }
        }
    }

    /// <summary>A consistent program year with realistic spread: about a quarter of the counts fall from 0 to 10.</summary>
    public static Dictionary<string, int> RandomCounts(Random random)
    {
        int Count() => random.Next(4) == 0 ? random.Next(0, 11) : random.Next(11, 500);
        var matches = Count();
        var counts = new Dictionary<string, int>
        {
            [ReportedFigure.ReferralsReceived] = Count(),
            [ReportedFigure.InformationRequests] = Count(),
            [ReportedFigure.MatchesMade] = matches,
            [ReportedFigure.TrainingsCompleted] = Count(),
        };
        var ended = random.Next(0, matches + 1);
        foreach (var outcome in ReportedFigure.Outcomes)
        {
            var share = outcome == ReportedFigure.Outcomes[^1] ? ended : random.Next(0, ended + 1);
            counts[outcome] = share;
            ended -= share;
        }
        var active = random.Next(0, matches + 1);
        counts[ReportedFigure.MatchesActiveAtYearEnd] = active;
        counts[ReportedFigure.SupportParentsActive] = active > 0 ? random.Next(1, 60) : random.Next(0, 60);
        return counts;
    }
}

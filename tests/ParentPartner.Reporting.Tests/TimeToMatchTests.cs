using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>Time from ready to matched: median, 90th percentile and share within the program's target, from known inputs.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TimeToMatchTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private static readonly double[] Hours = [60, 2, 47.5, 10, 100, 24, 48, 30];
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    private async Task<TestWindow> MatchesWithKnownHoursAsync()
    {
        var w = TestPeriods.NextWindow();
        var events = new List<object>();
        for (var i = 0; i < Hours.Length; i++)
        {
            var made = w.At(10 + i);
            events.Add(new MatchEventsBuilder(A, Guid.NewGuid(), Guid.NewGuid()).Made(made.AddHours(-Hours[i]), made));
        }
        // Made before the period: not counted, however long it took.
        events.Add(new MatchEventsBuilder(A, Guid.NewGuid(), Guid.NewGuid()).Made(w.JustBefore.AddDays(-20), w.JustBefore));
        var ids = await _bus.PublishAndWaitAsync([.. events]);
        await _bus.RedeliverAsync(events[0], ids[0]);
        return w;
    }

    [Fact]
    public async Task Median_90th_percentile_and_share_within_the_default_48_hours()
    {
        await ProgramSettings.PutAsync(platform, TestUsers.AdminA, A, targetHours: 48);
        var w = await MatchesWithKnownHoursAsync();

        var report = await _reports.TimeToMatchAsync(A, w);

        // Sorted: 2, 10, 24, 30, 47.5, 48, 60, 100. Median (type 7): 30 + 0.5 × 17.5; p90: 60 + 0.3 × 40.
        Assert.Equal(8, report.GetProperty("matchesMade").GetInt32());
        Assert.Equal(48, report.GetProperty("targetHours").GetInt32());
        Assert.Equal(38.75m, report.GetProperty("medianHours").GetDecimal());
        Assert.Equal(72m, report.GetProperty("p90Hours").GetDecimal());
        Assert.Equal(6, report.GetProperty("withinTarget").GetInt32());
        Assert.Equal(0.75m, report.GetProperty("shareWithinTarget").GetDecimal());
    }

    [Fact]
    public async Task The_share_follows_the_programs_target_setting()
    {
        var w = await MatchesWithKnownHoursAsync();
        await ProgramSettings.PutAsync(platform, TestUsers.AdminA, A, targetHours: 24);
        try
        {
            var report = await _reports.TimeToMatchAsync(A, w);

            Assert.Equal(24, report.GetProperty("targetHours").GetInt32());
            Assert.Equal(3, report.GetProperty("withinTarget").GetInt32());
            Assert.Equal(0.375m, report.GetProperty("shareWithinTarget").GetDecimal());
            Assert.Equal(38.75m, report.GetProperty("medianHours").GetDecimal());
        }
        finally
        {
            await ProgramSettings.PutAsync(platform, TestUsers.AdminA, A, targetHours: 48);
        }
    }

    [Fact]
    public async Task A_period_without_matches_has_no_percentiles()
    {
        var w = TestPeriods.NextWindow();

        var report = await _reports.TimeToMatchAsync(A, w);

        Assert.Equal(0, report.GetProperty("matchesMade").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("medianHours").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("p90Hours").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("shareWithinTarget").ValueKind);
    }
}

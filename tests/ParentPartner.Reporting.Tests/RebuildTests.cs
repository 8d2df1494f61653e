using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.EventLog;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>Throwing the read models away and replaying the event log gives the same figures, and loses nothing arriving meanwhile.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RebuildTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    /// <summary>A bit of everything, some of it out of order, some of it twice, a revoked consent among it.</summary>
    private async Task<TestWindow> EverythingAsync()
    {
        var w = TestPeriods.NextWindow();
        var (language, county, condition) = (Unique.Language(), Unique.County(), Unique.Condition());
        var events = new List<object>();
        var parents = Enumerable.Range(0, 3).Select(_ => new SupportParentEventsBuilder(A).Speaking(language).InCounty(county).WithConditions(condition).WithCaseload(2)).ToList();
        events.AddRange(parents.Select((p, i) => p.Certified(w.At(1 + i))));
        events.Add(parents[1].Lapsed(w.At(9)));
        events.Add(parents[2].Attended(w.From.AddDays(2)));
        for (var i = 0; i < 8; i++)
        {
            var referral = new ReferralEventsBuilder(A).From(i % 2 == 0 ? "School" : "Court").ReceivedAt(w.At(2 + i)).Speaking(language).InCounty(county).WithConditions(condition);
            events.Add(referral.Received());
            if (i < 6)
            {
                events.AddRange(referral.BecameReady(w.At(3 + i)));
            }
            if (i < 3)
            {
                var match = new MatchEventsBuilder(A, referral.ReferralId, parents[i % 3].SupportParentId);
                var offer = Guid.NewGuid();
                events.AddRange([match.Offered(offer, w.At(4 + i)), match.Made(w.At(3 + i), w.At(4 + i, 20 + i))]);
                if (i == 0)
                {
                    events.Add(match.Ended(w.At(15), "reunified", true));
                    events.Add(OutcomeEventsBuilder.ReEntry(A, referral.ReferralId, DateOnly.FromDateTime(w.At(15).UtcDateTime).AddMonths(5), w.At(15).AddMonths(5)));
                }
            }
            if (i == 4)
            {
                events.Add(referral.ConsentRevoked(w.At(12)));
            }
            if (i == 6)
            {
                events.Add(referral.InformationOnly(w.At(10), "respite-care"));
            }
        }
        events.Add(OutcomeEventsBuilder.Inquiry(A, w.From.AddDays(4), "web", ["respite-care"]));
        events.Add(OutcomeEventsBuilder.Inquiry(A, w.From.AddDays(5), "event", county: county));
        events.Reverse(1, 6);
        var ids = await _bus.PublishAndWaitAsync([.. events]);
        await _bus.RedeliverAsync(events[^1], ids[^1]);
        return w;
    }

    private async Task<string> FiguresAsync(TestWindow w)
    {
        var all = await _reports.SummaryAsync(A);
        var summary = await _reports.SummaryAsync(A, w);
        var time = await _reports.TimeToMatchAsync(A, w);
        var gaps = await _reports.RosterGapsAsync(A, w);
        var annual = await _reports.AnnualReportAsync(A, w.From.Year);
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var counts = string.Join(";", await db.ReferralCounts.Where(c => c.ProgramId == A).OrderBy(c => c.Source).Select(c => c.Source + "=" + c.Received).ToListAsync());
        return string.Join("\n", all.GetRawText(), summary.GetRawText(), time.GetRawText(), gaps.GetRawText(), annual.GetRawText(), counts);
    }

    /// <summary>The figures once nothing more arrives (other services in the fixture may still publish).</summary>
    private async Task<string> SettledFiguresAsync(TestWindow w)
    {
        while (true)
        {
            var logged = await _bus.LoggedAsync();
            var figures = await FiguresAsync(w);
            if (await _bus.LoggedAsync() == logged)
            {
                return figures;
            }
        }
    }

    [Fact]
    public async Task A_program_admin_rebuild_gives_identical_figures()
    {
        var w = await EverythingAsync();
        var before = await SettledFiguresAsync(w);

        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var response = await admin.PostAsync($"/api/reports/programs/{A}/rebuild", null);
        var result = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(A, result.GetProperty("programId").GetString());
        Assert.True(result.GetProperty("eventsReplayed").GetInt32() >= 60);
        Assert.Equal(before, await SettledFiguresAsync(w));
    }

    [Fact]
    public async Task The_rebuilder_class_and_the_platform_admin_rebuild_every_program_identically()
    {
        var w = await EverythingAsync();
        var before = await SettledFiguresAsync(w);
        var beforeB = (await _reports.SummaryAsync(TestUsers.ProgramB, user: TestUsers.CoordinatorB)).GetRawText();

        await using (var scope = platform.Reporting.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RebuildAsync(null, CancellationToken.None);
            Assert.Null(result.ProgramId);
            Assert.Equal(0, result.EventsSkipped);
        }
        Assert.Equal(before, await SettledFiguresAsync(w));

        using var platformAdmin = await platform.GatewayClientAsync(TestUsers.PlatformAdmin);
        using var all = await platformAdmin.PostAsync("/api/reports/rebuild", null);
        await all.ReadJsonAsync(HttpStatusCode.OK);
        using var one = await platformAdmin.PostAsync($"/api/reports/programs/{TestUsers.ProgramB}/rebuild", null);
        Assert.Equal(TestUsers.ProgramB, (await one.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("programId").GetString());

        Assert.Equal(before, await SettledFiguresAsync(w));
        Assert.Equal(beforeB, (await _reports.SummaryAsync(TestUsers.ProgramB, user: TestUsers.CoordinatorB)).GetRawText());
    }

    [Fact]
    public async Task Events_arriving_during_a_rebuild_are_neither_lost_nor_counted_twice()
    {
        var w = TestPeriods.NextWindow();
        var referrals = Enumerable.Range(0, 150).Select(i => new ReferralEventsBuilder(A).From("Self").ReceivedAt(w.At(1 + i % 27)).Received()).ToList();

        var publishing = Task.Run(async () =>
        {
            var ids = new List<Guid>();
            foreach (var referral in referrals)
            {
                ids.Add(await _bus.PublishAsync(referral));
            }
            return ids;
        });
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        for (var i = 0; i < 3; i++)
        {
            using var response = await admin.PostAsync($"/api/reports/programs/{A}/rebuild", null);
            await response.ReadJsonAsync(HttpStatusCode.OK);
        }
        await _bus.ConsumedAsync(await publishing);

        Assert.Equal(150, (await _reports.SummaryAsync(A, w)).GetProperty("referralsReceived").GetInt32());
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.Equal(
            await db.Referrals.CountAsync(r => r.ProgramId == A && r.ReceivedCounted),
            await db.ReferralCounts.Where(c => c.ProgramId == A).SumAsync(c => c.Received));
    }
}

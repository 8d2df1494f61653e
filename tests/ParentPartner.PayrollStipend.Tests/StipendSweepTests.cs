using System.Net;
using ParentPartner.Contracts.Matching;
using ParentPartner.Testing;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>
/// The stipend sweep: a month in which no event arrived still pays the match stipend, once per period, however many
/// sweeps run at the same time.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StipendSweepTests(Platform platform)
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private readonly PayrollDriver _payroll = new(platform);

    [Fact]
    public async Task Every_month_of_an_active_match_gets_its_stipend_once_even_with_concurrent_sweeps()
    {
        await _payroll.EnsureBasePolicyAsync();
        var person = Guid.NewGuid();
        var match = Guid.NewGuid();
        var madeAt = platform.Clock.GetUtcNow().AddDays(-80);
        await _payroll.PublishAsync(new MatchMade
        {
            MatchId = match, ReferralId = Guid.NewGuid(), SupportParentId = person, ProgramId = PayrollDriver.Program,
            ReadyAt = madeAt.AddDays(-1), MadeAt = madeAt,
        });
        // MatchMade books the month the match began in; nothing books the months after it until the sweep runs.
        await Eventually.UntilAsync(async () => (await _payroll.TimesheetsAsync(person)).Length, n => n == 1, what: "the first month's stipend");

        var sweeps = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SweepAsync(TestUsers.PayrollApproverA)));
        Assert.All(sweeps, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.OK, await SweepAsync(TestUsers.PayrollApproverA));

        var months = MonthsFrom(Local(madeAt), Local(platform.Clock.GetUtcNow()));
        Assert.True(months.Count >= 3, "80 days span at least three calendar months");
        var sheets = await _payroll.TimesheetsAsync(person);
        Assert.Equal(months, sheets.Select(s => DateOnly.Parse(s.GetProperty("periodStartsOn").GetString()!)).Order().ToList());
        foreach (var month in months)
        {
            var stipends = PayrollDriver.Lines(await _payroll.TimesheetForAsync(person, month))
                .Where(l => l.GetProperty("code").GetString() == "match-stipend").ToArray();
            var stipend = Assert.Single(stipends);
            Assert.Equal(match, stipend.GetProperty("source").GetProperty("matchId").GetGuid());
            if (month != months[0])
            {
                Assert.Equal(100m, stipend.GetProperty("amount").GetDecimal());
            }
        }
    }

    [Fact]
    public async Task Only_a_payroll_approver_of_the_program_runs_the_sweep()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await SweepAsync(TestUsers.CoordinatorA));
        using var foreign = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs(TestUsers.ProgramB)}/stipend-sweeps");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private async Task<HttpStatusCode> SweepAsync(TestUser user)
    {
        using var response = await _payroll.PostAsync(user, $"{PayrollDriver.Programs()}/stipend-sweeps");
        return response.StatusCode;
    }

    private static DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Chicago).DateTime);

    private static List<DateOnly> MonthsFrom(DateOnly first, DateOnly last)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            months.Add(month);
        }
        return months;
    }
}

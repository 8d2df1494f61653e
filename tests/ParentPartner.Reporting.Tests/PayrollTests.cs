using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>
/// Paid payroll from payroll-stipend's PayrollPaid published on the real broker and read through the gateway:
/// per month of the payment date and in total, hours and amounts per earnings code and employment type, payees per
/// batch, each payment id counted once, CSV, rebuild, and another program's figures kept apart.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PayrollTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    [Fact]
    public async Task Paid_hours_and_amounts_are_reported_by_the_month_of_the_payment_date_and_totalled()
    {
        var first = TestPeriods.NextWindow();
        var second = TestPeriods.NextWindow();
        await _bus.PublishAndWaitAsync(
            new PayrollPaidBuilder(A, first.From.AddDays(4)).Payees(3)
                .Earning("court-hearing", "employee", 2.5m, 50m)
                .Earning("mileage", "employee", 0m, 14.50m)
                .Earning("one-to-one", "contractor", 1.25m, 25m).Build(),
            // Paid this month for last month's period: the payment date decides the month.
            new PayrollPaidBuilder(A, first.From.AddDays(19)).Payees(2).ForPeriodStarting(first.From.AddMonths(-1))
                .Earning("one-to-one", "employee", 1m, 20m)
                .Earning("match-stipend", "volunteer", 0m, 25m).Build(),
            new PayrollPaidBuilder(A, second.From.AddDays(1)).Payees(1)
                .Earning("court-hearing", "contractor", 2m, 40m).Build(),
            // Paid on the day before the first month: in an earlier test's window, not here.
            new PayrollPaidBuilder(A, first.From.AddDays(-1)).Payees(7).Earning("court-hearing", "employee", 9m, 180m).Build());

        // Mid-month bounds still report both months whole.
        var report = await _reports.GetAsync(TestUsers.CoordinatorA,
            $"/api/reports/programs/{A}/payroll?from={first.From.AddDays(10):yyyy-MM-dd}&to={second.From.AddDays(5):yyyy-MM-dd}");

        Assert.Equal(first.From, DateOnly.Parse(report.GetProperty("from").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(second.To, DateOnly.Parse(report.GetProperty("to").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(2, report.GetProperty("months").GetArrayLength());

        var one = Reports.Month(report, first);
        Assert.Equal(2, one.GetProperty("payments").GetInt32());
        Assert.Equal(5, one.GetProperty("payees").GetInt32());
        Assert.Equal(4.75m, one.GetProperty("hours").GetDecimal());
        Assert.Equal(134.50m, one.GetProperty("amount").GetDecimal());
        AssertPaid(one.GetProperty("byEarningsCode"), "court-hearing", 2.5m, 50m);
        AssertPaid(one.GetProperty("byEarningsCode"), "mileage", 0m, 14.50m);
        AssertPaid(one.GetProperty("byEarningsCode"), "one-to-one", 2.25m, 45m);
        AssertPaid(one.GetProperty("byEarningsCode"), "match-stipend", 0m, 25m);
        Assert.Equal(4, one.GetProperty("byEarningsCode").EnumerateObject().Count());
        AssertPaid(one.GetProperty("byEmploymentType"), "employee", 3.5m, 84.50m);
        AssertPaid(one.GetProperty("byEmploymentType"), "contractor", 1.25m, 25m);
        AssertPaid(one.GetProperty("byEmploymentType"), "volunteer", 0m, 25m);

        var two = Reports.Month(report, second);
        Assert.Equal(1, two.GetProperty("payments").GetInt32());
        Assert.Equal(1, two.GetProperty("payees").GetInt32());
        Assert.Equal(2m, two.GetProperty("hours").GetDecimal());
        Assert.Equal(40m, two.GetProperty("amount").GetDecimal());
        AssertPaid(two.GetProperty("byEarningsCode"), "court-hearing", 2m, 40m);
        Assert.Single(two.GetProperty("byEmploymentType").EnumerateObject());

        var total = report.GetProperty("total");
        Assert.Equal(JsonValueKind.Null, total.GetProperty("month").ValueKind);
        Assert.Equal(3, total.GetProperty("payments").GetInt32());
        Assert.Equal(6, total.GetProperty("payees").GetInt32());
        Assert.Equal(6.75m, total.GetProperty("hours").GetDecimal());
        Assert.Equal(174.50m, total.GetProperty("amount").GetDecimal());
        AssertPaid(total.GetProperty("byEarningsCode"), "court-hearing", 4.5m, 90m);
        AssertPaid(total.GetProperty("byEmploymentType"), "contractor", 3.25m, 65m);
    }

    [Fact]
    public async Task A_payment_is_counted_once_however_often_it_arrives()
    {
        var w = TestPeriods.NextWindow();
        var paid = new PayrollPaidBuilder(A, w.From.AddDays(9)).Payees(2)
            .Earning("family-team-meeting", "employee", 1.5m, 30m)
            .Earning("training-stipend", "volunteer", 0m, 15m).Build();
        var ids = await _bus.PublishAndWaitAsync(paid);

        // The same message again (broker redelivery) and under a new message id (an outbox retry).
        await _bus.RedeliverAsync(paid, ids[0]);
        // A resend of the same payment recorded later: still the one batch.
        await _bus.PublishAndWaitAsync(paid with { RecordedAt = paid.RecordedAt.AddMinutes(5) });

        var month = Reports.Month(await _reports.PayrollAsync(A, w), w);
        Assert.Equal(1, month.GetProperty("payments").GetInt32());
        Assert.Equal(2, month.GetProperty("payees").GetInt32());
        Assert.Equal(1.5m, month.GetProperty("hours").GetDecimal());
        Assert.Equal(45m, month.GetProperty("amount").GetDecimal());
        AssertPaid(month.GetProperty("byEarningsCode"), "family-team-meeting", 1.5m, 30m);
        AssertPaid(month.GetProperty("byEmploymentType"), "volunteer", 0m, 15m);
    }

    [Fact]
    public async Task Csv_parses_and_says_what_the_json_says()
    {
        var w = TestPeriods.NextWindow();
        await _bus.PublishAndWaitAsync(
            new PayrollPaidBuilder(A, w.From.AddDays(2)).Payees(4)
                .Earning("court-hearing", "employee", 3.25m, 65m)
                .Earning("phone", "contractor", 0.5m, 10m)
                .Earning("mileage", "contractor", 0m, 7.25m).Build(),
            new PayrollPaidBuilder(A, w.From.AddDays(16)).Payees(1).Earning("support-group", "volunteer", 2m, 0m).Build());
        var json = await _reports.PayrollAsync(A, w);

        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/programs/{A}/payroll?{w.Query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var records = Reports.MonthlyCsv(await response.Content.ReadAsStringAsync());

        // Every JSON figure, for the month and the total, is one CSV row with the same value, and there are no others.
        var expected = new List<(string Month, string Figure, string Key, decimal Value)>();
        foreach (var (name, m) in new[] { (Reports.Month(json, w).GetProperty("month").GetString()!, Reports.Month(json, w)), ("total", json.GetProperty("total")) })
        {
            expected.Add((name, "payments", "", m.GetProperty("payments").GetDecimal()));
            expected.Add((name, "payees", "", m.GetProperty("payees").GetDecimal()));
            expected.Add((name, "hours", "", m.GetProperty("hours").GetDecimal()));
            expected.Add((name, "amount", "", m.GetProperty("amount").GetDecimal()));
            foreach (var (breakdown, figure) in new[] { ("byEarningsCode", "by-earnings-code"), ("byEmploymentType", "by-employment-type") })
            {
                foreach (var entry in m.GetProperty(breakdown).EnumerateObject())
                {
                    expected.Add((name, figure + "-hours", entry.Name, entry.Value.GetProperty("hours").GetDecimal()));
                    expected.Add((name, figure + "-amount", entry.Name, entry.Value.GetProperty("amount").GetDecimal()));
                }
            }
        }
        var actual = records.Select(r => (r["month"], r["figure"], r["key"], decimal.Parse(r["value"], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(expected.OrderBy(e => e.ToString(), StringComparer.Ordinal), actual.OrderBy(e => e.ToString(), StringComparer.Ordinal));
        Assert.Contains(actual, r => r == ("total", "by-employment-type-amount", "contractor", 17.25m));
        Assert.Contains(actual, r => r == (w.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), "payees", "", 5m));
    }

    [Fact]
    public async Task A_rebuild_from_the_event_log_gives_the_same_payroll_figures()
    {
        var w = TestPeriods.NextWindow();
        var paid = new PayrollPaidBuilder(A, w.From.AddDays(5)).Payees(3)
            .Earning("court-hearing", "employee", 2m, 40m)
            .Earning("adjustment", "employee", 0m, -5m)
            .Earning("one-to-one", "contractor", 4.3333m, 86.67m).Build();
        var ids = await _bus.PublishAndWaitAsync(
            paid, new PayrollPaidBuilder(A, w.From.AddDays(20)).Payees(1).Earning("training", "volunteer", 3m, 0m).Build());
        await _bus.RedeliverAsync(paid, ids[0]);

        var before = await SettledAsync(w);
        var month = Reports.Month(JsonDocument.Parse(before).RootElement, w);
        Assert.Equal(2, month.GetProperty("payments").GetInt32());
        Assert.Equal(121.67m, month.GetProperty("amount").GetDecimal());
        Assert.Equal(9.3333m, month.GetProperty("hours").GetDecimal());

        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var response = await admin.PostAsync($"/api/reports/programs/{A}/rebuild", null);
        await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(before, await SettledAsync(w));
    }

    [Fact]
    public async Task Another_programs_payments_are_not_in_the_figures_and_its_coordinator_gets_404()
    {
        var w = TestPeriods.NextWindow();
        await _bus.PublishAndWaitAsync(
            new PayrollPaidBuilder(A, w.From.AddDays(3)).Payees(2).Earning("court-hearing", "employee", 1m, 20m).Build(),
            new PayrollPaidBuilder(TestUsers.ProgramB, w.From.AddDays(3)).Payees(9).Earning("court-hearing", "employee", 8m, 160m).Build());

        var month = Reports.Month(await _reports.PayrollAsync(A, w), w);
        Assert.Equal(1, month.GetProperty("payments").GetInt32());
        Assert.Equal(2, month.GetProperty("payees").GetInt32());
        Assert.Equal(20m, month.GetProperty("amount").GetDecimal());
        var theirs = Reports.Month(await _reports.PayrollAsync(TestUsers.ProgramB, w, TestUsers.CoordinatorB), w);
        Assert.Equal(160m, theirs.GetProperty("amount").GetDecimal());

        using var outsider = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        using var response = await outsider.GetAsync($"/api/reports/programs/{A}/payroll?{w.Query}");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The window's report once nothing more arrives (other services in the fixture may still publish).</summary>
    private async Task<string> SettledAsync(TestWindow w)
    {
        while (true)
        {
            var logged = await _bus.LoggedAsync();
            var report = (await _reports.PayrollAsync(A, w)).GetRawText();
            if (await _bus.LoggedAsync() == logged)
            {
                return report;
            }
        }
    }

    private static void AssertPaid(JsonElement breakdown, string key, decimal hours, decimal amount)
    {
        Assert.True(breakdown.TryGetProperty(key, out var paid), $"{key} missing from {breakdown.GetRawText()}");
        Assert.Equal(hours, paid.GetProperty("hours").GetDecimal());
        Assert.Equal(amount, paid.GetProperty("amount").GetDecimal());
    }
}

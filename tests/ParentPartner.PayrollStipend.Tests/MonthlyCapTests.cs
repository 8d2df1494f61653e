using System.Text.Json;
using ParentPartner.Contracts.Matching;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>
/// The policy's monthly cap is a real cap: a month's earnings (mileage left out) above it are taken off by one
/// monthly-cap line, recomputed whenever the month's lines change; on an approved month the change is an adjustment
/// in the next open period. 2036 has a cap of 100 (base rates: one-to-one 20 an hour); 2037 has none.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MonthlyCapTests(Platform platform)
{
    private const decimal Cap = 100m;
    private readonly PayrollDriver _payroll = new(platform);

    private async Task CappedYearAsync()
    {
        await _payroll.EnsurePolicyAsync(new DateOnly(2036, 1, 1), Cap);
        await _payroll.EnsurePolicyAsync(new DateOnly(2037, 1, 1), null);
    }

    private static JsonElement[] CapLines(JsonElement sheet) =>
        [.. PayrollDriver.Lines(sheet).Where(l => l.GetProperty("code").GetString() == "monthly-cap")];

    private static decimal Earnings(JsonElement sheet) =>
        PayrollDriver.Lines(sheet).Where(l => l.GetProperty("code").GetString() != "mileage").Sum(l => l.GetProperty("amount").GetDecimal());

    private static void AssertTotalIsSumOfLines(JsonElement sheet) =>
        Assert.Equal(PayrollDriver.Lines(sheet).Sum(l => l.GetProperty("amount").GetDecimal()), PayrollDriver.Total(sheet));

    [Fact]
    public async Task A_month_over_the_cap_gets_one_monthly_cap_line_bringing_it_exactly_to_the_cap()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        for (var day = 5; day <= 8; day++)
        {
            await _payroll.ContactAsync(person, new DateOnly(2036, 1, day), minutes: 90); // 30 each: 120 in all
        }

        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 1, 1));
        var cap = Assert.Single(CapLines(sheet));
        Assert.Equal(-20m, cap.GetProperty("amount").GetDecimal());
        Assert.Equal("monthly-cap", cap.GetProperty("source").GetProperty("type").GetString());
        Assert.False(cap.GetProperty("isAdjustment").GetBoolean());
        Assert.Equal("2036-01-08", cap.GetProperty("occurredOn").GetString());
        Assert.Contains("100.00", cap.GetProperty("reason").GetString());
        Assert.Equal(Cap, PayrollDriver.Total(sheet));
        AssertTotalIsSumOfLines(sheet);
        var warning = Assert.Single(sheet.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "monthly-cap");
        Assert.Equal("2036-01", warning.GetProperty("month").GetString());
        Assert.Equal(120m, warning.GetProperty("monthEarnings").GetDecimal());
        Assert.Contains("20.00 above", warning.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_correction_that_lowers_the_month_below_the_cap_removes_the_cap_line()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        var big = await _payroll.ContactAsync(person, new DateOnly(2036, 2, 3), minutes: 240); // 80
        await _payroll.ContactAsync(person, new DateOnly(2036, 2, 4), minutes: 120); // 40: 120 in all
        Assert.Equal(-20m, Assert.Single(CapLines(await _payroll.TimesheetForAsync(person, new DateOnly(2036, 2, 1)))).GetProperty("amount").GetDecimal());

        await _payroll.PublishAsync(big with { Revision = 2, Minutes = 270 }); // 90: 130 in all, the cap line follows
        await _payroll.WaitForRevisionAsync(big.ContactId, 2);
        Assert.Equal(-30m, Assert.Single(CapLines(await _payroll.TimesheetForAsync(person, new DateOnly(2036, 2, 1)))).GetProperty("amount").GetDecimal());

        await _payroll.PublishAsync(big with { Revision = 3, Minutes = 120 }); // 40: 80 in all
        await _payroll.WaitForRevisionAsync(big.ContactId, 3);

        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 2, 1));
        Assert.Empty(CapLines(sheet));
        Assert.Equal(80m, PayrollDriver.Total(sheet));
        AssertTotalIsSumOfLines(sheet);
        Assert.DoesNotContain(sheet.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "monthly-cap");
    }

    [Fact]
    public async Task A_redelivered_event_and_a_recomputation_change_nothing()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var contact = new Testing.Builders.Scheduling.ContactLoggedBuilder(PayrollDriver.Program, person).On(new DateOnly(2036, 3, 9)).Kind("one-to-one", 360).Build(); // 120
        await _payroll.PublishAsync(contact, messageId);
        await _payroll.WaitForRevisionAsync(contact.ContactId, 1);
        var before = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 3, 1));
        var capId = Assert.Single(CapLines(before)).GetProperty("id").GetGuid();

        await _payroll.PublishAsync(contact, messageId); // the same message again (inbox)
        await _payroll.PublishAsync(contact); // the same revision under a new message id (revision rule)
        await _payroll.ContactAsync(person, new DateOnly(2036, 3, 10), minutes: 0, miles: 4m); // mileage only: the month is recomputed, its earnings are not changed

        var after = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 3, 1));
        var cap = Assert.Single(CapLines(after));
        Assert.Equal(capId, cap.GetProperty("id").GetGuid());
        Assert.Equal(-20m, cap.GetProperty("amount").GetDecimal());
        Assert.Equal(3, PayrollDriver.Lines(after).Length);
        Assert.Equal(102.90m, PayrollDriver.Total(after)); // 100 + 4 miles at 0.725
    }

    [Fact]
    public async Task After_approval_a_late_event_over_the_cap_and_a_void_below_it_become_adjustments_in_the_next_open_period()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        var first = await _payroll.ContactAsync(person, new DateOnly(2036, 5, 4), minutes: 240); // 80, under the cap
        var may = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 5, 1));
        Assert.Empty(CapLines(may));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(may));

        var late = await _payroll.ContactAsync(person, new DateOnly(2036, 5, 20), minutes: 120); // 40 more: 120 in May
        var mayAgain = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 5, 1));
        Assert.Equal(80m, PayrollDriver.Total(mayAgain)); // approved lines never change
        Assert.Single(PayrollDriver.Lines(mayAgain));
        var june = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 6, 1));
        var cap = Assert.Single(CapLines(june));
        Assert.Equal(-20m, cap.GetProperty("amount").GetDecimal());
        Assert.True(cap.GetProperty("isAdjustment").GetBoolean());
        Assert.StartsWith("2036-05", cap.GetProperty("occurredOn").GetString());
        Assert.Contains("2036-05", cap.GetProperty("reason").GetString());
        Assert.Equal(20m, PayrollDriver.Total(june)); // 40 late − 20 above the cap
        AssertTotalIsSumOfLines(june);

        // The first contact voided: May earned only the late 40, so the 20 taken off is given back (the June cap line is replaced).
        await _payroll.PublishAsync(first with { Revision = 2, Voided = true });
        await _payroll.WaitForRevisionAsync(first.ContactId, 2);
        june = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 6, 1));
        Assert.Empty(CapLines(june));
        Assert.Equal(-40m, PayrollDriver.Total(june)); // 40 late − 80 taken back
        AssertTotalIsSumOfLines(june);
        Assert.Equal(late.ContactId, PayrollDriver.Lines(june).Single(l => l.GetProperty("amount").GetDecimal() > 0).GetProperty("source").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_cap_booked_on_an_approved_month_is_paid_back_by_an_adjustment_when_the_month_drops()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        var first = await _payroll.ContactAsync(person, new DateOnly(2036, 8, 4), minutes: 360); // 120: capped to 100
        var august = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 8, 1));
        Assert.Equal(Cap, PayrollDriver.Total(august));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(august));

        await _payroll.PublishAsync(first with { Revision = 2, Minutes = 150 }); // 50
        await _payroll.WaitForRevisionAsync(first.ContactId, 2);

        Assert.Equal(Cap, PayrollDriver.Total(await _payroll.TimesheetForAsync(person, new DateOnly(2036, 8, 1))));
        var september = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 9, 1));
        var payBack = Assert.Single(CapLines(september));
        Assert.Equal(20m, payBack.GetProperty("amount").GetDecimal());
        Assert.True(payBack.GetProperty("isAdjustment").GetBoolean());
        Assert.Equal(-50m, PayrollDriver.Total(september)); // −70 hours corrected + 20 of the cap given back: August pays 50 in all
        AssertTotalIsSumOfLines(september);
    }

    [Fact]
    public async Task Stipends_and_manual_adjustments_count_towards_the_cap()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        var attended = new TrainingAttendedBuilder(PayrollDriver.Program).ForSupportParent(person, "employee").WithHours(5m).On(new DateOnly(2036, 10, 2)).Build();
        await _payroll.PublishAsync(attended); // 80 hours + 10 stipend
        await _payroll.ContactAsync(person, new DateOnly(2036, 10, 3), minutes: 60); // 20: 110 in all
        // The training and the contact arrive on queues of their own: wait until both are on the timesheet.
        var october = await Eventually.UntilAsync(() => _payroll.TimesheetForAsync(person, new DateOnly(2036, 10, 1)),
            s => PayrollDriver.Lines(s).Any(l => l.GetProperty("code").GetString() == "training-stipend"), what: "the training lines");
        Assert.Equal(-10m, Assert.Single(CapLines(october)).GetProperty("amount").GetDecimal());
        Assert.Equal(Cap, PayrollDriver.Total(october));

        using var created = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/adjustments",
            new { supportParentId = person, amount = -15m, reason = "Training hours recorded twice.", occurredOn = "2036-10-02" }, idempotencyKey: $"cap-{person}");
        await created.ReadJsonAsync(System.Net.HttpStatusCode.Created);

        october = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 10, 1));
        Assert.Empty(CapLines(october)); // 95 now
        Assert.Equal(95m, Earnings(october) + (await _payroll.TimesheetsAsync(person)).Where(t => PayrollDriver.Id(october) != t.GetProperty("id").GetGuid()).Sum(t => t.GetProperty("total").GetDecimal()));
    }

    [Fact]
    public async Task A_match_stipend_counts_towards_the_cap_and_its_end_recomputes_it()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        var match = Guid.NewGuid();
        // Made on 1 November (Chicago): the whole month's stipend of 100.
        await _payroll.PublishAsync(new MatchMade
        {
            MatchId = match, ReferralId = Guid.NewGuid(), SupportParentId = person, ProgramId = PayrollDriver.Program,
            ReadyAt = new DateTimeOffset(2036, 11, 1, 16, 0, 0, TimeSpan.Zero), MadeAt = new DateTimeOffset(2036, 11, 1, 18, 0, 0, TimeSpan.Zero),
        });
        await Eventually.UntilAsync(async () => (await _payroll.TimesheetsAsync(person)).Length, n => n == 1, what: "the stipend's timesheet");
        await _payroll.ContactAsync(person, new DateOnly(2036, 11, 3), minutes: 60); // 20 more: 120
        var november = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 11, 1));
        Assert.Equal(-20m, Assert.Single(CapLines(november)).GetProperty("amount").GetDecimal());
        Assert.Equal(Cap, PayrollDriver.Total(november));

        // Ended on the 15th: 15 of 30 days, 50; with the contact 70, under the cap.
        await _payroll.PublishAsync(new MatchEnded
        {
            MatchId = match, ReferralId = Guid.NewGuid(), SupportParentId = person, ProgramId = PayrollDriver.Program, Reason = "goals-met",
            EndedAt = new DateTimeOffset(2036, 11, 15, 20, 0, 0, TimeSpan.Zero),
        });
        november = await Eventually.UntilAsync(() => _payroll.TimesheetForAsync(person, new DateOnly(2036, 11, 1)), s => PayrollDriver.Total(s) != Cap, what: "the stipend to stop");
        Assert.Empty(CapLines(november));
        Assert.Equal(70m, PayrollDriver.Total(november));
        AssertTotalIsSumOfLines(november);
    }

    [Fact]
    public async Task Mileage_is_not_capped()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2036, 7, 6), minutes: 300, miles: 100m); // 100 exactly at the cap, and 72.50 of mileage
        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 7, 1));
        Assert.Empty(CapLines(sheet));
        Assert.Equal(172.50m, PayrollDriver.Total(sheet));

        await _payroll.ContactAsync(person, new DateOnly(2036, 7, 7), minutes: 30, miles: 10m); // 10 more earned, 7.25 more mileage
        sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2036, 7, 1));
        Assert.Equal(-10m, Assert.Single(CapLines(sheet)).GetProperty("amount").GetDecimal());
        Assert.Equal(Cap, Earnings(sheet));
        Assert.Equal(179.75m, PayrollDriver.Total(sheet));
        AssertTotalIsSumOfLines(sheet);
    }

    [Fact]
    public async Task Without_a_cap_nothing_is_taken_off()
    {
        await CappedYearAsync();
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2037, 1, 12), minutes: 600); // 200 in a year with no cap
        await _payroll.ContactAsync(person, new DateOnly(2037, 1, 13), minutes: 300);

        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2037, 1, 1));
        Assert.Empty(CapLines(sheet));
        Assert.Equal(300m, PayrollDriver.Total(sheet));
        Assert.DoesNotContain(sheet.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "monthly-cap");
    }
}

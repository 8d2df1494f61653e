using ParentPartner.Contracts.Matching;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>Timesheets built from events only: each line points at its event; redelivery changes nothing; late and corrected events become adjustments.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TimesheetBuildTests(Platform platform)
{
    private readonly PayrollDriver _payroll = new(platform);

    [Fact]
    public async Task A_contact_becomes_hours_and_mileage_lines_that_point_at_the_event()
    {
        var person = Guid.NewGuid();
        var contact = await _payroll.ContactAsync(person, new DateOnly(2030, 1, 14), "court-hearing", 50, 12.3m);

        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 1, 1));

        Assert.Equal("draft", sheet.GetProperty("timesheet").GetProperty("status").GetString());
        Assert.Equal("2030-01-31", sheet.GetProperty("timesheet").GetProperty("periodEndsOn").GetString());
        var lines = PayrollDriver.Lines(sheet);
        var hours = lines.Single(l => l.GetProperty("code").GetString() == "court-hearing");
        Assert.Equal(20.83m, hours.GetProperty("amount").GetDecimal()); // 50 × 25 / 60 = 20.8333
        var mileage = lines.Single(l => l.GetProperty("code").GetString() == "mileage");
        Assert.Equal(8.92m, mileage.GetProperty("amount").GetDecimal());
        Assert.All(lines, l =>
        {
            Assert.Equal("contact", l.GetProperty("source").GetProperty("type").GetString());
            Assert.Equal(contact.ContactId, l.GetProperty("source").GetProperty("id").GetGuid());
            Assert.Equal(1, l.GetProperty("source").GetProperty("revision").GetInt32());
            Assert.False(l.GetProperty("isAdjustment").GetBoolean());
        });
        Assert.Equal(29.75m, PayrollDriver.Total(sheet));
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing()
    {
        var person = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var contact = new Testing.Builders.Scheduling.ContactLoggedBuilder(PayrollDriver.Program, person).On(new DateOnly(2030, 2, 3)).Kind("one-to-one", 90).Build();
        await _payroll.EnsureBasePolicyAsync();
        await _payroll.PublishAsync(contact, messageId);
        await _payroll.WaitForRevisionAsync(contact.ContactId, 1);

        await _payroll.PublishAsync(contact, messageId); // the same message again (inbox)
        await _payroll.PublishAsync(contact); // the same revision under a new message id (revision rule)
        await _payroll.ContactAsync(person, new DateOnly(2030, 2, 4), minutes: 30); // a later event: the earlier ones were handled by now

        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 2, 1));
        Assert.Equal(2, PayrollDriver.Lines(sheet).Length);
        Assert.Equal(40m, PayrollDriver.Total(sheet));
    }

    [Fact]
    public async Task A_correction_before_approval_replaces_the_lines_and_a_lower_revision_is_ignored()
    {
        var person = Guid.NewGuid();
        var first = await _payroll.ContactAsync(person, new DateOnly(2030, 3, 10), minutes: 60);
        await _payroll.PublishAsync(first with { Revision = 3, Minutes = 120 });
        await _payroll.WaitForRevisionAsync(first.ContactId, 3);
        await _payroll.PublishAsync(first with { Revision = 2, Minutes = 30 });
        await _payroll.ContactAsync(person, new DateOnly(2030, 3, 11), minutes: 0, miles: 10m);

        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 3, 1));
        var hours = Assert.Single(PayrollDriver.Lines(sheet), l => l.GetProperty("code").GetString() == "one-to-one");
        Assert.Equal(40m, hours.GetProperty("amount").GetDecimal());
        Assert.Equal(3, hours.GetProperty("source").GetProperty("revision").GetInt32());
        Assert.False(hours.GetProperty("isAdjustment").GetBoolean());
    }

    [Fact]
    public async Task Late_and_corrected_events_after_approval_become_adjustments_in_the_next_open_period()
    {
        var person = Guid.NewGuid();
        var corrected = await _payroll.ContactAsync(person, new DateOnly(2030, 4, 8), minutes: 60);
        var voided = await _payroll.ContactAsync(person, new DateOnly(2030, 4, 9), "phone", 60);
        var april = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 4, 1));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(april));

        var late = await _payroll.ContactAsync(person, new DateOnly(2030, 4, 20), "family-team-meeting", 120);
        await _payroll.PublishAsync(corrected with { Revision = 2, Minutes = 90 });
        await _payroll.WaitForRevisionAsync(corrected.ContactId, 2);
        await _payroll.PublishAsync(voided with { Revision = 2, Voided = true });
        await _payroll.WaitForRevisionAsync(voided.ContactId, 2);

        var aprilAgain = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 4, 1));
        Assert.Equal(35m, PayrollDriver.Total(aprilAgain)); // approved lines never change
        Assert.Equal(2, PayrollDriver.Lines(aprilAgain).Length);
        var may = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 5, 1));
        var lines = PayrollDriver.Lines(may);
        Assert.All(lines, l => Assert.True(l.GetProperty("isAdjustment").GetBoolean()));
        var lateLine = lines.Single(l => l.GetProperty("source").GetProperty("id").GetGuid() == late.ContactId);
        Assert.Equal(45m, lateLine.GetProperty("amount").GetDecimal());
        Assert.Contains("approved", lateLine.GetProperty("reason").GetString());
        var correction = lines.Single(l => l.GetProperty("source").GetProperty("id").GetGuid() == corrected.ContactId);
        Assert.Equal(10m, correction.GetProperty("amount").GetDecimal()); // 90 minutes now (30) − 60 minutes paid (20)
        Assert.Equal(2, correction.GetProperty("source").GetProperty("revision").GetInt32());
        Assert.Contains("Correction", correction.GetProperty("reason").GetString());
        var takeBack = lines.Single(l => l.GetProperty("source").GetProperty("id").GetGuid() == voided.ContactId);
        Assert.Equal(-15m, takeBack.GetProperty("amount").GetDecimal());
        Assert.Equal(40m, PayrollDriver.Total(may));
    }

    [Fact]
    public async Task Training_attendance_pays_hours_and_the_stipend_once_per_enrolment_and_sets_the_employment_type()
    {
        var person = Guid.NewGuid();
        await _payroll.EnsureBasePolicyAsync();
        var attended = new TrainingAttendedBuilder(PayrollDriver.Program).ForSupportParent(person, "employee").WithHours(2.5m).On(new DateOnly(2030, 6, 2)).Build();
        await _payroll.PublishAsync(attended);
        await _payroll.PublishAsync(attended); // a second copy under a new message id: the enrolment is the natural key
        await _payroll.ContactAsync(person, new DateOnly(2030, 6, 3), minutes: 0, miles: 1m);

        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 6, 1));
        var training = PayrollDriver.Lines(sheet).Where(l => l.GetProperty("source").GetProperty("type").GetString() == "training").ToList();
        Assert.Equal([40m, 10m], training.Select(l => l.GetProperty("amount").GetDecimal()).Order().ToArray().Reverse());
        Assert.All(training, l => Assert.Equal(attended.EnrolmentId, l.GetProperty("source").GetProperty("id").GetGuid()));
        Assert.Equal("employee", sheet.GetProperty("employmentType").GetString());
    }

    [Fact]
    public async Task The_match_stipend_is_prorated_by_the_days_the_match_was_active()
    {
        var person = Guid.NewGuid();
        await _payroll.EnsureBasePolicyAsync();
        var match = Guid.NewGuid();
        // 2030-04-11 at 18:00 UTC is the 11th in Chicago: 20 of April's 30 days.
        await _payroll.PublishAsync(new MatchMade
        {
            MatchId = match, ReferralId = Guid.NewGuid(), SupportParentId = person, ProgramId = PayrollDriver.Program,
            ReadyAt = new DateTimeOffset(2030, 4, 10, 18, 0, 0, TimeSpan.Zero), MadeAt = new DateTimeOffset(2030, 4, 11, 18, 0, 0, TimeSpan.Zero),
        });
        var made = await Eventually.UntilAsync(async () => (await _payroll.TimesheetsAsync(person)).Length, n => n == 1, what: "the stipend's timesheet");
        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2030, 4, 1));
        var stipend = Assert.Single(PayrollDriver.Lines(sheet));
        Assert.Equal("match-stipend", stipend.GetProperty("code").GetString());
        Assert.Equal(66.67m, stipend.GetProperty("amount").GetDecimal());
        Assert.Equal(match, stipend.GetProperty("source").GetProperty("matchId").GetGuid());

        // Ended on the 20th (Chicago): 10 days.
        await _payroll.PublishAsync(new MatchEnded
        {
            MatchId = match, ReferralId = Guid.NewGuid(), SupportParentId = person, ProgramId = PayrollDriver.Program, Reason = "goals-met",
            EndedAt = new DateTimeOffset(2030, 4, 20, 20, 0, 0, TimeSpan.Zero),
        });
        var ended = await Eventually.UntilAsync(() => _payroll.TimesheetForAsync(person, new DateOnly(2030, 4, 1)), s => PayrollDriver.Total(s) != 66.67m, what: "the stipend to stop");
        Assert.Equal(33.33m, PayrollDriver.Total(ended));
        Assert.Equal(1, made);
    }

    [Fact]
    public async Task Policy_versions_are_kept_and_each_day_is_paid_at_the_version_in_effect()
    {
        var person = Guid.NewGuid();
        await _payroll.EnsureBasePolicyAsync();
        using var created = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/policies", new
        {
            effectiveFrom = "2031-01-01",
            hourlyRates = new Dictionary<string, decimal> { ["one-to-one"] = 30m },
            mileageRate = 0.14m,
        });
        var version = (await created.ReadJsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("version").GetInt32();

        await _payroll.ContactAsync(person, new DateOnly(2030, 12, 31), minutes: 60, miles: 10m);
        await _payroll.ContactAsync(person, new DateOnly(2031, 1, 1), minutes: 60, miles: 10m);

        Assert.Equal(27.25m, PayrollDriver.Total(await _payroll.TimesheetForAsync(person, new DateOnly(2030, 12, 1)))); // 20 + 7.25
        var january = await _payroll.TimesheetForAsync(person, new DateOnly(2031, 1, 1));
        Assert.Equal(31.40m, PayrollDriver.Total(january)); // 30 + 1.40
        Assert.All(PayrollDriver.Lines(january), l => Assert.Equal(version, l.GetProperty("policyVersion").GetInt32()));
        using var client = await _payroll.As(TestUsers.CoordinatorA);
        var versions = await (await client.GetAsync($"{PayrollDriver.Programs()}/policies")).ReadJsonAsync();
        Assert.True(versions.GetArrayLength() >= 2);
        Assert.Equal(version, versions[0].GetProperty("version").GetInt32());
    }
}

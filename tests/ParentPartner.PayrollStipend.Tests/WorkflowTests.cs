using System.Net;
using System.Net.Http.Json;
using ParentPartner.Testing;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>draft → submitted (by the person or a coordinator) → approved or returned with a comment (never by the approver for themselves).</summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkflowTests(Platform platform)
{
    private readonly PayrollDriver _payroll = new(platform);

    private static string Sheet(Guid id) => $"{PayrollDriver.Programs()}/timesheets/{id}";

    [Fact]
    public async Task The_person_submits_the_approver_returns_with_a_comment_then_approves_the_resubmission()
    {
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2030, 7, 2), subject: TestUsers.SupportParentA.Subject);
        var id = PayrollDriver.Id(await _payroll.TimesheetForAsync(person, new DateOnly(2030, 7, 1)));

        using var submitted = await _payroll.PostAsync(TestUsers.SupportParentA, $"{Sheet(id)}/submission");
        var own = await submitted.ReadJsonAsync();
        Assert.Equal("submitted", own.GetProperty("timesheet").GetProperty("status").GetString());
        Assert.False(own.GetProperty("timesheet").GetProperty("submittedOnBehalf").GetBoolean());

        using var returned = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{Sheet(id)}/return", new { comment = "The 2 July visit is logged twice." });
        var back = await returned.ReadJsonAsync();
        Assert.Equal("returned", back.GetProperty("timesheet").GetProperty("status").GetString());
        Assert.Equal("The 2 July visit is logged twice.", back.GetProperty("timesheet").GetProperty("returnComment").GetString());

        using var again = await _payroll.PostAsync(TestUsers.SupportParentA, $"{Sheet(id)}/submission");
        await again.ReadJsonAsync();
        using var approved = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{Sheet(id)}/approval");
        Assert.Equal("approved", (await approved.ReadJsonAsync()).GetProperty("timesheet").GetProperty("status").GetString());

        using var twice = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{Sheet(id)}/approval");
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        using var resubmit = await _payroll.PostAsync(TestUsers.SupportParentA, $"{Sheet(id)}/submission");
        await resubmit.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_coordinator_submits_on_the_persons_behalf_and_a_draft_cannot_be_approved()
    {
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2030, 7, 3));
        var id = PayrollDriver.Id(await _payroll.TimesheetForAsync(person, new DateOnly(2030, 7, 1)));

        using var draft = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{Sheet(id)}/approval");
        await draft.AssertProblemAsync(HttpStatusCode.Conflict);

        using var submitted = await _payroll.PostAsync(TestUsers.CoordinatorA, $"{Sheet(id)}/submission");
        Assert.True((await submitted.ReadJsonAsync()).GetProperty("timesheet").GetProperty("submittedOnBehalf").GetBoolean());
    }

    [Fact]
    public async Task An_approver_never_approves_or_returns_their_own_timesheet_and_it_stays_off_their_worklist()
    {
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2030, 7, 4), subject: TestUsers.PayrollApproverA.Subject);
        var id = PayrollDriver.Id(await _payroll.TimesheetForAsync(person, new DateOnly(2030, 7, 1)));
        using var submitted = await _payroll.PostAsync(TestUsers.CoordinatorA, $"{Sheet(id)}/submission");
        await submitted.ReadJsonAsync();

        using var approve = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{Sheet(id)}/approval");
        await approve.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var ret = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{Sheet(id)}/return", new { comment = "mine" });
        await ret.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("submitted", (await _payroll.TimesheetAsync(id)).GetProperty("timesheet").GetProperty("status").GetString());

        using var client = await _payroll.As(TestUsers.PayrollApproverA);
        var worklist = await (await client.GetAsync($"{PayrollDriver.Programs()}/worklist")).ReadJsonAsync();
        Assert.DoesNotContain(worklist.GetProperty("toApprove").EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task A_manual_adjustment_with_a_reason_lands_on_the_next_open_timesheet_and_approved_lines_stay()
    {
        var person = Guid.NewGuid();
        var today = DateOnly.FromDateTime(platform.Clock.GetUtcNow().UtcDateTime.AddHours(-6));
        await _payroll.ContactAsync(person, today);
        var current = await _payroll.TimesheetForAsync(person, new DateOnly(today.Year, today.Month, 1));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(current));

        using var created = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/adjustments",
            new { supportParentId = person, amount = -5.25m, reason = "Parking was reimbursed twice." }, idempotencyKey: $"adj-{person}");
        var line = await created.ReadJsonAsync(HttpStatusCode.Created);
        using var replay = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/adjustments",
            new { supportParentId = person, amount = -5.25m, reason = "Parking was reimbursed twice." }, idempotencyKey: $"adj-{person}");
        Assert.Equal(line.GetProperty("id").GetGuid(), (await replay.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());

        Assert.True(line.GetProperty("isAdjustment").GetBoolean());
        Assert.Equal("manual", line.GetProperty("source").GetProperty("type").GetString());
        Assert.Equal(20m, PayrollDriver.Total(await _payroll.TimesheetAsync(PayrollDriver.Id(current))));
        var next = (await _payroll.TimesheetsAsync(person)).Single(t => t.GetProperty("id").GetGuid() != PayrollDriver.Id(current));
        Assert.Equal(-5.25m, next.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task The_benefit_cliff_warns_the_person_and_the_approver_but_never_blocks()
    {
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2030, 8, 5), minutes: 240, miles: 100m, subject: TestUsers.SupportParentA2.Subject); // 80 earned
        using (var client = await _payroll.As(TestUsers.SupportParentA2))
        {
            using var recorded = await client.PutAsJsonAsync("/api/payroll/me/benefit", new { benefitKind = "ssi", monthlyEarningsLevel = 85m, consent = true });
            await recorded.ReadJsonAsync();
        }
        var id = PayrollDriver.Id(await _payroll.TimesheetForAsync(person, new DateOnly(2030, 8, 1)));
        Assert.DoesNotContain((await _payroll.TimesheetAsync(id)).GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "benefit-cliff"); // 80 ≤ 85; mileage is not earnings

        await _payroll.ContactAsync(person, new DateOnly(2030, 8, 6), minutes: 30); // +10 → 90
        var approverView = await _payroll.TimesheetAsync(id);
        var warning = Assert.Single(approverView.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "benefit-cliff");
        Assert.Equal("benefit-cliff", warning.GetProperty("code").GetString());
        Assert.Equal("2030-08", warning.GetProperty("month").GetString());
        Assert.Equal(90m, warning.GetProperty("monthEarnings").GetDecimal());
        var ownView = await _payroll.TimesheetAsync(id, TestUsers.SupportParentA2);
        Assert.Contains(ownView.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "benefit-cliff");

        var approved = await _payroll.SubmitAndApproveAsync(id, TestUsers.SupportParentA2);
        Assert.Equal("approved", approved.GetProperty("timesheet").GetProperty("status").GetString());

        // Benefit data stays in payroll: not in any event it published.
        var outbox = await _payroll.InDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.OutboxMessages.Select(m => m.Body)));
        Assert.DoesNotContain(outbox, body => body.Contains("ssi", StringComparison.OrdinalIgnoreCase) || body.Contains("benefit", StringComparison.OrdinalIgnoreCase));
    }
}

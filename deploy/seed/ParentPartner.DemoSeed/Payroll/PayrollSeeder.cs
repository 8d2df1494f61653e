using System.Net;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Payroll;

/// <summary>
/// Child-welfare parent partners are paid. Before any contact is logged, the admin sets the program's payroll up
/// (biweekly periods, hourly rates by activity, a monthly match stipend, the IRS mileage rate); once the follow-up
/// seeder has logged contacts and made matches, the demo account submits its own timesheet and the coordinator
/// submits one for a parent partner without a login, so `payroll.iowa` has timesheets to approve and the account
/// has pay statements. A second run finds the policy and the submissions and writes nothing.
/// </summary>
public sealed class PayrollSeeder(GatewayClient admin, DemoProgram program)
{
    private string Id => program.ProgramId;

    public async Task<int> SetUpAsync()
    {
        if ((await admin.GetAsync<List<ListedPolicy>>($"api/payroll/programs/{Id}/policies")).Count > 0)
        {
            return 0;
        }
        var calendar = new ProgramCalendar(program.TimeZone);
        var today = calendar.Today;
        // A Monday on or before the first of last month, so the current period is well inside the biweekly cycle.
        var anchor = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        anchor = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
        await admin.PutAsync<object>($"api/payroll/programs/{Id}/settings", new
        {
            timeZone = program.TimeZone, frequency = "biweekly", periodAnchor = anchor, payDateLagDays = 5,
            unitRounding = "eight-minute", billingCode = "H0038", holdUntilW9 = false,
        });
        await admin.PostAsync<object>($"api/payroll/programs/{Id}/policies", new
        {
            effectiveFrom = anchor,
            hourlyRates = new Dictionary<string, decimal>
            {
                ["court-hearing"] = 25m, ["family-team-meeting"] = 25m, ["one-to-one"] = 20m, ["phone"] = 18m,
                ["support-group"] = 18m, ["training"] = 15m, ["other"] = 15m,
            },
            matchStipendMonthly = 100m,
            trainingAttendanceStipend = 25m,
            mileageRate = 0.725m,
        }, $"{Id}-policy");
        return 2;
    }

    public async Task<PayrollSeedResult> SubmitAsync(GatewayClient partner, GatewayClient coordinator, int settingsWritten)
    {
        var submitted = 0;
        // Timesheets appear as payroll consumes the contacts and matches: wait a little for the account's own.
        List<ListedTimesheet> own = [];
        for (var attempt = 0; attempt < 30 && own.Count == 0; attempt++)
        {
            own = await partner.ListAsync<ListedTimesheet>("api/payroll/me/statements", "limit");
            if (own.Count == 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
        // One of each, once: a later run finds them submitted (new drafts appear as periods roll, and stay drafts).
        if (own.All(s => s.Status == "draft"))
        {
            foreach (var sheet in own.Where(s => s.Total > 0).Take(1))
            {
                submitted += await Submit(partner, sheet.Id, "own");
            }
        }
        var waiting = await coordinator.ListAsync<ListedTimesheet>($"api/payroll/programs/{Id}/timesheets?status=submitted", "limit");
        if (!waiting.Any(s => s.SubmittedOnBehalf))
        {
            var drafts = await coordinator.ListAsync<ListedTimesheet>($"api/payroll/programs/{Id}/timesheets?status=draft", "limit");
            foreach (var sheet in drafts.Where(d => own.All(o => o.Id != d.Id) && d.Total > 0).Take(1))
            {
                submitted += await Submit(coordinator, sheet.Id, "on-behalf");
            }
        }
        return new PayrollSeedResult(settingsWritten, submitted,
            $"payroll: {(settingsWritten > 0 ? "biweekly periods and a pay policy set up, " : "")}{submitted} timesheets submitted for approval");
    }

    // 409: submitted by an earlier run, or in a state that cannot be submitted (empty, already decided).
    private async Task<int> Submit(GatewayClient client, Guid timesheetId, string who) =>
        await client.PostAsync<object>($"api/payroll/programs/{Id}/timesheets/{timesheetId}/submission", new { }, $"{Id}-{timesheetId}-{who}",
            HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity) is null ? 0 : 1;
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>Exports mark what they cover in the same transaction; exporting again returns the same file and pays nothing twice.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ExportTests(Platform platform)
{
    private readonly PayrollDriver _payroll = new(platform);

    private async Task<Guid> EmployeeAsync()
    {
        var person = Guid.NewGuid();
        await _payroll.EnsureBasePolicyAsync();
        await _payroll.PublishAsync(new SupportParentCertifiedBuilder(PayrollDriver.Program).Build() with { SupportParentId = person, EmploymentType = "employee" });
        await Eventually.UntilAsync(() => _payroll.InDbAsync(db => db.Payees.AnyAsync(p => p.SupportParentId == person && p.EmploymentType == Api.Domain.EmploymentType.Employee)),
            found => found, what: "the employee payee");
        return person;
    }

    [Fact]
    public async Task The_payroll_csv_has_one_row_per_person_and_earnings_code_and_exporting_again_returns_the_same_file()
    {
        var person = await EmployeeAsync();
        await _payroll.PutPayeeAsync(person, "Rosa \"Ro\" Díaz, Jr.", w9OnFile: false);
        await _payroll.ContactAsync(person, new DateOnly(2029, 1, 8), "court-hearing", 90, 20m);
        await _payroll.ContactAsync(person, new DateOnly(2029, 1, 9), "court-hearing", 30, 5m);
        await _payroll.ContactAsync(person, new DateOnly(2029, 1, 10), "one-to-one", 45);
        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2029, 1, 1));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(sheet));

        var first = await _payroll.ExportAsync(PayrollDriver.PeriodId(sheet), "payroll-csv");
        var file = await _payroll.GetTextAsync(TestUsers.PayrollApproverA, first.GetProperty("fileUrl").GetString()!);
        var rows = file.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("period_start,period_end,pay_date,support_parent_id,legal_name,employment_type,earnings_code,hours,quantity,amount", rows[0]);
        Assert.Contains(rows, r => r.Contains(person.ToString()) && r.Contains(",court-hearing,2.00,2.00,50.00"));
        Assert.Contains(rows, r => r.Contains(person.ToString()) && r.EndsWith(",mileage,0.00,25.00,18.13")); // 25 × 0.725 = 18.125
        Assert.Contains(rows, r => r.Contains(person.ToString()) && r.Contains(",one-to-one,0.75,0.75,15.00"));
        Assert.Contains("\"Rosa \"\"Ro\"\" Díaz, Jr.\"", file);
        Assert.Equal("exported", (await _payroll.TimesheetAsync(PayrollDriver.Id(sheet))).GetProperty("timesheet").GetProperty("status").GetString());

        var again = await _payroll.ExportAsync(PayrollDriver.PeriodId(sheet), "payroll-csv", HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(file, await _payroll.GetTextAsync(TestUsers.PayrollApproverA, again.GetProperty("fileUrl").GetString()!));
        var exportsOfPerson = await _payroll.InDbAsync(db => db.Timesheets.Where(t => t.SupportParentId == person).Select(t => t.ExportId).Distinct().CountAsync());
        Assert.Equal(1, exportsOfPerson);
    }

    [Fact]
    public async Task Contractors_get_numbered_invoices_as_a_document_and_csv_and_one_without_a_w9_is_held()
    {
        var paid = Guid.NewGuid();
        var held = Guid.NewGuid();
        await _payroll.ContactAsync(paid, new DateOnly(2029, 2, 5), "family-team-meeting", 60, subject: TestUsers.SupportParentA.Subject);
        await _payroll.ContactAsync(held, new DateOnly(2029, 2, 5), "family-team-meeting", 60);
        await _payroll.PutPayeeAsync(paid, "Dana <Lee>", w9OnFile: true);
        var sheet = await _payroll.TimesheetForAsync(paid, new DateOnly(2029, 2, 1));
        var heldSheet = await _payroll.TimesheetForAsync(held, new DateOnly(2029, 2, 1));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(sheet));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(heldSheet));
        Assert.Contains(heldSheet.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "w9-missing");

        var export = await _payroll.ExportAsync(PayrollDriver.PeriodId(sheet), "invoices");
        var file = await _payroll.GetTextAsync(TestUsers.PayrollApproverA, export.GetProperty("fileUrl").GetString()!);
        Assert.Contains(paid.ToString(), file);
        Assert.DoesNotContain(held.ToString(), file);
        Assert.Equal("approved", (await _payroll.TimesheetAsync(PayrollDriver.Id(heldSheet))).GetProperty("timesheet").GetProperty("status").GetString());

        using var client = await _payroll.As(TestUsers.CoordinatorA);
        var invoices = await (await client.GetAsync($"{PayrollDriver.Programs()}/invoices?periodId={PayrollDriver.PeriodId(sheet)}")).ReadJsonAsync();
        var invoice = invoices.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("supportParentId").GetGuid() == paid);
        Assert.Matches("^INV-[0-9]{6}$", invoice.GetProperty("number").GetString());
        Assert.Equal(22.5m, invoice.GetProperty("total").GetDecimal());
        Assert.Equal("2029-03-10", invoice.GetProperty("payDate").GetString());
        var html = await _payroll.GetTextAsync(TestUsers.CoordinatorA, invoice.GetProperty("documentUrl").GetString()!);
        Assert.Contains("<!DOCTYPE html>", html);
        Assert.Contains("Dana &lt;Lee&gt;", html);
        Assert.Contains(invoice.GetProperty("number").GetString()!, html);
        Assert.Contains("22.50", html);
        var csv = await _payroll.GetTextAsync(TestUsers.CoordinatorA, invoice.GetProperty("csvUrl").GetString()!);
        Assert.Contains("family-team-meeting", csv);

        // The W-9 arrives: the held contractor is invoiced in a second batch, the first contractor not again.
        await _payroll.PutPayeeAsync(held, "Sam Held", w9OnFile: true);
        var second = await _payroll.ExportAsync(PayrollDriver.PeriodId(sheet), "invoices");
        Assert.Equal(2, second.GetProperty("batch").GetInt32());
        var secondFile = await _payroll.GetTextAsync(TestUsers.PayrollApproverA, second.GetProperty("fileUrl").GetString()!);
        Assert.Contains(held.ToString(), secondFile);
        Assert.DoesNotContain(paid.ToString(), secondFile);
        Assert.Equal(1, await _payroll.InDbAsync(db => db.Invoices.CountAsync(i => i.SupportParentId == paid)));

        // The contractor sees their own invoice.
        using var own = await _payroll.As(TestUsers.SupportParentA);
        var mine = await (await own.GetAsync("/api/payroll/me/invoices")).ReadJsonAsync();
        var myInvoice = mine.EnumerateArray().Single(i => i.GetProperty("supportParentId").GetGuid() == paid);
        Assert.Contains("Dana &lt;Lee&gt;", await _payroll.GetTextAsync(TestUsers.SupportParentA, myInvoice.GetProperty("documentUrl").GetString()!));
    }

    [Fact]
    public async Task The_billable_units_file_counts_15_minute_units_by_the_rounding_setting_once_per_timesheet()
    {
        var person = Guid.NewGuid();
        var seven = await _payroll.ContactAsync(person, new DateOnly(2029, 3, 2), minutes: 7);
        var eight = await _payroll.ContactAsync(person, new DateOnly(2029, 3, 3), minutes: 8);
        var long_ = await _payroll.ContactAsync(person, new DateOnly(2029, 3, 4), minutes: 38);
        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2029, 3, 1));
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(sheet));

        var export = await _payroll.ExportAsync(PayrollDriver.PeriodId(sheet), "billable-units");
        var rows = (await _payroll.GetTextAsync(TestUsers.PayrollApproverA, export.GetProperty("fileUrl").GetString()!)).Split("\r\n");
        Assert.Contains(rows, r => r.Contains(seven.ContactId.ToString()) && r.EndsWith(",H0038,7,0"));
        Assert.Contains(rows, r => r.Contains(eight.ContactId.ToString()) && r.EndsWith(",H0038,8,1"));
        Assert.Contains(rows, r => r.Contains(long_.ContactId.ToString()) && r.EndsWith(",H0038,38,3"));
        // Billing is not paying: the timesheet is still waiting for its payroll export.
        Assert.Equal("approved", (await _payroll.TimesheetAsync(PayrollDriver.Id(sheet))).GetProperty("timesheet").GetProperty("status").GetString());
        var again = await _payroll.ExportAsync(PayrollDriver.PeriodId(sheet), "billable-units", HttpStatusCode.OK);
        Assert.Equal(export.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Paying_marks_timesheets_paid_publishes_totals_for_reporting_and_clears_the_overdue_flag()
    {
        var person = await EmployeeAsync();
        await _payroll.ContactAsync(person, new DateOnly(2024, 5, 6), "support-group", 120);
        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2024, 5, 1));
        var period = PayrollDriver.PeriodId(sheet);
        await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(sheet));

        using var client = await _payroll.As(TestUsers.PayrollApproverA);
        var worklist = await (await client.GetAsync($"{PayrollDriver.Programs()}/worklist")).ReadJsonAsync();
        Assert.Contains(worklist.GetProperty("overduePeriods").EnumerateArray(), p => p.GetProperty("id").GetGuid() == period && p.GetProperty("overdue").GetBoolean());

        using var nothing = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/periods/{period}/payments", new { paidOn = "2024-06-10" });
        await nothing.AssertProblemAsync(HttpStatusCode.Conflict); // nothing exported yet
        await _payroll.ExportAsync(period, "payroll-csv");
        using var paid = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/periods/{period}/payments", new { paidOn = "2024-06-10" });
        var payment = await paid.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("paid", (await _payroll.TimesheetAsync(PayrollDriver.Id(sheet))).GetProperty("timesheet").GetProperty("status").GetString());
        var paymentId = payment.GetProperty("paymentId").GetGuid().ToString();
        var published = await _payroll.InDbAsync(db => db.OutboxMessages.Where(m => m.MessageType == "ParentPartner.Contracts.Payroll.PayrollPaid").Select(m => m.Body).ToListAsync());
        var body = Assert.Single(published, b => b.Contains(paymentId));
        var paidEvent = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal("2024-06-10", paidEvent.GetProperty("paidOn").GetString());
        var earnings = Assert.Single(paidEvent.GetProperty("earnings").EnumerateArray());
        Assert.Equal("support-group", earnings.GetProperty("code").GetString());
        Assert.Equal(2m, earnings.GetProperty("hours").GetDecimal());
        Assert.Equal(34m, earnings.GetProperty("amount").GetDecimal());
        Assert.DoesNotContain(person.ToString(), body);

        var afterwards = await (await client.GetAsync($"{PayrollDriver.Programs()}/periods/{period}")).ReadJsonAsync();
        Assert.Equal(1, afterwards.GetProperty("timesheetsByStatus").GetProperty("paid").GetInt32());
        Assert.False(afterwards.GetProperty("overdue").GetBoolean()); // only this test works in May 2024
        var later = await (await client.GetAsync($"{PayrollDriver.Programs()}/worklist")).ReadJsonAsync();
        Assert.DoesNotContain(later.GetProperty("overduePeriods").EnumerateArray(), p => p.GetProperty("id").GetGuid() == period);
    }

    [Fact]
    public async Task The_1099_list_counts_payments_by_payment_year_against_that_years_threshold()
    {
        var over2025 = Guid.NewGuid();
        var under2026 = Guid.NewGuid();
        var at2026 = Guid.NewGuid();
        async Task PayAsync(Guid person, DateOnly worked, decimal amount, string paidOn)
        {
            await _payroll.ContactAsync(person, worked, minutes: 0, miles: 1m); // opens the payee and its timesheet (0.73)
            await _payroll.PutPayeeAsync(person, $"Contractor {person.ToString()[..4]}", w9OnFile: true);
            var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(worked.Year, worked.Month, 1));
            using var adjusted = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/adjustments",
                new { supportParentId = person, amount = amount - 0.73m, reason = "Agreed fee.", occurredOn = worked });
            await adjusted.ReadJsonAsync(HttpStatusCode.Created);
            await _payroll.SubmitAndApproveAsync(PayrollDriver.Id(sheet));
            await _payroll.ExportAsync(PayrollDriver.PeriodId(sheet), "invoices");
            using var paid = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/periods/{PayrollDriver.PeriodId(sheet)}/payments", new { paidOn });
            await paid.ReadJsonAsync(HttpStatusCode.Created);
        }
        // Adjustments land in the current period, so each person's own period is the current one.
        var now = DateOnly.FromDateTime(platform.Clock.GetUtcNow().UtcDateTime.AddHours(-6));
        await PayAsync(over2025, now, 600m, "2025-12-31");
        await PayAsync(under2026, now, 1999.99m, "2026-01-02");
        await PayAsync(at2026, now, 2000m, "2026-01-02");

        using var client = await _payroll.As(TestUsers.PayrollApproverA);
        var y2025 = await (await client.GetAsync($"{PayrollDriver.Programs()}/tax-years/2025/contractors")).ReadJsonAsync();
        Assert.Equal(600m, y2025.GetProperty("threshold").GetDecimal());
        Assert.Contains(y2025.GetProperty("contractors").EnumerateArray(), c => c.GetProperty("supportParentId").GetGuid() == over2025 && c.GetProperty("paid").GetDecimal() == 600m);
        var y2026 = await (await client.GetAsync($"{PayrollDriver.Programs()}/tax-years/2026/contractors")).ReadJsonAsync();
        Assert.Equal(2000m, y2026.GetProperty("threshold").GetDecimal());
        var listed = y2026.GetProperty("contractors").EnumerateArray().Select(c => c.GetProperty("supportParentId").GetGuid()).ToList();
        Assert.Contains(at2026, listed);
        Assert.DoesNotContain(under2026, listed);
        Assert.DoesNotContain(over2025, listed);
        var all = await (await client.GetAsync($"{PayrollDriver.Programs()}/tax-years/2026/contractors?all=true")).ReadJsonAsync();
        Assert.Contains(all.GetProperty("contractors").EnumerateArray(), c => c.GetProperty("supportParentId").GetGuid() == under2026 && !c.GetProperty("atOrOverThreshold").GetBoolean());
    }
}

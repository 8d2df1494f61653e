using System.Net;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>Reads of a support parent's timesheets and payee record go on the shared chained audit log (ADR 0009).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditTests(Platform platform)
{
    private readonly PayrollDriver _payroll = new(platform);

    [Fact]
    public async Task Reading_a_timesheet_and_a_payee_is_on_the_support_parents_trail_by_field_name_and_the_chain_verifies()
    {
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2030, 8, 5), subject: TestUsers.SupportParentA.Subject);
        await _payroll.PutPayeeAsync(person, "Ngozi Audit-Okafor", w9OnFile: true);
        await _payroll.TimesheetForAsync(person, new DateOnly(2030, 8, 1));
        using var approver = await _payroll.As(TestUsers.PayrollApproverA);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"{PayrollDriver.Programs()}/payees/{person}");
        read.Headers.Add("X-Access-Purpose", "w9-check");
        using (var payee = await approver.SendAsync(read))
        {
            Assert.Equal(HttpStatusCode.OK, payee.StatusCode);
        }

        var trail = await platform.TrailAsync("/api/payroll", person.ToString());

        Assert.Equal([("read", "payroll", "timesheet.lines"), ("read", "w9-check", "payee.legalName")],
            trail.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("purpose").GetString(), e.Fields()[0])));
        Assert.All(trail, e => Assert.Equal(("support-parent", TestUsers.PayrollApproverA.Subject), (e.GetProperty("recordType").GetString(), e.GetProperty("actor").GetString())));
        AuditChecks.AssertNoValues(trail, "Ngozi", "Audit-Okafor");
        Assert.Equal(await _payroll.InDbAsync(db => db.AuditLog.LongCountAsync()), await platform.AssertChainVerifiesAsync("/api/payroll"));
    }
}

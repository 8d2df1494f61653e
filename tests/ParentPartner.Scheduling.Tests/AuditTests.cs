using System.Net;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Reads of a family's contact notes and appointments go on the shared chained audit log, against the family (ADR 0009).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditTests(Platform platform)
{
    private readonly SchedulingDriver _scheduling = new(platform);

    private DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(platform.Clock.GetUtcNow().ToUnixTimeSeconds());

    [Fact]
    public async Task Reading_a_familys_contact_is_on_the_familys_trail_by_field_name_and_the_chain_verifies()
    {
        var match = await _scheduling.MatchAsync(Now.AddDays(-1));
        var contactId = (await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(Now.AddHours(-3)))).GetProperty("id").GetGuid();
        using (var own = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Get, SchedulingDriver.Contact(contactId)))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }
        using var coordinator = await _scheduling.ClientAsync(TestUsers.CoordinatorA);
        using var read = new HttpRequestMessage(HttpMethod.Get, SchedulingDriver.Contact(contactId));
        read.Headers.Add("X-Access-Purpose", "supervision");
        using (var response = await coordinator.SendAsync(read))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var trail = await platform.TrailAsync("/api/scheduling", match.ReferralId.ToString());

        Assert.Equal([(TestUsers.SupportParentA.Subject, "case-work"), (TestUsers.CoordinatorA.Subject, "supervision")],
            trail.Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("purpose").GetString())));
        Assert.All(trail, e => Assert.Equal(("read", "referral"), (e.GetProperty("action").GetString(), e.GetProperty("recordType").GetString())));
        Assert.All(trail, e => Assert.Equal(["contact.notes", "contact.revisions.reason"], e.Fields()));
        AuditChecks.AssertNoValues(trail, "Talked about the next hearing");
        Assert.Equal(await _scheduling.InDatabaseAsync(db => db.AuditLog.LongCountAsync()), await platform.AssertChainVerifiesAsync("/api/scheduling"));
    }

    [Fact]
    public async Task Another_programs_contact_is_a_404_and_leaves_no_audit_row()
    {
        var match = await _scheduling.MatchAsync(Now.AddDays(-1));
        var contactId = (await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(Now.AddHours(-2)))).GetProperty("id").GetGuid();
        var before = await _scheduling.InDatabaseAsync(db => db.AuditLog.LongCountAsync());

        using var response = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Get, SchedulingDriver.Contact(contactId, TestUsers.ProgramA));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await _scheduling.InDatabaseAsync(db => db.AuditLog.LongCountAsync()));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParentPartner.Referral.Api.Features;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;

namespace ParentPartner.Referral.Tests;

/// <summary>Every read of a family's personal data leaves an append-only audit row; program admins read the trail.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditTests(Platform platform) : IAsyncLifetime
{
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("header", "court-report", "court-report")]
    [InlineData("query", "safety-check", "safety-check")]
    [InlineData("none", "", "case-work")]
    public async Task Reading_a_referral_records_who_when_which_and_why(string how, string purpose, string recorded)
    {
        var id = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{id}{(how == "query" ? $"?purpose={purpose}" : "")}");
        if (how == "header")
        {
            request.Headers.Add("X-Access-Purpose", purpose);
        }
        request.Headers.Add("X-Correlation-Id", $"audit-{how}");
        var before = platform.Clock.GetUtcNow();

        using var response = await coordinator.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await EntriesAsync(id));
        Assert.Equal((TestUsers.CoordinatorA.Subject, "parentpartner-cli", "read", "referral", recorded, $"audit-{how}", TestUsers.ProgramA),
            (entry.Actor, entry.ClientId, entry.Action, entry.RecordType, entry.Purpose, entry.CorrelationId, entry.ProgramId));
        Assert.Equal(AccessAudit.Views.Detail, entry.Fields);
        Assert.False(string.IsNullOrEmpty(entry.Consent));
        Assert.InRange(entry.At, before.AddSeconds(-1), platform.Clock.GetUtcNow().AddSeconds(1));
    }

    [Fact]
    public async Task Reading_the_status_history_and_listing_are_audited_too()
    {
        var id = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithSource("other"));
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var history = await admin.GetAsync($"/api/referrals/{id}/status-changes");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        var auditedBefore = await _world.InDbAsync(db => db.AuditLog.CountAsync());

        using var list = await admin.GetAsync("/api/referrals?source=other&pageSize=5");

        var listed = (await list.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        var newRows = await _world.InDbAsync(db => db.AuditLog.OrderByDescending(e => e.Sequence).Take(listed.Count).ToListAsync());
        Assert.Equal(auditedBefore + listed.Count, await _world.InDbAsync(db => db.AuditLog.CountAsync()));
        Assert.Equal(listed.Select(l => l.ToString()).ToHashSet(), newRows.Select(e => e.RecordId).ToHashSet());
        Assert.All(newRows, e => Assert.Equal(("read", "work-queue", TestUsers.AdminA.Subject), (e.Action, e.Purpose, e.Actor)));
        Assert.All(newRows, e => Assert.Equal(AccessAudit.Views.List, e.Fields));
        var entries = await EntriesAsync(id);
        Assert.Contains(entries, e => e.Fields.SequenceEqual(AccessAudit.Views.StatusHistory) && e.Purpose == "case-review");
    }

    [Theory]
    [InlineData("Court Report")]
    [InlineData("x")]
    [InlineData("purpose'; DELETE FROM audit_log;--")]
    [InlineData("сase-work")]
    public async Task A_purpose_that_is_not_a_code_is_400_and_nothing_is_read_or_recorded(string purpose)
    {
        var id = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.GetAsync($"/api/referrals/{id}?purpose={Uri.EscapeDataString(purpose)}");
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(problem.TryGetProperty("parent", out _));
        Assert.Empty(await EntriesAsync(id));
    }

    [Fact]
    public async Task A_program_admin_reads_the_trail_in_order_and_page_by_page()
    {
        var id = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        foreach (var purpose in new[] { "intake-check", "case-work", "court-report" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{id}");
            request.Headers.Add("X-Access-Purpose", purpose);
            using var read = await coordinator.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);

        using var first = await admin.GetAsync($"/api/referrals/{id}/audit?pageSize=2");
        var page1 = await first.ReadJsonAsync();
        using var second = await admin.GetAsync($"/api/referrals/{id}/audit?pageSize=2&cursor={page1.GetProperty("nextCursor").GetString()}");
        var page2 = await second.ReadJsonAsync();

        var purposes = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("purpose").GetString());
        Assert.Equal(["intake-check", "case-work", "court-report"], purposes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page2.GetProperty("nextCursor").ValueKind);
        // Reading the trail is not a read of the family's data: it adds nothing to it.
        Assert.Equal(3, (await EntriesAsync(id)).Count);
    }

    [Fact]
    public async Task Only_the_programs_admins_read_the_trail()
    {
        var id = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var adminB = await platform.GatewayClientAsync(TestUsers.AdminB);

        using var forbidden = await coordinator.GetAsync($"/api/referrals/{id}/audit");
        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var hidden = await adminB.GetAsync($"/api/referrals/{id}/audit");
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_trail_is_append_only_in_code_and_in_the_database()
    {
        var id = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var read = await coordinator.GetAsync($"/api/referrals/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var recordId = id.ToString();

        await Assert.ThrowsAsync<InvalidOperationException>(() => _world.InDbAsync(async db =>
        {
            var entry = await db.AuditLog.SingleAsync(e => e.RecordId == recordId);
            entry.Purpose = "rewritten";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _world.InDbAsync(async db =>
        {
            db.AuditLog.Remove(await db.AuditLog.SingleAsync(e => e.RecordId == recordId));
            return await db.SaveChangesAsync();
        }));
        // The application's own connection, past the DbContext: the trigger refuses both.
        var update = await Assert.ThrowsAsync<PostgresException>(() => _world.InDbAsync(db => db.AuditLog.Where(e => e.RecordId == recordId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Purpose, "rewritten"))));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => _world.InDbAsync(db => db.AuditLog.Where(e => e.RecordId == recordId).ExecuteDeleteAsync()));
        Assert.Equal((PostgresErrorCodes.InsufficientPrivilege, PostgresErrorCodes.InsufficientPrivilege), (update.SqlState, delete.SqlState));
        await Assert.ThrowsAsync<PostgresException>(() => _world.InDbAsync(db => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_log")));

        var entry = Assert.Single(await EntriesAsync(id));
        Assert.Equal("case-work", entry.Purpose);
    }

    [Fact]
    public async Task A_program_admin_reads_a_familys_trail_with_field_names_never_values()
    {
        var id = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var read = await coordinator.GetAsync($"/api/referrals/{id}");
        var referral = await read.ReadJsonAsync();
        using var history = await coordinator.GetAsync($"/api/referrals/{id}/status-changes");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);

        var trail = await platform.TrailAsync("/api/referrals", id.ToString());

        Assert.Equal([AccessAudit.Views.Detail, AccessAudit.Views.StatusHistory], trail.Select(e => e.Fields()));
        Assert.All(trail, e => Assert.Equal(("referral", id.ToString(), TestUsers.CoordinatorA.Subject), (e.GetProperty("recordType").GetString(), e.GetProperty("recordId").GetString(), e.GetProperty("actor").GetString())));
        var parent = referral.GetProperty("parent");
        AuditChecks.AssertNoValues(trail, parent.GetProperty("firstName").GetString(), parent.GetProperty("lastName").GetString(), parent.GetProperty("email").GetString());
        // The referral's own trail endpoint shows the same entries.
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var own = await admin.GetAsync($"/api/referrals/{id}/audit");
        Assert.Equal(trail.Select(e => e.GetProperty("id").GetGuid()), (await own.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task The_chain_verifies_after_mixed_activity_and_only_platform_admins_verify()
    {
        var id = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var detail = await coordinator.GetAsync($"/api/referrals/{id}");
        using var list = await coordinator.GetAsync("/api/referrals?pageSize=5");
        await _world.MoveAsync(id, "screened");
        using var history = await coordinator.GetAsync($"/api/referrals/{id}/status-changes");

        var verified = await platform.AssertChainVerifiesAsync("/api/referrals");

        Assert.Equal(await _world.InDbAsync(db => db.AuditLog.LongCountAsync()), verified);
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var forbidden = await admin.GetAsync("/api/referrals/audit/verify");
        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden);
        // PostgreSQL's audit_entry_hash (which carried the pre-chain rows in) agrees with the service's hash on every row.
        Assert.Equal(0, await _world.InDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM audit_log
            WHERE hash <> audit_entry_hash(sequence, id, program_id, at, actor, client_id, action, record_type, record_id,
                fields, purpose, consent, correlation_id, previous_hash)
            """).SingleAsync()));
    }

    private Task<List<AuditEntry>> EntriesAsync(Guid id) =>
        _world.InDbAsync(db => db.AuditLog.Where(e => e.RecordType == "referral" && e.RecordId == id.ToString()).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync());
}

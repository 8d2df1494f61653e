using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.Referral.Tests;

/// <summary>The closed loop: a referring organisation's own client follows the referrals it made — status and dates, nothing about the family.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ClosedLoopTests(Platform platform) : IAsyncLifetime
{
    private static readonly string[] StatusOnly = ["id", "programId", "status", "receivedAt", "statusChangedAt", "history", "outcome"];
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_referring_organisation_submits_and_then_sees_only_the_status_as_it_moves()
    {
        using var referrer = await platform.GatewayClientAsync(TestUsers.ReferrerA);
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).WithSource("hospital-or-clinic").WithP2pProfile().Build();

        using var created = await referrer.PostAsJsonAsync("/api/referrals", body);

        var receipt = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = receipt.GetProperty("id").GetGuid();
        Assert.Equal($"/api/referrals/referred/{id}", created.Headers.Location?.OriginalString);
        AssertStatusOnly(receipt);
        var stored = await _world.InDbAsync(db => db.Referrals.SingleAsync(r => r.Id == id));
        Assert.Equal(TestUsers.ReferrerA.ClientId, stored.ReferrerOrganisationId);

        await _world.MoveAsync(id, "screened");
        await _world.MoveAsync(id, "ready-for-matching");
        var auditedBefore = await _world.InDbAsync(db => db.AuditLog.CountAsync(e => e.RecordId == id.ToString()));

        using var read = await referrer.GetAsync($"/api/referrals/referred/{id}");
        var status = await read.ReadJsonAsync();
        AssertStatusOnly(status);
        Assert.Equal("ready-for-matching", status.GetProperty("status").GetString());
        Assert.Equal(["received", "screened", "ready-for-matching"], status.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.All(status.GetProperty("history").EnumerateArray(), step => Assert.Equal(["status", "at"], step.EnumerateObject().Select(p => p.Name)));
        // Nothing personal was read, so nothing was audited.
        Assert.Equal(auditedBefore, await _world.InDbAsync(db => db.AuditLog.CountAsync(e => e.RecordId == id.ToString())));

        using var list = await referrer.GetAsync("/api/referrals/referred?pageSize=200");
        var page = await list.ReadJsonAsync();
        var mine = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        AssertStatusOnly(mine);
        Assert.Equal("ready-for-matching", mine.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_referral_phoned_in_for_an_organisation_is_visible_to_it_and_others_are_not()
    {
        var forReferrer = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithReferrer("organisationId", TestUsers.ReferrerA.ClientId));
        var forSomeoneElse = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithReferrer("organisationId", "st-lukes-hospital"));
        var noOrganisation = await _world.NewReferralAsync();
        using var referrer = await platform.GatewayClientAsync(TestUsers.ReferrerA);

        var listed = await ReadAllReferredAsync(referrer);

        Assert.Contains(forReferrer, listed);
        Assert.DoesNotContain(forSomeoneElse, listed);
        Assert.DoesNotContain(noOrganisation, listed);
        Assert.Equal(await _world.InDbAsync(db => db.Referrals.CountAsync(r => r.ReferrerOrganisationId == TestUsers.ReferrerA.ClientId)), listed.Count);
        using var visible = await referrer.GetAsync($"/api/referrals/referred/{forReferrer}");
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
        foreach (var other in new[] { forSomeoneElse, noOrganisation })
        {
            using var hidden = await referrer.GetAsync($"/api/referrals/referred/{other}");
            await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Another_programs_referrer_sees_none_of_it()
    {
        using var referrerA = await platform.GatewayClientAsync(TestUsers.ReferrerA);
        using var created = await referrerA.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var referrerB = await platform.GatewayClientAsync(TestUsers.ReferrerB);

        using var read = await referrerB.GetAsync($"/api/referrals/referred/{id}");
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, await ReadAllReferredAsync(referrerB));
        using var submit = await referrerB.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        await submit.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("self-source")]
    [InlineData("someone-elses-id")]
    public async Task A_referring_organisation_refers_only_on_its_own_behalf(string breach)
    {
        using var referrer = await platform.GatewayClientAsync(TestUsers.ReferrerA);
        var builder = new ReferralRequestBuilder(TestUsers.ProgramA);
        builder = breach == "self-source" ? builder.WithSource("self") : builder.WithReferrer("organisationId", TestUsers.ReferrerB.ClientId);
        var before = await _world.StoredRowsAsync();

        using var response = await referrer.PostAsJsonAsync("/api/referrals", builder.Build());

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    [Fact]
    public async Task A_referring_organisation_cannot_read_the_family_record_history_or_lists()
    {
        var id = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithReferrer("organisationId", TestUsers.ReferrerA.ClientId));
        using var referrer = await platform.GatewayClientAsync(TestUsers.ReferrerA);
        foreach (var path in new[] { $"/api/referrals/{id}", $"/api/referrals/{id}/status-changes", "/api/referrals", $"/api/referrals/{id}/audit" })
        {
            using var response = await referrer.GetAsync(path);
            await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    private static void AssertStatusOnly(JsonElement view)
    {
        Assert.All(view.EnumerateObject(), property => Assert.Contains(property.Name, StatusOnly));
        var json = view.GetRawText();
        foreach (var personal in new[] { "Maria", "Lopez", "maria.lopez", "515-555", "Polk", "autism", "feeding", "County Human Services" })
        {
            Assert.DoesNotContain(personal, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<List<Guid>> ReadAllReferredAsync(HttpClient client)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            using var response = await client.GetAsync($"/api/referrals/referred?pageSize=50{(cursor is null ? "" : $"&cursor={cursor}")}");
            var page = await response.ReadJsonAsync();
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return ids;
    }
}

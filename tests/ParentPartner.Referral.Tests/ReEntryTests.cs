using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>
/// Outcomes when they happen: a re-entry into care is recorded for a family whose match ended "reunified" (through
/// matching's real events), on the day it happened, and reporting counts it within 12 or within 24 months of the
/// reunification from then on.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReEntryTests(Platform platform) : IAsyncLifetime
{
    private const string B = TestUsers.ProgramB;
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_re_entry_eight_months_after_a_reunification_is_recorded_and_reporting_counts_it_within_12_months()
    {
        await using var published = await DeliveryAudit<ReferralReEntryRecorded>.StartAsync(platform.Broker);
        var (id, match, reunifiedAt) = await _world.ReunifiedAsync(monthsAgo: 8, B);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        var read = await (await coordinator.GetAsync($"/api/referrals/{id}")).ReadJsonAsync();
        Assert.Equal(("closed", "reunified"), (read.GetProperty("status").GetString(), read.GetProperty("match").GetProperty("closureReason").GetString()));
        // The reunification counts in reporting from the match's end; its re-entry outcome is not known yet.
        var day = Day(reunifiedAt);
        var before = await OutcomesAsync(day, o => o.Reunified >= 1);

        // Today on the program's calendar (Chicago): in the evening there it is already tomorrow in UTC.
        var today = ChicagoDay(platform.Clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{id}/re-entries") { Content = JsonContent.Create(InformationRequestBuilder.ReEntry(today)) };
        request.Headers.Add("Idempotency-Key", "re-entry-" + id);
        using var response = await coordinator.SendAsync(request);

        var reEntry = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((id, match.MatchId, today, true, true),
            (reEntry.GetProperty("referralId").GetGuid(), reEntry.GetProperty("matchId").GetGuid(), DateOnly.Parse(reEntry.GetProperty("enteredCareOn").GetString()!, CultureInfo.InvariantCulture),
             reEntry.GetProperty("within12Months").GetBoolean(), reEntry.GetProperty("within24Months").GetBoolean()));
        // The reunification day is the match's own end on the program's calendar (Chicago), not when the event arrived.
        Assert.Equal(ChicagoDay(reunifiedAt), DateOnly.Parse(reEntry.GetProperty("reunifiedOn").GetString()!, CultureInfo.InvariantCulture));
        var sent = await Eventually.UntilAsync(() => Task.FromResult(published.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "ReferralReEntryRecorded");
        Assert.Equal((B, match.MatchId, today), (sent[0].Message.ProgramId, sent[0].Message.MatchId, sent[0].Message.EnteredCareOn));

        var after = await OutcomesAsync(day, o => o.Within12 == before.Within12 + 1);
        Assert.Equal((before.Reunified, before.Within12 + 1, before.Within24 + 1), (after.Reunified, after.Within12, after.Within24));

        // The same request again (a retry) is the same re-entry; the same day under a new key is a 409.
        using var replay = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{id}/re-entries") { Content = JsonContent.Create(InformationRequestBuilder.ReEntry(today)) };
        replay.Headers.Add("Idempotency-Key", "re-entry-" + id);
        using var replayed = await coordinator.SendAsync(replay);
        Assert.Equal(reEntry.GetProperty("id").GetGuid(), (await replayed.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        var stored = await _world.StoredRowsAsync();
        using var twice = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/re-entries", InformationRequestBuilder.ReEntry(today));
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(stored, await _world.StoredRowsAsync());

        using var list = await coordinator.GetAsync($"/api/referrals/{id}/re-entries");
        Assert.Equal([reEntry.GetProperty("id").GetGuid()], (await list.ReadJsonAsync()).EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal(1, await _world.InDbAsync(db => db.AuditLog.CountAsync(a => a.RecordId == id.ToString() && a.Fields.Contains("reEntries.enteredCareOn"))));
    }

    [Fact]
    public async Task A_re_entry_eighteen_months_on_counts_within_24_months_only_and_after_24_months_it_is_refused()
    {
        var (late, _, _) = await _world.ReunifiedAsync(monthsAgo: 18, B);
        var (tooLate, _, _) = await _world.ReunifiedAsync(monthsAgo: 30, B);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        var today = ChicagoDay(platform.Clock.GetUtcNow());

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{late}/re-entries", InformationRequestBuilder.ReEntry(today));
        var reEntry = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((false, true), (reEntry.GetProperty("within12Months").GetBoolean(), reEntry.GetProperty("within24Months").GetBoolean()));

        var stored = await _world.StoredRowsAsync();
        using var refused = await coordinator.PostAsJsonAsync($"/api/referrals/{tooLate}/re-entries", InformationRequestBuilder.ReEntry(today));
        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("enteredCareOn", out _), problem.GetRawText());
        Assert.Equal(stored, await _world.StoredRowsAsync());
    }

    [Theory]
    [InlineData("ready-for-matching")]
    [InlineData("matched")]
    [InlineData("closed")]
    [InlineData("withdrawn")]
    public async Task Only_a_referral_closed_with_reunification_takes_a_re_entry(string status)
    {
        // "closed" here ends with goals met: support completed, but no reunification to follow.
        var id = await _world.ReferralInAsync(status, B);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        var stored = await _world.StoredRowsAsync();

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/re-entries", InformationRequestBuilder.ReEntry(ChicagoDay(platform.Clock.GetUtcNow())));

        Assert.Contains("reunification", (await response.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(stored, await _world.StoredRowsAsync());
    }

    [Fact]
    public async Task After_consent_is_revoked_nothing_more_is_recorded_about_the_family()
    {
        var (id, _, _) = await _world.ReunifiedAsync(monthsAgo: 2, B);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        using (var revoke = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation", new { }))
        {
            await revoke.ReadJsonAsync();
        }
        var stored = await _world.StoredRowsAsync();

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/re-entries", InformationRequestBuilder.ReEntry(ChicagoDay(platform.Clock.GetUtcNow())));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(stored, await _world.StoredRowsAsync());
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static DateOnly ChicagoDay(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).DateTime);

    private sealed record Outcomes(int Reunified, int Within12, int Within24);

    // Program B's summary for the UTC day of the reunification, once reporting shows what is expected.
    private async Task<Outcomes> OutcomesAsync(DateOnly day, Func<Outcomes, bool> expected)
    {
        var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        return await Eventually.UntilAsync(
            async () =>
            {
                using var response = await client.GetAsync($"/api/reports/programs/{B}/summary?from={text}&to={text}");
                var outcomes = (await response.ReadJsonAsync()).GetProperty("outcomes");
                return new Outcomes(outcomes.GetProperty("reunified").GetInt32(), outcomes.GetProperty("reEntryWithin12Months").GetInt32(), outcomes.GetProperty("reEntryWithin24Months").GetInt32());
            },
            expected,
            TimeSpan.FromSeconds(60),
            "reporting's outcomes for the reunification day");
    }
}

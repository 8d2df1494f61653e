using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Referral.Tests;

/// <summary>
/// The referral follows matching's events (MatchMade, MatchEnded on the real broker): matched, then closed with the
/// end reason, in its history, its events, the referrer's closed loop and the program's figures; redeliveries and
/// stale events change nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MatchEventTests(Platform platform) : IAsyncLifetime
{
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_match_made_and_ended_moves_the_referral_to_matched_then_closed_and_says_so()
    {
        await using var changes = await DeliveryAudit<ReferralStatusChanged>.StartAsync(platform.Broker);
        var id = await _world.ReferralInAsync("ready-for-matching");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var match = new MatchEventsBuilder(TestUsers.ProgramA, id, Guid.NewGuid());
        var madeAt = platform.Clock.GetUtcNow();

        await _world.PublishAndWaitAsync(match.Made(madeAt.AddHours(-2), madeAt));

        var matched = await ReadAsync(coordinator, id);
        Assert.Equal("matched", matched.GetProperty("status").GetString());
        Assert.Equal(match.MatchId, matched.GetProperty("match").GetProperty("matchId").GetGuid());
        Assert.Equal(madeAt, matched.GetProperty("match").GetProperty("matchedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(JsonValueKind.Null, matched.GetProperty("match").GetProperty("closureReason").ValueKind);
        var step = (await HistoryAsync(coordinator, id)).Last();
        Assert.Equal(("ready-for-matching", "matched", "matching"), (step.GetProperty("from").GetString(), step.GetProperty("to").GetString(), step.GetProperty("changedBy").GetString()));
        await DeliveredAsync(changes, id, "Matched");
        // Off the coordinator's waiting queue: matched is not waiting on the program.
        Assert.DoesNotContain(id, await WaitingAsync(coordinator));

        await _world.PublishAndWaitAsync(match.Ended(platform.Clock.GetUtcNow(), "case-closed"));

        var closed = await ReadAsync(coordinator, id);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("case-closed", closed.GetProperty("match").GetProperty("closureReason").GetString());
        var history = await HistoryAsync(coordinator, id);
        Assert.Equal(["received", "screened", "ready-for-matching", "matched", "closed"], history.Select(h => h.GetProperty("to").GetString()));
        Assert.Equal(("matched", "matching", "case-closed"), (history[^1].GetProperty("from").GetString(), history[^1].GetProperty("changedBy").GetString(), history[^1].GetProperty("reason").GetString()));
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.GetProperty("changedAt").GetDateTimeOffset() < p.Second.GetProperty("changedAt").GetDateTimeOffset()));
        var end = await DeliveredAsync(changes, id, "Closed");
        Assert.Equal(("Matched", "case-closed"), (end.From, end.Reason));
    }

    [Fact]
    public async Task The_referrer_sees_matched_then_closed_with_a_neutral_outcome_and_nothing_about_the_family()
    {
        var id = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithReferrer("organisationId", TestUsers.ReferrerA.ClientId));
        await _world.MoveAsync(id, "screened");
        await _world.MoveAsync(id, "ready-for-matching");
        using var referrer = await platform.GatewayClientAsync(TestUsers.ReferrerA);

        var match = await _world.MatchAsync(id);

        var matched = await ReferredAsync(referrer, id);
        Assert.Equal("matched", matched.GetProperty("status").GetString());
        Assert.Equal(["received", "screened", "ready-for-matching", "matched"], matched.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, matched.GetProperty("outcome").ValueKind);

        await _world.EndMatchAsync(match, "reunified");

        var closed = await ReferredAsync(referrer, id);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("support-completed", closed.GetProperty("outcome").GetString());
        Assert.Equal("closed", closed.GetProperty("history").EnumerateArray().Last().GetProperty("status").GetString());
        // Neither the reason code nor anything of the family reaches the referring organisation.
        Assert.DoesNotContain("reunified", closed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(match.MatchId.ToString(), closed.GetRawText(), StringComparison.OrdinalIgnoreCase);
        using var list = await referrer.GetAsync("/api/referrals/referred?pageSize=200");
        var item = (await list.ReadJsonAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(("closed", "support-completed"), (item.GetProperty("status").GetString(), item.GetProperty("outcome").GetString()));

        // A family that withdrew: the referrer learns only that support ended.
        var other = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithReferrer("organisationId", TestUsers.ReferrerA.ClientId));
        await _world.MoveAsync(other, "screened");
        await _world.MoveAsync(other, "ready-for-matching");
        await _world.EndMatchAsync(await _world.MatchAsync(other), "family-withdrew");
        var ended = await ReferredAsync(referrer, other);
        Assert.Equal(("closed", "support-ended"), (ended.GetProperty("status").GetString(), ended.GetProperty("outcome").GetString()));
        Assert.DoesNotContain("withdr", ended.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_program_summary_counts_a_matched_family_as_matched_not_as_waiting()
    {
        // A UTC day of its own for this referral (every earlier one was received at least two days before), so the
        // summary for that day counts this family alone.
        platform.Clock.Advance(TimeSpan.FromDays(2));
        var id = await _world.ReferralInAsync("ready-for-matching");
        var day = await _world.InDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.ReceivedAt).SingleAsync());
        await ReportedStatusAsync(id, "ready-for-matching");
        await SummaryCountsAsync(day, "ready-for-matching");

        var match = await _world.MatchAsync(id);

        await ReportedStatusAsync(id, "matched");
        await SummaryCountsAsync(day, "matched");

        await _world.EndMatchAsync(match, "goals-met");

        await ReportedStatusAsync(id, "closed");
        await SummaryCountsAsync(day, "closed");
    }

    [Fact]
    public async Task A_redelivered_or_resent_match_event_changes_nothing()
    {
        var id = await _world.ReferralInAsync("ready-for-matching");
        var match = new MatchEventsBuilder(TestUsers.ProgramA, id, Guid.NewGuid());
        var now = platform.Clock.GetUtcNow();
        var made = match.Made(now.AddHours(-1), now);
        var madeId = await _world.PublishAndWaitAsync(made);
        var afterMade = await SnapshotAsync(id);

        // The same message again (a broker redelivery: the inbox), then under a new id (a publisher retry: the match id).
        await _world.PublishAsync(made, madeId);
        await _world.PublishAndWaitAsync(made);
        await Task.Delay(500);

        Assert.Equal(afterMade, await SnapshotAsync(id));
        Assert.Equal((ReferralStatus.Matched, 4), (afterMade.Status, afterMade.History));

        var ended = match.Ended(platform.Clock.GetUtcNow(), "goals-met");
        var endedId = await _world.PublishAndWaitAsync(ended);
        var afterEnded = await SnapshotAsync(id);
        await _world.PublishAsync(ended, endedId);
        await _world.PublishAndWaitAsync(ended);
        // A late MatchMade of the same match after it closed does not reopen it.
        await _world.PublishAndWaitAsync(made);
        await Task.Delay(500);

        Assert.Equal(afterEnded, await SnapshotAsync(id));
        Assert.Equal((ReferralStatus.Closed, 5), (afterEnded.Status, afterEnded.History));
        Assert.Equal(afterMade.Outbox + 1, afterEnded.Outbox);
    }

    [Fact]
    public async Task A_match_end_that_overtakes_the_match_is_retried_until_the_match_arrives_even_seconds_later()
    {
        var id = await _world.ReferralInAsync("ready-for-matching");
        var match = new MatchEventsBuilder(TestUsers.ProgramA, id, Guid.NewGuid());
        var now = platform.Clock.GetUtcNow();

        var endedId = await _world.PublishAsync(match.Ended(now.AddMinutes(5), "other"));
        // Longer than the bus's own retries (100 ms … 5 s, 7.6 s in all): the end must still be waiting.
        await Task.Delay(TimeSpan.FromSeconds(9));
        Assert.Equal(ReferralStatus.ReadyForMatching, (await SnapshotAsync(id)).Status);
        await _world.PublishAndWaitAsync(match.Made(now.AddHours(-1), now));
        await _world.HandledAsync(endedId);

        var referral = await _world.InDbAsync(db => db.Referrals.Include(r => r.StatusHistory).SingleAsync(r => r.Id == id));
        Assert.Equal((ReferralStatus.Closed, match.MatchId, "other"), (referral.Status, referral.MatchId, referral.ClosureReason));
        Assert.Equal([ReferralStatus.Received, ReferralStatus.Screened, ReferralStatus.ReadyForMatching, ReferralStatus.Matched, ReferralStatus.Closed],
            referral.StatusHistory.OrderBy(c => c.ChangedAt).Select(c => c.To));
    }

    [Fact]
    public async Task Events_for_a_withdrawn_referral_or_another_match_leave_it_as_it_is()
    {
        var withdrawn = await _world.ReferralInAsync("ready-for-matching");
        await _world.MoveAsync(withdrawn, "withdrawn");
        var before = await SnapshotAsync(withdrawn);
        var late = new MatchEventsBuilder(TestUsers.ProgramA, withdrawn, Guid.NewGuid());
        await _world.PublishAndWaitAsync(late.Made(platform.Clock.GetUtcNow(), platform.Clock.GetUtcNow()));
        await _world.PublishAndWaitAsync(late.Ended(platform.Clock.GetUtcNow(), "goals-met"));
        Assert.Equal(before, await SnapshotAsync(withdrawn));

        var matched = await _world.ReferralInAsync("matched");
        var matchedBefore = await SnapshotAsync(matched);
        var stranger = new MatchEventsBuilder(TestUsers.ProgramA, matched, Guid.NewGuid());
        await _world.PublishAndWaitAsync(stranger.Ended(platform.Clock.GetUtcNow(), "goals-met"));
        await _world.PublishAndWaitAsync(stranger.Made(platform.Clock.GetUtcNow(), platform.Clock.GetUtcNow()));
        Assert.Equal(matchedBefore, await SnapshotAsync(matched));

        // Another program's event naming this referral is not taken for it.
        var foreign = new MatchEventsBuilder(TestUsers.ProgramB, matched, Guid.NewGuid());
        await _world.PublishAndWaitAsync(foreign.Ended(platform.Clock.GetUtcNow(), "goals-met"));
        Assert.Equal(matchedBefore, await SnapshotAsync(matched));
    }

    [Fact]
    public async Task Revoking_consent_after_the_match_closed_erases_the_family_and_keeps_it_closed()
    {
        await using var withdrawals = await DeliveryAudit<ReferralWithdrawalRecorded>.StartAsync(platform.Broker);
        await using var revocations = await DeliveryAudit<ReferralConsentRevoked>.StartAsync(platform.Broker);
        var id = await _world.ReferralInAsync("ready-for-matching");
        await _world.EndMatchAsync(await _world.MatchAsync(id), "reunified");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation", new JsonObject());

        Assert.Equal("closed", (await response.ReadJsonAsync()).GetProperty("status").GetString());
        var referral = await _world.InDbAsync(db => db.Referrals.Include(r => r.StatusHistory).SingleAsync(r => r.Id == id));
        Assert.Equal((ReferralStatus.Closed, "reunified"), (referral.Status, referral.ClosureReason));
        Assert.DoesNotContain(referral.StatusHistory, c => c.To == ReferralStatus.Withdrawn);
        Assert.Null(referral.Parent.FirstName);
        Assert.Empty(referral.Parent.PreferredLanguages);
        Assert.NotNull(referral.PersonalDataErasedAt);
        await Eventually.UntilAsync(() => Task.FromResult(revocations.Deliveries.Any(d => d.Message.ReferralId == id)), r => r, what: "ReferralConsentRevoked");
        // Published in the same transaction as the revocation: had there been a withdrawal, it would be on the broker by now.
        await Task.Delay(500);
        Assert.DoesNotContain(withdrawals.Deliveries, d => d.Message.ReferralId == id);
        var read = await ReadAsync(coordinator, id);
        Assert.Equal("closed", read.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revoking_consent_during_a_match_withdraws_the_referral_and_its_end_then_changes_nothing()
    {
        var id = await _world.ReferralInAsync("ready-for-matching");
        var match = await _world.MatchAsync(id);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation", new JsonObject());
        Assert.Equal("withdrawn", (await response.ReadJsonAsync()).GetProperty("status").GetString());
        var before = await SnapshotAsync(id);

        await _world.EndMatchAsync(match, "family-withdrew");

        Assert.Equal(before, await SnapshotAsync(id));
    }

    private sealed record Snapshot(ReferralStatus Status, int History, Guid? MatchId, string? ClosureReason, DateTimeOffset StatusChangedAt, int Outbox);

    private Task<Snapshot> SnapshotAsync(Guid id) => _world.InDbAsync(async db =>
    {
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id);
        var history = await db.StatusChanges.CountAsync(c => c.ReferralId == id);
        var key = $"%{id}%";
        var outbox = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE body::text LIKE {key}").SingleAsync();
        return new Snapshot(referral.Status, history, referral.MatchId, referral.ClosureReason, referral.StatusChangedAt, outbox);
    });

    private static async Task<JsonElement> ReadAsync(HttpClient coordinator, Guid id)
    {
        using var response = await coordinator.GetAsync($"/api/referrals/{id}");
        return await response.ReadJsonAsync();
    }

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient coordinator, Guid id)
    {
        using var response = await coordinator.GetAsync($"/api/referrals/{id}/status-changes");
        return [.. (await response.ReadJsonAsync()).EnumerateArray().Select(h => h.Clone())];
    }

    private static async Task<JsonElement> ReferredAsync(HttpClient referrer, Guid id)
    {
        using var response = await referrer.GetAsync($"/api/referrals/referred/{id}");
        return await response.ReadJsonAsync();
    }

    private static async Task<HashSet<Guid>> WaitingAsync(HttpClient coordinator)
    {
        var ids = new HashSet<Guid>();
        string? cursor = null;
        do
        {
            using var response = await coordinator.GetAsync($"/api/referrals?programId={TestUsers.ProgramA}&waitingLongerThanHours=0&pageSize=200{(cursor is null ? "" : $"&cursor={cursor}")}");
            var page = await response.ReadJsonAsync();
            ids.UnionWith(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return ids;
    }

    private static async Task<ReferralStatusChanged> DeliveredAsync(DeliveryAudit<ReferralStatusChanged> audit, Guid id, string to) =>
        (await Eventually.UntilAsync(
            () => Task.FromResult(audit.Deliveries.Where(d => d.Message.ReferralId == id && d.Message.To == to).ToList()),
            d => d.Count > 0,
            what: $"ReferralStatusChanged to {to}")).First().Message;

    // Reporting's row for the referral: what the summary counts it as.
    private Task ReportedStatusAsync(Guid id, string status) =>
        Eventually.UntilAsync(
            async () =>
            {
                await using var scope = platform.Reporting.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
                return await db.Referrals.Where(r => r.ReferralId == id).Select(r => r.Status).FirstOrDefaultAsync();
            },
            s => s == status,
            TimeSpan.FromSeconds(60),
            $"reporting to count the referral as {status}");

    // The summary for the referral's day counts it once, under this status alone (reporting may take a moment).
    private async Task SummaryCountsAsync(DateTimeOffset receivedAt, string status)
    {
        var day = receivedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        await Eventually.UntilAsync(
            async () =>
            {
                using var response = await client.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary?from={day}&to={day}");
                var summary = await response.ReadJsonAsync();
                return (summary.GetProperty("referralsReceived").GetInt32(), string.Join(",", Counted(summary.GetProperty("referralsByStatus"))));
            },
            counts => counts == (1, status),
            TimeSpan.FromSeconds(30),
            $"the summary to count the family as {status} only");
    }

    // Each status the summary counts, once per family it counts there.
    private static List<string> Counted(JsonElement byStatus) =>
        [.. byStatus.EnumerateObject().Where(p => p.Value.GetInt32() > 0).SelectMany(p => Enumerable.Repeat(p.Name, p.Value.GetInt32()))];
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Matching;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.Matching.Tests;

/// <summary>Builds pool and queue through the broker (as training and referral would) and reads them back through the gateway.</summary>
public sealed class MatchingDriver(Platform platform)
{
    /// <summary>A language nobody else in the shared program speaks, so a test's candidates are only its own.</summary>
    public static string UniqueLanguage() => "x" + Guid.NewGuid().ToString("N")[..7];

    public Task PublishAsync<T>(T message) where T : class =>
        platform.Referral.Services.GetRequiredService<IBus>().Publish(message);

    public async Task<SupportParentCertified> CertifyAsync(string programId, string language, TestUser? user, Func<SupportParentCertifiedBuilder, SupportParentCertifiedBuilder>? shape = null)
    {
        var builder = new SupportParentCertifiedBuilder(programId).Speaking(language);
        var certified = (shape?.Invoke(builder) ?? builder).Build() with { UserSubject = user?.Subject };
        await PublishAsync(certified);
        return certified;
    }

    public async Task<Guid> ReadyAsync(string programId, string language, Func<ReferralMatchingRequestedBuilder, ReferralMatchingRequestedBuilder>? shape = null)
    {
        var builder = new ReferralMatchingRequestedBuilder(programId).Speaking(language).ReadyAt(platform.Clock.GetUtcNow());
        var ready = (shape?.Invoke(builder) ?? builder).Build();
        await PublishAsync(ready);
        return ready.ReferralId;
    }

    public Platform Platform => platform;

    public Task<HttpClient> As(TestUser user) => platform.GatewayClientAsync(user);

    public async Task<JsonElement> QueueAsync(string programId, TestUser? user = null)
    {
        using var client = await As(user ?? TestUsers.CoordinatorAB);
        using var response = await client.GetAsync($"/api/matching/programs/{programId}/queue");
        return await response.ReadJsonAsync();
    }

    public async Task<JsonElement> PoolAsync(string programId)
    {
        using var client = await As(TestUsers.CoordinatorAB);
        using var response = await client.GetAsync($"/api/matching/programs/{programId}/pool");
        return await response.ReadJsonAsync();
    }

    public static bool QueueHas(JsonElement queue, Guid referralId) =>
        queue.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("referralId").GetGuid() == referralId);

    public static JsonElement? PoolEntry(JsonElement pool, Guid supportParentId) =>
        pool.EnumerateArray().Where(i => i.GetProperty("supportParentId").GetGuid() == supportParentId).Cast<JsonElement?>().FirstOrDefault();

    public Task WaitInQueueAsync(string programId, params Guid[] referralIds) =>
        Eventually.UntilAsync(() => QueueAsync(programId), q => referralIds.All(id => QueueHas(q, id)), what: "the referrals to join the queue");

    public Task WaitInPoolAsync(string programId, params Guid[] supportParentIds) =>
        Eventually.UntilAsync(() => PoolAsync(programId), p => supportParentIds.All(id => PoolEntry(p, id) is not null), what: "the support parents to join the pool");

    public async Task<HttpResponseMessage> ApproveAsync(TestUser coordinator, Guid referralId, Guid supportParentId)
    {
        using var client = await As(coordinator);
        return await client.PostAsJsonAsync($"/api/matching/referrals/{referralId}/offers", new { supportParentId });
    }

    public async Task<HttpResponseMessage> AcceptAsync(TestUser supportParent, Guid offerId)
    {
        using var client = await As(supportParent);
        return await client.PostAsync($"/api/matching/offers/{offerId}/acceptance", null);
    }

    public async Task<HttpResponseMessage> DeclineAsync(TestUser supportParent, Guid offerId, string reason)
    {
        using var client = await As(supportParent);
        return await client.PostAsJsonAsync($"/api/matching/offers/{offerId}/decline", new { reason });
    }

    /// <summary>A coordinator records the support parent's acceptance, given by <paramref name="channel"/> (null: no body).</summary>
    public async Task<HttpResponseMessage> RecordAcceptAsync(TestUser coordinator, Guid offerId, string? channel)
    {
        using var client = await As(coordinator);
        return channel is null
            ? await client.PostAsync($"/api/matching/offers/{offerId}/acceptance", null)
            : await client.PostAsJsonAsync($"/api/matching/offers/{offerId}/acceptance", new { channel });
    }

    public async Task<HttpResponseMessage> RecordDeclineAsync(TestUser coordinator, Guid offerId, string reason, string? channel)
    {
        using var client = await As(coordinator);
        return await client.PostAsJsonAsync($"/api/matching/offers/{offerId}/decline", new { reason, channel });
    }

    public async Task<HttpResponseMessage> WithdrawAsync(TestUser coordinator, Guid offerId, string reason)
    {
        using var client = await As(coordinator);
        return await client.PostAsJsonAsync($"/api/matching/offers/{offerId}/withdrawal", new { reason });
    }

    /// <summary>A ready referral with an open offer to a support parent (none else in its language), made by CoordinatorA.</summary>
    public async Task<(Guid ReferralId, Guid SupportParentId, Guid OfferId)> OfferedAsync(string language, TestUser? supportParent = null,
        Func<ReferralMatchingRequestedBuilder, ReferralMatchingRequestedBuilder>? shape = null)
    {
        var certified = await CertifyAsync(TestUsers.ProgramA, language, supportParent);
        var referralId = await ReadyAsync(TestUsers.ProgramA, language, shape);
        await WaitInPoolAsync(TestUsers.ProgramA, certified.SupportParentId);
        await WaitInQueueAsync(TestUsers.ProgramA, referralId);
        using var approval = await ApproveAsync(TestUsers.CoordinatorA, referralId, certified.SupportParentId);
        var offerId = (await approval.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();
        return (referralId, certified.SupportParentId, offerId);
    }

    public async Task<JsonElement[]> OffersAsync(Guid referralId)
    {
        using var client = await As(TestUsers.CoordinatorAB);
        using var response = await client.GetAsync($"/api/matching/referrals/{referralId}/offers");
        return [.. (await response.ReadJsonAsync()).EnumerateArray()];
    }

    public async Task<T> InDbAsync<T>(Func<MatchingDbContext, Task<T>> query)
    {
        await using var scope = platform.Matching.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MatchingDbContext>());
    }

    public Task<int> OfferCountAsync() => InDbAsync(db => db.Offers.CountAsync());

    /// <summary>Audit entries of the family an offer or match is about (matching records them against the family's referral).</summary>
    public Task<int> AuditCountAsync(Guid? offerId = null, Guid? matchId = null, string? action = null) =>
        InDbAsync(async db =>
        {
            var referralId = offerId is { } offer ? await db.Offers.Where(o => o.Id == offer).Select(o => (Guid?)o.ReferralId).SingleAsync()
                : matchId is { } match ? await db.Matches.Where(m => m.Id == match).Select(m => (Guid?)m.ReferralId).SingleAsync()
                : null;
            var record = referralId?.ToString();
            return await db.AuditLog.CountAsync(a => (record == null || a.RecordId == record) && (action == null || a.Action == action));
        });
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Matching;
using ParentPartner.Matching.Api.Jobs;
using ParentPartner.Testing;

namespace ParentPartner.Matching.Tests;

[Collection(PlatformCollection.Name)]
public sealed class OfferFlowTests(Platform platform)
{
    private readonly MatchingDriver driver = new(platform);

    [Fact]
    public async Task Ready_suggest_approve_decline_next_offer_accept_makes_the_match_and_ending_frees_the_place()
    {
        await using var offered = await DeliveryAudit<MatchOffered>.StartAsync(platform.Broker);
        await using var declined = await DeliveryAudit<MatchOfferDeclined>.StartAsync(platform.Broker);
        await using var made = await DeliveryAudit<MatchMade>.StartAsync(platform.Broker);
        await using var ended = await DeliveryAudit<MatchEnded>.StartAsync(platform.Broker);
        var language = MatchingDriver.UniqueLanguage();
        var best = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA, b => b.WithConditions("autism"));
        var second = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA2);
        var referralId = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.WithConditions("autism"));
        await driver.WaitInPoolAsync(TestUsers.ProgramA, best.SupportParentId, second.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referralId);

        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        var suggestions = await (await coordinator.GetAsync($"/api/matching/referrals/{referralId}/suggestions?k=5")).ReadJsonAsync();
        var list = suggestions.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal(best.SupportParentId, list[0].GetProperty("supportParentId").GetGuid());
        Assert.Equal(second.SupportParentId, list[1].GetProperty("supportParentId").GetGuid());
        Assert.True(list[0].GetProperty("score").GetDecimal() > list[1].GetProperty("score").GetDecimal());
        var terms = list[0].GetProperty("terms").EnumerateArray().ToList();
        Assert.Contains(terms, t => t.GetProperty("term").GetString() == "experience" && t.GetProperty("points").GetDecimal() > 0);
        Assert.Equal(list[0].GetProperty("score").GetDecimal(), terms.Sum(t => t.GetProperty("points").GetDecimal()));
        Assert.True(suggestions.GetProperty("excludedByReason").GetProperty("no-shared-language").GetInt32() > 0);

        using var approval = await driver.ApproveAsync(TestUsers.CoordinatorA, referralId, best.SupportParentId);
        var offer = await approval.ReadJsonAsync(HttpStatusCode.Created);
        var firstOfferId = offer.GetProperty("offerId").GetGuid();
        Assert.Equal("pending", offer.GetProperty("status").GetString());
        Assert.Equal(TimeSpan.FromHours(72), offer.GetProperty("expiresAt").GetDateTimeOffset() - offer.GetProperty("offeredAt").GetDateTimeOffset());
        Assert.True((await driver.QueueAsync(TestUsers.ProgramA)).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("referralId").GetGuid() == referralId).GetProperty("hasOpenOffer").GetBoolean());

        // Only the offer's own support parent may answer it.
        using (var notTheirs = await driver.AcceptAsync(TestUsers.SupportParentA2, firstOfferId))
        {
            await notTheirs.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        using (var decline = await driver.DeclineAsync(TestUsers.SupportParentA, firstOfferId, "not-available"))
        {
            Assert.Equal("declined", (await decline.ReadJsonAsync()).GetProperty("status").GetString());
        }
        var offers = await driver.OffersAsync(referralId);
        var next = Assert.Single(offers, o => o.GetProperty("status").GetString() == "pending");
        Assert.Equal(second.SupportParentId, next.GetProperty("supportParentId").GetGuid());
        var nextOfferId = next.GetProperty("offerId").GetGuid();

        // The declined pair is never proposed again.
        var after = await (await coordinator.GetAsync($"/api/matching/referrals/{referralId}/suggestions")).ReadJsonAsync();
        Assert.DoesNotContain(after.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("supportParentId").GetGuid() == best.SupportParentId);
        Assert.Equal(1, after.GetProperty("excludedByReason").GetProperty("already-declined").GetInt32());
        using (var again = await driver.ApproveAsync(TestUsers.CoordinatorA, referralId, best.SupportParentId))
        {
            await again.AssertProblemAsync(HttpStatusCode.Conflict); // it has an open offer
        }

        using var acceptance = await driver.AcceptAsync(TestUsers.SupportParentA2, nextOfferId);
        var match = await acceptance.ReadJsonAsync(HttpStatusCode.Created);
        var matchId = match.GetProperty("matchId").GetGuid();
        using (var twice = await driver.AcceptAsync(TestUsers.SupportParentA2, nextOfferId))
        {
            await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        await Eventually.UntilAsync(() => Task.FromResult(made.Deliveries.Count(d => d.Message.MatchId == matchId)), n => n == 1, what: "MatchMade");
        var madeEvent = made.Deliveries.Single(d => d.Message.MatchId == matchId).Message;
        Assert.Equal(referralId, madeEvent.ReferralId);
        Assert.Equal(second.SupportParentId, madeEvent.SupportParentId);
        Assert.Equal(TestUsers.ProgramA, madeEvent.ProgramId);
        Assert.Equal(TestUsers.SupportParentA2.Subject, madeEvent.SupportParentSubject);
        Assert.True(madeEvent.MadeAt >= madeEvent.ReadyAt);
        await Eventually.UntilAsync(() => Task.FromResult(offered.Deliveries.Count(d => d.Message.ReferralId == referralId)), n => n == 2, what: "two MatchOffered");
        await Eventually.UntilAsync(() => Task.FromResult(declined.Deliveries.Count(d => d.Message.OfferId == firstOfferId)), n => n == 1, what: "MatchOfferDeclined");
        Assert.Equal("not-available", declined.Deliveries.Single(d => d.Message.OfferId == firstOfferId).Message.Reason);

        Assert.False(MatchingDriver.QueueHas(await driver.QueueAsync(TestUsers.ProgramA), referralId));
        Assert.Equal(1, MatchingDriver.PoolEntry(await driver.PoolAsync(TestUsers.ProgramA), second.SupportParentId)!.Value.GetProperty("activeMatches").GetInt32());

        using (var end = await coordinator.PostAsJsonAsync($"/api/matching/matches/{matchId}/end", new { reason = "goals-met" }))
        {
            Assert.Equal("goals-met", (await end.ReadJsonAsync()).GetProperty("endReason").GetString());
        }
        using (var endAgain = await coordinator.PostAsJsonAsync($"/api/matching/matches/{matchId}/end", new { reason = "other" }))
        {
            await endAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        }
        Assert.Equal(0, MatchingDriver.PoolEntry(await driver.PoolAsync(TestUsers.ProgramA), second.SupportParentId)!.Value.GetProperty("activeMatches").GetInt32());
        await Eventually.UntilAsync(() => Task.FromResult(ended.Deliveries.Count(d => d.Message.MatchId == matchId)), n => n == 1, what: "MatchEnded");
        Assert.Equal("goals-met", ended.Deliveries.Single(d => d.Message.MatchId == matchId).Message.Reason);
    }

    [Fact]
    public async Task An_unanswered_offer_expires_after_72_hours_and_the_next_best_is_offered()
    {
        await using var expiredAudit = await DeliveryAudit<MatchOfferExpired>.StartAsync(platform.Broker);
        var language = MatchingDriver.UniqueLanguage();
        var first = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA, b => b.WithConditions("deaf"));
        var second = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA2);
        var referralId = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.WithConditions("deaf"));
        await driver.WaitInPoolAsync(TestUsers.ProgramA, first.SupportParentId, second.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referralId);

        using var approval = await driver.ApproveAsync(TestUsers.CoordinatorA, referralId, first.SupportParentId);
        var offerId = (await approval.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();

        await using var scope = platform.Matching.CreateScope();
        var sweep = scope.ServiceProvider.GetRequiredService<OfferExpirySweep>();
        await sweep.RunOnceAsync();
        Assert.Equal("pending", (await driver.OffersAsync(referralId)).Single(o => o.GetProperty("offerId").GetGuid() == offerId).GetProperty("status").GetString());

        platform.Clock.Advance(TimeSpan.FromHours(73));
        await sweep.RunOnceAsync();

        var offers = await driver.OffersAsync(referralId);
        Assert.Equal("expired", offers.Single(o => o.GetProperty("offerId").GetGuid() == offerId).GetProperty("status").GetString());
        var next = Assert.Single(offers, o => o.GetProperty("status").GetString() == "pending");
        Assert.Equal(second.SupportParentId, next.GetProperty("supportParentId").GetGuid());
        using (var late = await driver.AcceptAsync(TestUsers.SupportParentA, offerId))
        {
            await late.AssertProblemAsync(HttpStatusCode.Conflict);
        }
        await Eventually.UntilAsync(() => Task.FromResult(expiredAudit.Deliveries.Count(d => d.Message.OfferId == offerId)), n => n == 1, what: "MatchOfferExpired");
        Assert.Equal(first.SupportParentId, expiredAudit.Deliveries.Single(d => d.Message.OfferId == offerId).Message.SupportParentId);

        // The queue shows the referral past the 48-hour target.
        var item = (await driver.QueueAsync(TestUsers.ProgramA)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("referralId").GetGuid() == referralId);
        Assert.True(item.GetProperty("pastTarget").GetBoolean());
        Assert.True(item.GetProperty("hoursWaiting").GetDouble() >= 73);
    }

    [Fact]
    public async Task Two_coordinators_approving_the_same_referral_at_once_make_one_offer()
    {
        var language = MatchingDriver.UniqueLanguage();
        var first = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA);
        var second = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA2);
        var referralId = await driver.ReadyAsync(TestUsers.ProgramA, language);
        await driver.WaitInPoolAsync(TestUsers.ProgramA, first.SupportParentId, second.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referralId);

        var approvals = await Task.WhenAll(
            driver.ApproveAsync(TestUsers.CoordinatorA, referralId, first.SupportParentId),
            driver.ApproveAsync(TestUsers.CoordinatorAB, referralId, second.SupportParentId));
        Assert.Single(approvals, r => r.StatusCode == HttpStatusCode.Created);
        await Assert.Single(approvals, r => r.StatusCode != HttpStatusCode.Created).AssertProblemAsync(HttpStatusCode.Conflict);
        foreach (var response in approvals)
        {
            response.Dispose();
        }
        Assert.Single(await driver.OffersAsync(referralId));
    }

    [Fact]
    public async Task Two_concurrent_acceptances_for_the_last_free_place_make_exactly_one_match()
    {
        await using var made = await DeliveryAudit<MatchMade>.StartAsync(platform.Broker);
        var language = MatchingDriver.UniqueLanguage();
        var supportParent = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA, b => b.WithCaseload(1));
        var referral1 = await driver.ReadyAsync(TestUsers.ProgramA, language);
        var referral2 = await driver.ReadyAsync(TestUsers.ProgramA, language);
        await driver.WaitInPoolAsync(TestUsers.ProgramA, supportParent.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referral1, referral2);

        var approvals = await Task.WhenAll(
            driver.ApproveAsync(TestUsers.CoordinatorA, referral1, supportParent.SupportParentId),
            driver.ApproveAsync(TestUsers.CoordinatorAB, referral2, supportParent.SupportParentId));
        var offerIds = new List<Guid>();
        foreach (var approval in approvals)
        {
            offerIds.Add((await approval.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid());
            approval.Dispose();
        }

        var acceptances = await Task.WhenAll(offerIds.Select(id => driver.AcceptAsync(TestUsers.SupportParentA, id)));
        Assert.Single(acceptances, r => r.StatusCode == HttpStatusCode.Created);
        await Assert.Single(acceptances, r => r.StatusCode != HttpStatusCode.Created).AssertProblemAsync(HttpStatusCode.Conflict);
        foreach (var response in acceptances)
        {
            response.Dispose();
        }

        Assert.Equal(1, await driver.InDbAsync(db => db.Matches.CountAsync(m => m.SupportParentId == supportParent.SupportParentId)));
        Assert.Equal(1, await driver.InDbAsync(db => db.Pool.Where(m => m.Id == supportParent.SupportParentId).Select(m => m.ActiveMatches).SingleAsync()));
        await Eventually.UntilAsync(() => Task.FromResult(made.Deliveries.Count(d => d.Message.SupportParentId == supportParent.SupportParentId)), n => n == 1, what: "one MatchMade");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(made.Deliveries, d => d.Message.SupportParentId == supportParent.SupportParentId);

        // At capacity: no longer suggested for the other referral.
        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        var matched = await driver.InDbAsync(db => db.Matches.Where(m => m.SupportParentId == supportParent.SupportParentId).Select(m => m.ReferralId).SingleAsync());
        var other = matched == referral1 ? referral2 : referral1;
        var suggestions = await (await coordinator.GetAsync($"/api/matching/referrals/{other}/suggestions")).ReadJsonAsync();
        Assert.True(suggestions.GetProperty("excludedByReason").GetProperty("at-capacity").GetInt32() >= 1);
        Assert.Empty(suggestions.GetProperty("suggestions").EnumerateArray());
    }
}

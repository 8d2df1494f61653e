using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.Testing;

namespace ParentPartner.Matching.Tests;

/// <summary>Many volunteers have no login: the coordinator records their answer, or withdraws an offer nobody will answer.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CoordinatorAnswerTests(Platform platform)
{
    private readonly MatchingDriver driver = new(platform);

    [Fact]
    public async Task A_coordinator_records_a_phoned_acceptance_for_a_support_parent_without_a_login()
    {
        await using var made = await DeliveryAudit<MatchMade>.StartAsync(platform.Broker);
        var (referralId, supportParentId, offerId) = await driver.OfferedAsync(MatchingDriver.UniqueLanguage(), supportParent: null);

        // Recording for someone means saying how they answered: no channel, or "app", is refused and changes nothing.
        var missing = await (await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, null)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("channel", out _));
        await (await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, "app")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, "carrier-pigeon")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("pending", (await driver.OffersAsync(referralId)).Single().GetProperty("status").GetString());
        Assert.Equal(0, await driver.AuditCountAsync(offerId: offerId));

        using var acceptance = await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, "phone");
        var match = await acceptance.ReadJsonAsync(HttpStatusCode.Created);
        var matchId = match.GetProperty("matchId").GetGuid();
        Assert.Equal(supportParentId, match.GetProperty("supportParentId").GetGuid());

        var offer = (await driver.OffersAsync(referralId)).Single();
        Assert.Equal("accepted", offer.GetProperty("status").GetString());
        Assert.Equal("phone", offer.GetProperty("answerChannel").GetString());
        Assert.Equal(TestUsers.CoordinatorA.Subject, offer.GetProperty("answeredBy").GetString());
        var audit = await driver.InDbAsync(db => db.AuditLog.SingleAsync(a => a.RecordId == referralId.ToString() && a.Action == "accept-offer"));
        Assert.Equal(("phone", TestUsers.CoordinatorA.Subject, "referral"), (audit.Purpose, audit.Actor, audit.RecordType));
        Assert.Equal(["offer.status", "offer.answeredBy"], audit.Fields);

        // The match belongs to the support parent, who has no account: never to the coordinator who recorded it.
        await Eventually.UntilAsync(() => Task.FromResult(made.Deliveries.Count(d => d.Message.MatchId == matchId)), n => n == 1, what: "MatchMade");
        Assert.Null(made.Deliveries.Single(d => d.Message.MatchId == matchId).Message.SupportParentSubject);
        Assert.Equal(1, MatchingDriver.PoolEntry(await driver.PoolAsync(TestUsers.ProgramA), supportParentId)!.Value.GetProperty("activeMatches").GetInt32());
        await (await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, "phone")).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_coordinator_records_a_texted_decline_and_the_next_best_is_offered()
    {
        await using var declined = await DeliveryAudit<MatchOfferDeclined>.StartAsync(platform.Broker);
        var language = MatchingDriver.UniqueLanguage();
        var next = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithCaseload(3));
        var (referralId, supportParentId, offerId) = await driver.OfferedAsync(language, supportParent: null);
        await driver.WaitInPoolAsync(TestUsers.ProgramA, next.SupportParentId);

        await (await driver.RecordDeclineAsync(TestUsers.CoordinatorA, offerId, "not-available", null)).AssertProblemAsync(HttpStatusCode.BadRequest);
        using var decline = await driver.RecordDeclineAsync(TestUsers.CoordinatorA, offerId, "not-available", "text");
        var body = await decline.ReadJsonAsync();
        Assert.Equal(("declined", "text", "not-available"),
            (body.GetProperty("status").GetString(), body.GetProperty("answerChannel").GetString(), body.GetProperty("declineReason").GetString()));

        var offers = await driver.OffersAsync(referralId);
        Assert.Equal(next.SupportParentId, Assert.Single(offers, o => o.GetProperty("status").GetString() == "pending").GetProperty("supportParentId").GetGuid());
        Assert.Equal(1, await driver.AuditCountAsync(offerId: offerId, action: "decline-offer"));
        await Eventually.UntilAsync(() => Task.FromResult(declined.Deliveries.Count(d => d.Message.OfferId == offerId)), n => n == 1, what: "MatchOfferDeclined");
        Assert.Equal(supportParentId, declined.Deliveries.Single(d => d.Message.OfferId == offerId).Message.SupportParentId);
    }

    [Fact]
    public async Task Withdrawing_an_open_offer_passes_the_referral_to_the_next_best_at_once()
    {
        await using var withdrawn = await DeliveryAudit<MatchOfferWithdrawn>.StartAsync(platform.Broker);
        var language = MatchingDriver.UniqueLanguage();
        var next = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithCaseload(3));
        var (referralId, _, offerId) = await driver.OfferedAsync(language, supportParent: null);
        await driver.WaitInPoolAsync(TestUsers.ProgramA, next.SupportParentId);
        var offersBefore = await driver.OfferCountAsync();

        // Wrong role, another program, bad reasons: refused, nothing stored.
        await (await driver.WithdrawAsync(TestUsers.SupportParentA, offerId, "other")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await driver.WithdrawAsync(TestUsers.PayrollApproverA, offerId, "other")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await driver.WithdrawAsync(TestUsers.CoordinatorB, offerId, "other")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.WithdrawAsync(TestUsers.CoordinatorA, offerId, "bored")).AssertProblemAsync(HttpStatusCode.BadRequest);
        using (var coordinator = await driver.As(TestUsers.CoordinatorA))
        {
            await (await coordinator.PostAsJsonAsync($"/api/matching/offers/{offerId}/withdrawal", new { })).AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        await (await driver.WithdrawAsync(TestUsers.CoordinatorA, Guid.NewGuid(), "other")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(offersBefore, await driver.OfferCountAsync());
        Assert.Equal("pending", (await driver.OffersAsync(referralId)).Single().GetProperty("status").GetString());

        // Sent twice with one Idempotency-Key (a lost response retried): one withdrawal, one next offer, the same answer.
        using var coordinatorA = await driver.As(TestUsers.CoordinatorA);
        var key = Guid.NewGuid().ToString();
        async Task<System.Text.Json.JsonElement> WithdrawOnceAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/matching/offers/{offerId}/withdrawal") { Content = JsonContent.Create(new { reason = "support-parent-unreachable" }) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await coordinatorA.SendAsync(request);
            return await response.ReadJsonAsync();
        }
        var body = await WithdrawOnceAsync();
        var replay = await WithdrawOnceAsync();
        Assert.Equal(body.GetProperty("nextOffer").GetProperty("offerId").GetGuid(), replay.GetProperty("nextOffer").GetProperty("offerId").GetGuid());
        Assert.Equal("withdrawn", replay.GetProperty("withdrawn").GetProperty("status").GetString());
        Assert.Equal("withdrawn", body.GetProperty("withdrawn").GetProperty("status").GetString());
        Assert.Equal("support-parent-unreachable", body.GetProperty("withdrawn").GetProperty("withdrawReason").GetString());
        Assert.Equal(next.SupportParentId, body.GetProperty("nextOffer").GetProperty("supportParentId").GetGuid());
        Assert.Equal("pending", body.GetProperty("nextOffer").GetProperty("status").GetString());

        var offers = await driver.OffersAsync(referralId);
        Assert.Equal(2, offers.Length);
        Assert.Equal(body.GetProperty("nextOffer").GetProperty("offerId").GetGuid(), Assert.Single(offers, o => o.GetProperty("status").GetString() == "pending").GetProperty("offerId").GetGuid());
        Assert.Equal(1, await driver.AuditCountAsync(offerId: offerId, action: "withdraw-offer"));
        await (await driver.WithdrawAsync(TestUsers.CoordinatorA, offerId, "other")).AssertProblemAsync(HttpStatusCode.Conflict);
        await Eventually.UntilAsync(() => Task.FromResult(withdrawn.Deliveries.Count(d => d.Message.OfferId == offerId)), n => n == 1, what: "MatchOfferWithdrawn");
        Assert.Equal("support-parent-unreachable", withdrawn.Deliveries.Single(d => d.Message.OfferId == offerId).Message.Reason);

        // The withdrawn pair is set aside like an expired one.
        using var suggestions = await (await driver.As(TestUsers.CoordinatorA)).GetAsync($"/api/matching/referrals/{referralId}/suggestions");
        Assert.Equal(1, (await suggestions.ReadJsonAsync()).GetProperty("excludedByReason").GetProperty("excluded-pair").GetInt32());
    }

    [Fact]
    public async Task Withdrawing_the_last_candidates_offer_puts_the_referral_back_in_the_queue()
    {
        var (referralId, _, offerId) = await driver.OfferedAsync(MatchingDriver.UniqueLanguage(), supportParent: null);

        using var withdrawal = await driver.WithdrawAsync(TestUsers.CoordinatorA, offerId, "support-parent-unavailable");
        var body = await withdrawal.ReadJsonAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("nextOffer").ValueKind);
        var item = (await driver.QueueAsync(TestUsers.ProgramA)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("referralId").GetGuid() == referralId);
        Assert.False(item.GetProperty("hasOpenOffer").GetBoolean());
    }

    [Fact]
    public async Task A_support_parent_answers_in_the_app_only_and_cannot_claim_another_channel()
    {
        var (referralId, _, offerId) = await driver.OfferedAsync(MatchingDriver.UniqueLanguage(), TestUsers.SupportParentA2);

        using (var client = await driver.As(TestUsers.SupportParentA2))
        {
            await (await client.PostAsJsonAsync($"/api/matching/offers/{offerId}/acceptance", new { channel = "phone" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        Assert.Equal("pending", (await driver.OffersAsync(referralId)).Single().GetProperty("status").GetString());
        await (await driver.RecordAcceptAsync(TestUsers.PayrollApproverA, offerId, "phone")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await driver.RecordAcceptAsync(TestUsers.CoordinatorB, offerId, "phone")).AssertProblemAsync(HttpStatusCode.NotFound);

        using var acceptance = await driver.AcceptAsync(TestUsers.SupportParentA2, offerId);
        await acceptance.ReadJsonAsync(HttpStatusCode.Created);
        var offer = (await driver.OffersAsync(referralId)).Single();
        Assert.Equal(("app", TestUsers.SupportParentA2.Subject), (offer.GetProperty("answerChannel").GetString(), offer.GetProperty("answeredBy").GetString()));
    }
}

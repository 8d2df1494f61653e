using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;

namespace ParentPartner.Matching.Tests;

[Collection(PlatformCollection.Name)]
public sealed class AccessAndInputTests(Platform platform)
{
    private readonly MatchingDriver driver = new(platform);

    private async Task<(Guid ReferralId, Guid SupportParentId, Guid OfferId, Guid MatchId)> MatchedPairAsync()
    {
        var language = MatchingDriver.UniqueLanguage();
        var supportParent = await driver.CertifyAsync(TestUsers.ProgramA, language, TestUsers.SupportParentA);
        var referralId = await driver.ReadyAsync(TestUsers.ProgramA, language);
        var pending = await driver.ReadyAsync(TestUsers.ProgramA, language);
        await driver.WaitInPoolAsync(TestUsers.ProgramA, supportParent.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referralId, pending);
        using var approval = await driver.ApproveAsync(TestUsers.CoordinatorA, referralId, supportParent.SupportParentId);
        var offerId = (await approval.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();
        using var acceptance = await driver.AcceptAsync(TestUsers.SupportParentA, offerId);
        var matchId = (await acceptance.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("matchId").GetGuid();
        using var second = await driver.ApproveAsync(TestUsers.CoordinatorA, pending, supportParent.SupportParentId);
        var pendingOffer = (await second.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();
        return (pending, supportParent.SupportParentId, pendingOffer, matchId);
    }

    [Fact]
    public async Task Another_programs_users_get_404_for_every_matching_resource()
    {
        var (referralId, supportParentId, offerId, matchId) = await MatchedPairAsync();
        var offersBefore = await driver.OfferCountAsync();

        using var coordinatorB = await driver.As(TestUsers.CoordinatorB);
        await (await coordinatorB.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/queue")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/pool")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.GetAsync($"/api/matching/referrals/{referralId}/suggestions")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.GetAsync($"/api/matching/referrals/{referralId}/offers")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.PostAsJsonAsync($"/api/matching/referrals/{referralId}/offers", new { supportParentId })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.PostAsJsonAsync($"/api/matching/matches/{matchId}/end", new { reason = "other" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.PostAsync($"/api/matching/programs/{TestUsers.ProgramA}/batch-runs", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.GetAsync($"/api/matching/matches/{matchId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/matches")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.PostAsJsonAsync($"/api/matching/offers/{offerId}/acceptance", new { channel = "phone" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.PostAsJsonAsync($"/api/matching/offers/{offerId}/decline", new { reason = "other", channel = "phone" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.PostAsJsonAsync($"/api/matching/offers/{offerId}/withdrawal", new { reason = "other" })).AssertProblemAsync(HttpStatusCode.NotFound);
        using var adminB = await driver.As(TestUsers.AdminB);
        await (await adminB.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/settings")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await adminB.PutAsJsonAsync($"/api/matching/programs/{TestUsers.ProgramA}/settings", ValidSettings(24))).AssertProblemAsync(HttpStatusCode.NotFound);

        // Support parents: another program's, and the same program's other support parent.
        await (await driver.AcceptAsync(TestUsers.SupportParentB, offerId)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.DeclineAsync(TestUsers.SupportParentA2, offerId, "other")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await driver.AcceptAsync(TestUsers.SupportParentA2, offerId)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(offersBefore, await driver.OfferCountAsync());
        Assert.Equal("pending", (await driver.OffersAsync(referralId)).Single(o => o.GetProperty("offerId").GetGuid() == offerId).GetProperty("status").GetString());
        Assert.Null(await driver.InDbAsync(db => db.Matches.Where(m => m.Id == matchId).Select(m => m.EndedAt).SingleAsync()));
    }

    [Theory]
    [InlineData("-starts-with-a-hyphen")]
    [InlineData("has%20a%20space")]
    [InlineData("a-program-id-longer-than-sixty-four-characters-is-not-one-at-all-x")]
    public async Task A_malformed_program_id_is_a_404_like_a_foreign_one(string programId)
    {
        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        await (await coordinator.GetAsync($"/api/matching/programs/{programId}/queue")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/matching/programs/{programId}/pool")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.PostAsync($"/api/matching/programs/{programId}/batch-runs", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        using var admin = await driver.As(TestUsers.AdminB);
        await (await admin.GetAsync($"/api/matching/programs/{programId}/settings")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutAsJsonAsync($"/api/matching/programs/{programId}/settings", ValidSettings(24))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_roles_get_403_and_no_token_gets_401()
    {
        var (referralId, supportParentId, offerId, matchId) = await MatchedPairAsync();

        using var supportParent = await driver.As(TestUsers.SupportParentA);
        await (await supportParent.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/queue")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await supportParent.GetAsync($"/api/matching/referrals/{referralId}/suggestions")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await supportParent.PostAsJsonAsync($"/api/matching/referrals/{referralId}/offers", new { supportParentId })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await supportParent.PostAsJsonAsync($"/api/matching/matches/{matchId}/end", new { reason = "other" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await supportParent.PostAsJsonAsync($"/api/matching/offers/{offerId}/withdrawal", new { reason = "other" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        await (await coordinator.GetAsync("/api/matching/me/matches")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.PutAsJsonAsync($"/api/matching/programs/{TestUsers.ProgramA}/settings", ValidSettings(24))).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var payroll = await driver.As(TestUsers.PayrollApproverA);
        await (await payroll.PostAsync($"/api/matching/programs/{TestUsers.ProgramA}/batch-runs", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await payroll.PostAsJsonAsync($"/api/matching/offers/{offerId}/acceptance", new { channel = "phone" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await payroll.PostAsJsonAsync($"/api/matching/offers/{offerId}/decline", new { reason = "other", channel = "phone" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await payroll.GetAsync($"/api/matching/matches/{matchId}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await payroll.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/matches")).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var referrer = await platform.GatewayClientAsync(TestUsers.ReferrerA);
        await (await referrer.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/queue")).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = platform.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/matching/programs/{TestUsers.ProgramA}/queue")).StatusCode);

        Assert.Equal("pending", (await driver.OffersAsync(referralId)).Single(o => o.GetProperty("offerId").GetGuid() == offerId).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_input_gets_a_4xx_problem_and_stores_nothing()
    {
        var (referralId, supportParentId, offerId, matchId) = await MatchedPairAsync();
        var offersBefore = await driver.OfferCountAsync();
        var otherLanguage = await driver.CertifyAsync(TestUsers.ProgramA, MatchingDriver.UniqueLanguage(), null);
        var inB = await driver.CertifyAsync(TestUsers.ProgramB, MatchingDriver.UniqueLanguage(), null);
        await driver.WaitInPoolAsync(TestUsers.ProgramA, otherLanguage.SupportParentId);
        await driver.WaitInPoolAsync(TestUsers.ProgramB, inB.SupportParentId);

        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        await (await coordinator.GetAsync($"/api/matching/referrals/{referralId}/suggestions?k=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.GetAsync($"/api/matching/referrals/{referralId}/suggestions?k=500")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.GetAsync($"/api/matching/referrals/{Guid.NewGuid()}/suggestions")).AssertProblemAsync(HttpStatusCode.NotFound);

        // The pending referral is offered already; a fresh one tests the approval's own checks.
        var language = MatchingDriver.UniqueLanguage();
        var fresh = await driver.ReadyAsync(TestUsers.ProgramA, language);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, fresh);
        await (await coordinator.PostAsJsonAsync($"/api/matching/referrals/{fresh}/offers", new { })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.PostAsync($"/api/matching/referrals/{fresh}/offers", new StringContent("{\"supportParentId\":", Encoding.UTF8, "application/json"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var ineligible = await (await coordinator.PostAsJsonAsync($"/api/matching/referrals/{fresh}/offers", new { supportParentId = otherLanguage.SupportParentId })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no-shared-language", ineligible.GetProperty("errors").GetProperty("supportParentId").ToString());
        await (await coordinator.PostAsJsonAsync($"/api/matching/referrals/{fresh}/offers", new { supportParentId = inB.SupportParentId })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await coordinator.PostAsJsonAsync($"/api/matching/referrals/{referralId}/offers", new { supportParentId })).AssertProblemAsync(HttpStatusCode.Conflict);

        await (await driver.DeclineAsync(TestUsers.SupportParentA, offerId, "too-busy")).AssertProblemAsync(HttpStatusCode.BadRequest);
        using (var supportParent = await driver.As(TestUsers.SupportParentA))
        {
            await (await supportParent.PostAsJsonAsync($"/api/matching/offers/{offerId}/decline", new { })).AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        await (await coordinator.PostAsJsonAsync($"/api/matching/matches/{matchId}/end", new { reason = "bored" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.PostAsJsonAsync($"/api/matching/matches/{matchId}/end", new { })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(offersBefore, await driver.OfferCountAsync());
        Assert.Equal("pending", (await driver.OffersAsync(referralId)).Single(o => o.GetProperty("offerId").GetGuid() == offerId).GetProperty("status").GetString());
        Assert.Null(await driver.InDbAsync(db => db.Matches.Where(m => m.Id == matchId).Select(m => m.EndedAt).SingleAsync()));
        Assert.Equal(0, await driver.InDbAsync(db => db.Exclusions.CountAsync(e => e.ReferralId == referralId)));
    }

    [Fact]
    public async Task A_program_admin_sets_weights_offer_expiry_and_target_with_validation()
    {
        using var admin = await driver.As(TestUsers.AdminB);
        var before = await (await admin.GetAsync($"/api/matching/programs/{TestUsers.ProgramB}/settings")).ReadJsonAsync();

        var invalid = await (await admin.PutAsJsonAsync($"/api/matching/programs/{TestUsers.ProgramB}/settings", new
        {
            weights = new { experience = -1, childAge = 15, county = 15, language = 5, availability = 15, culturalBackground = 5, loadBalance = 10 },
            offerExpiryHours = 0,
            targetHours = 48,
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("weights.experience", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("offerExpiryHours", out _));
        await (await admin.PutAsJsonAsync($"/api/matching/programs/{TestUsers.ProgramB}/settings", new
        {
            weights = new { experience = 0, childAge = 0, county = 0, language = 0, availability = 0, culturalBackground = 0, loadBalance = 0 },
            offerExpiryHours = 24,
            targetHours = 48,
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PutAsJsonAsync($"/api/matching/programs/{TestUsers.ProgramB}/settings", new { offerExpiryHours = 24 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before.ToString(), (await (await admin.GetAsync($"/api/matching/programs/{TestUsers.ProgramB}/settings")).ReadJsonAsync()).ToString());

        var saved = await (await admin.PutAsJsonAsync($"/api/matching/programs/{TestUsers.ProgramB}/settings", ValidSettings(24))).ReadJsonAsync();
        Assert.Equal(24, saved.GetProperty("offerExpiryHours").GetInt32());
        var read = await (await admin.GetAsync($"/api/matching/programs/{TestUsers.ProgramB}/settings")).ReadJsonAsync();
        Assert.Equal(24, read.GetProperty("offerExpiryHours").GetInt32());
        Assert.Equal(12, read.GetProperty("targetHours").GetInt32());
        Assert.Equal(50, read.GetProperty("weights").GetProperty("experience").GetInt32());

        // The settings take effect: an offer in program B expires after 24 hours; the queue uses the 12-hour target.
        var language = MatchingDriver.UniqueLanguage();
        var supportParent = await driver.CertifyAsync(TestUsers.ProgramB, language, TestUsers.SupportParentB);
        var referralId = await driver.ReadyAsync(TestUsers.ProgramB, language, b => b.ReadyAt(platform.Clock.GetUtcNow().AddHours(-13)));
        await driver.WaitInPoolAsync(TestUsers.ProgramB, supportParent.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramB, referralId);
        var queue = await driver.QueueAsync(TestUsers.ProgramB);
        Assert.Equal(12, queue.GetProperty("targetHours").GetInt32());
        Assert.True(queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("referralId").GetGuid() == referralId).GetProperty("pastTarget").GetBoolean());
        using var approval = await driver.ApproveAsync(TestUsers.CoordinatorB, referralId, supportParent.SupportParentId);
        var offer = await approval.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(TimeSpan.FromHours(24), offer.GetProperty("expiresAt").GetDateTimeOffset() - offer.GetProperty("offeredAt").GetDateTimeOffset());
    }

    private static object ValidSettings(int offerExpiryHours) => new
    {
        weights = new { experience = 50, childAge = 10, county = 10, language = 5, availability = 10, culturalBackground = 5, loadBalance = 10 },
        offerExpiryHours,
        targetHours = 12,
    };
}

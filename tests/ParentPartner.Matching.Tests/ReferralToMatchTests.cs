using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Matching.Tests;

/// <summary>From intake to a match for a volunteer with no login, through referral's real events.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReferralToMatchTests(Platform platform)
{
    private readonly MatchingDriver driver = new(platform);

    [Fact]
    public async Task A_referral_is_matched_by_phone_for_a_support_parent_without_a_login_and_the_coordinator_reads_the_familys_contact()
    {
        // A primary language nobody else is likely to speak (matching compares primary subtags; intake takes 2-3 letters).
        var language = new string([.. Enumerable.Range(0, 3).Select(_ => (char)('a' + Random.Shared.Next(26)))]);
        using (var admin = await driver.As(TestUsers.AdminA))
        {
            using var program = await admin.PutAsJsonAsync($"/api/referrals/programs/{TestUsers.ProgramA}", new ProgramRequestBuilder().Build());
            Assert.True(program.IsSuccessStatusCode);
        }
        var volunteer = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithConditions("autism"));
        await driver.WaitInPoolAsync(TestUsers.ProgramA, volunteer.SupportParentId);

        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        var intake = new ReferralRequestBuilder(TestUsers.ProgramA).WithP2pProfile(5, "autism")
            .WithParent("preferredLanguages", new JsonArray(language)).WithNeeds("qualitiesHopedFor", new JsonArray("same-diagnosis")).Build();
        using var submitted = await coordinator.PostAsJsonAsync("/api/referrals", intake);
        var referralId = (await submitted.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var status in new[] { "screened", "ready-for-matching" })
        {
            using var moved = await coordinator.PostAsJsonAsync($"/api/referrals/{referralId}/status-changes", StatusChangeRequestBuilder.To(status));
            await moved.ReadJsonAsync(HttpStatusCode.Created);
        }
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referralId);

        var suggestions = await (await coordinator.GetAsync($"/api/matching/referrals/{referralId}/suggestions")).ReadJsonAsync();
        var mine = suggestions.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("supportParentId").GetGuid() == volunteer.SupportParentId);
        Assert.Contains(mine.GetProperty("terms").EnumerateArray(), t => t.GetProperty("term").GetString() == "qualities-hoped-for" && t.GetProperty("points").GetDecimal() > 0);
        using var approval = await driver.ApproveAsync(TestUsers.CoordinatorA, referralId, volunteer.SupportParentId);
        var offerId = (await approval.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();

        // The coordinator phoned the volunteer, who said yes; a retry with the same key is the same match.
        var key = Guid.NewGuid().ToString();
        async Task<Guid> AcceptAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/matching/offers/{offerId}/acceptance") { Content = JsonContent.Create(new { channel = "phone" }) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await coordinator.SendAsync(request);
            return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("matchId").GetGuid();
        }
        var matchId = await AcceptAsync();
        Assert.Equal(matchId, await AcceptAsync());

        // The family's contact came from referral's ReferralContactShared; the coordinator passes it on by phone.
        var detail = await Eventually.UntilAsync(
            async () => await (await coordinator.GetAsync($"/api/matching/matches/{matchId}")).ReadJsonAsync(),
            d => d.GetProperty("family").GetProperty("firstName").GetString() == "Maria", what: "the family's contact");
        Assert.Equal("515-555-0142", detail.GetProperty("family").GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal([language], detail.GetProperty("family").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(volunteer.SupportParentId, detail.GetProperty("supportParent").GetProperty("supportParentId").GetGuid());
        Assert.True(await driver.AuditCountAsync(matchId: matchId, action: "read-match") >= 1);
        await (await coordinator.GetAsync($"/api/matching/referrals/{referralId}/suggestions")).AssertProblemAsync(HttpStatusCode.Conflict);
    }
}

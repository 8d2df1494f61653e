using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Matching;

namespace ParentPartner.Matching.Tests;

/// <summary>The matched support parent reads the family to reach them; coordinators read a program's matches.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MatchReadTests(Platform platform)
{
    private readonly MatchingDriver driver = new(platform);

    private async Task<(Guid ReferralId, Guid SupportParentId, Guid MatchId)> MatchedWithContactAsync(TestUser? supportParent, string firstName)
    {
        var language = MatchingDriver.UniqueLanguage();
        var (referralId, supportParentId, offerId) = await driver.OfferedAsync(language, supportParent,
            b => b.WithConditions("autism").HopingFor("bilingual", "good-listener").InCounty("Story"));
        await driver.PublishAsync(new ReferralContactSharedBuilder(referralId, TestUsers.ProgramA).Named(firstName).Build());
        await Eventually.UntilAsync(() => driver.InDbAsync(db => db.Contacts.AnyAsync(c => c.ReferralId == referralId)), shared => shared, what: "the contact to arrive");
        using var acceptance = supportParent is null
            ? await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, "phone")
            : await driver.AcceptAsync(supportParent, offerId);
        var matchId = (await acceptance.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("matchId").GetGuid();
        return (referralId, supportParentId, matchId);
    }

    private async Task<JsonElement> GetAsync(TestUser user, string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = await driver.As(user);
        using var response = await client.GetAsync(path);
        return status == HttpStatusCode.OK ? await response.ReadJsonAsync() : await response.AssertProblemAsync(status);
    }

    [Fact]
    public async Task The_matched_support_parent_reads_the_familys_contact_each_read_audited_and_it_is_gone_after_consent_is_revoked()
    {
        var (referralId, supportParentId, matchId) = await MatchedWithContactAsync(TestUsers.SupportParentA, "Rosa");

        var mine = await GetAsync(TestUsers.SupportParentA, "/api/matching/me/matches?status=active&limit=5");
        var match = mine.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("matchId").GetGuid() == matchId);
        var family = match.GetProperty("family");
        Assert.Equal("Rosa", family.GetProperty("firstName").GetString());
        Assert.Equal("+1 515 555 0142", family.GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal("rosa@example.org", family.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal("matching-and-contact", family.GetProperty("contact").GetProperty("consentScope").GetString());
        Assert.Equal("Story", family.GetProperty("county").GetString());
        Assert.True(family.GetProperty("availability").GetProperty("evenings").GetBoolean());
        Assert.Equal(["autism"], family.GetProperty("intakeFactors").GetProperty("conditionCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["bilingual", "good-listener"], family.GetProperty("intakeFactors").GetProperty("qualitiesHopedFor").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(supportParentId, match.GetProperty("supportParent").GetProperty("supportParentId").GetGuid());
        Assert.Equal(1, await driver.AuditCountAsync(matchId: matchId, action: "read-match"));

        var detail = await GetAsync(TestUsers.SupportParentA, $"/api/matching/matches/{matchId}");
        Assert.Equal("Rosa", detail.GetProperty("family").GetProperty("firstName").GetString());
        var audits = await driver.InDbAsync(db => db.AuditLog.Where(a => a.RecordId == referralId.ToString() && a.Action == "read-match").OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal(TestUsers.SupportParentA.Subject, a.Actor));
        Assert.Equal(["first-contact", "case-work"], audits.Select(a => a.Purpose));
        // The consent the contact was shared under, and the names of what was shown (the contact included): never the values.
        Assert.All(audits, a => Assert.Equal("matching-and-contact", a.Consent));
        Assert.All(audits, a => Assert.Contains("family.contact.phone", a.Fields));
        var trail = await driver.Platform.TrailAsync("/api/matching", referralId.ToString());
        Assert.Equal(2, trail.Count(e => e.GetProperty("action").GetString() == "read-match"));
        AuditChecks.AssertNoValues(trail, "Rosa", "+1 515 555 0142", "rosa@example.org");
        await driver.Platform.AssertChainVerifiesAsync("/api/matching");

        // Only their own: the program's other support parent and another program's get a 404 and no audit row.
        await GetAsync(TestUsers.SupportParentA2, $"/api/matching/matches/{matchId}", HttpStatusCode.NotFound);
        await GetAsync(TestUsers.SupportParentB, $"/api/matching/matches/{matchId}", HttpStatusCode.NotFound);
        Assert.DoesNotContain((await GetAsync(TestUsers.SupportParentA2, "/api/matching/me/matches?limit=100")).GetProperty("items").EnumerateArray(),
            m => m.GetProperty("matchId").GetGuid() == matchId);
        Assert.Equal(2, await driver.AuditCountAsync(matchId: matchId, action: "read-match"));

        // Consent revoked: the contact and the profile are erased; the match stays with its dates.
        await driver.PublishAsync(new ReferralConsentRevoked { ReferralId = referralId, ProgramId = TestUsers.ProgramA, RevokedAt = DateTimeOffset.UtcNow, OccurredAt = DateTimeOffset.UtcNow });
        await Eventually.UntilAsync(() => driver.InDbAsync(db => db.Contacts.AnyAsync(c => c.ReferralId == referralId)), shared => !shared, what: "the contact to be erased");
        var erased = await GetAsync(TestUsers.SupportParentA, $"/api/matching/matches/{matchId}");
        Assert.True(erased.GetProperty("family").GetProperty("erased").GetBoolean());
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("family").GetProperty("firstName").ValueKind);
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("family").GetProperty("contact").ValueKind);
        Assert.Empty(erased.GetProperty("family").GetProperty("languages").EnumerateArray());
        Assert.Equal("active", erased.GetProperty("status").GetString());

        // A share arriving late (another queue) does not bring the contact back.
        await driver.PublishAsync(new ReferralContactSharedBuilder(referralId, TestUsers.ProgramA).Build());
        await driver.PublishAsync(new ReferralContactSharedBuilder(Guid.NewGuid(), TestUsers.ProgramA).Build() with { ReferralId = referralId });
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(await driver.InDbAsync(db => db.Contacts.AnyAsync(c => c.ReferralId == referralId)));
    }

    [Fact]
    public async Task A_coordinator_reads_a_match_naming_both_parties_and_the_contact_ends_with_the_match()
    {
        var (referralId, supportParentId, matchId) = await MatchedWithContactAsync(null, "Amal");

        var detail = await GetAsync(TestUsers.CoordinatorA, $"/api/matching/matches/{matchId}");
        Assert.Equal(referralId, detail.GetProperty("family").GetProperty("referralId").GetGuid());
        Assert.Equal("Amal", detail.GetProperty("family").GetProperty("firstName").GetString());
        Assert.Equal(supportParentId, detail.GetProperty("supportParent").GetProperty("supportParentId").GetGuid());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("supportParent").GetProperty("userSubject").ValueKind); // no login
        Assert.Equal(1, await driver.AuditCountAsync(matchId: matchId, action: "read-match"));
        await GetAsync(TestUsers.CoordinatorB, $"/api/matching/matches/{matchId}", HttpStatusCode.NotFound);
        await GetAsync(TestUsers.PayrollApproverA, $"/api/matching/matches/{matchId}", HttpStatusCode.Forbidden);
        using (var client = await driver.As(TestUsers.CoordinatorA))
        {
            client.DefaultRequestHeaders.Add("X-Access-Purpose", "Not A Code");
            await (await client.GetAsync($"/api/matching/matches/{matchId}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        Assert.Equal(1, await driver.AuditCountAsync(matchId: matchId, action: "read-match"));

        using (var client = await driver.As(TestUsers.CoordinatorA))
        {
            await (await client.PostAsJsonAsync($"/api/matching/matches/{matchId}/end", new { reason = "goals-met" })).ReadJsonAsync();
        }
        var ended = await GetAsync(TestUsers.CoordinatorA, $"/api/matching/matches/{matchId}");
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("family").GetProperty("contact").ValueKind);
    }

    [Fact]
    public async Task A_coordinator_lists_the_programs_matches_by_status_and_support_parent_page_by_page()
    {
        var language = MatchingDriver.UniqueLanguage();
        var supportParent = await driver.CertifyAsync(TestUsers.ProgramA, language, null);
        var referrals = new[] { await driver.ReadyAsync(TestUsers.ProgramA, language), await driver.ReadyAsync(TestUsers.ProgramA, language), await driver.ReadyAsync(TestUsers.ProgramA, language) };
        await driver.WaitInPoolAsync(TestUsers.ProgramA, supportParent.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referrals);
        var matchIds = new List<Guid>();
        foreach (var referralId in referrals)
        {
            using var approval = await driver.ApproveAsync(TestUsers.CoordinatorA, referralId, supportParent.SupportParentId);
            var offerId = (await approval.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();
            using var acceptance = await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, "in-person");
            matchIds.Add((await acceptance.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("matchId").GetGuid());
        }
        using (var client = await driver.As(TestUsers.CoordinatorA))
        {
            await (await client.PostAsJsonAsync($"/api/matching/matches/{matchIds[0]}/end", new { reason = "reunified" })).ReadJsonAsync();
        }
        var auditsBefore = await driver.AuditCountAsync(action: "read-match");

        var basePath = $"/api/matching/programs/{TestUsers.ProgramA}/matches?supportParentId={supportParent.SupportParentId}";
        var active = await GetAsync(TestUsers.CoordinatorA, basePath + "&status=active");
        Assert.Equal([matchIds[2], matchIds[1]], active.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("matchId").GetGuid()));
        var ended = await GetAsync(TestUsers.CoordinatorA, basePath + "&status=ended");
        var endedItem = Assert.Single(ended.GetProperty("items").EnumerateArray());
        Assert.Equal((matchIds[0], "ended", "reunified"), (endedItem.GetProperty("matchId").GetGuid(), endedItem.GetProperty("status").GetString(), endedItem.GetProperty("endReason").GetString()));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetAsync(TestUsers.CoordinatorA, basePath + "&limit=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("matchId").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);
        Assert.Equal([matchIds[2], matchIds[1], matchIds[0]], seen);
        Assert.Equal(auditsBefore, await driver.AuditCountAsync(action: "read-match")); // the list carries no family data

        await GetAsync(TestUsers.CoordinatorA, basePath + "&status=paused", HttpStatusCode.BadRequest);
        await GetAsync(TestUsers.CoordinatorA, basePath + "&limit=0", HttpStatusCode.BadRequest);
        await GetAsync(TestUsers.CoordinatorA, basePath + "&cursor=not-a-cursor", HttpStatusCode.BadRequest);
        await GetAsync(TestUsers.CoordinatorA, $"/api/matching/programs/{TestUsers.ProgramA}/matches?supportParentId=not-a-guid", HttpStatusCode.BadRequest);
        await GetAsync(TestUsers.CoordinatorB, $"/api/matching/programs/{TestUsers.ProgramA}/matches", HttpStatusCode.NotFound);
        await GetAsync(TestUsers.SupportParentA, $"/api/matching/programs/{TestUsers.ProgramA}/matches", HttpStatusCode.Forbidden);
        await GetAsync(TestUsers.CoordinatorA, "/api/matching/me/matches", HttpStatusCode.Forbidden);
        await GetAsync(TestUsers.SupportParentA, "/api/matching/me/matches?status=paused", HttpStatusCode.BadRequest);
        var otherProgram = await GetAsync(TestUsers.CoordinatorB, $"/api/matching/programs/{TestUsers.ProgramB}/matches?supportParentId={supportParent.SupportParentId}");
        Assert.Empty(otherProgram.GetProperty("items").EnumerateArray());
    }
}

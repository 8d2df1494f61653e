using System.Net;
using System.Text.Json;
using ParentPartner.Contracts.Referrals;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Matching;

namespace ParentPartner.Matching.Tests;

/// <summary>All five intake factors count: hoped-for qualities are scored where the profile can tell, the rest shown as not scored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IntakeFactorTests(Platform platform)
{
    private readonly MatchingDriver driver = new(platform);

    private async Task<JsonElement> SuggestionsAsync(Guid referralId, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = await driver.As(TestUsers.CoordinatorA);
        using var response = await client.GetAsync($"/api/matching/referrals/{referralId}/suggestions?k=5");
        return status == HttpStatusCode.OK ? await response.ReadJsonAsync() : await response.AssertProblemAsync(status);
    }

    [Fact]
    public async Task Hoped_for_qualities_rank_a_bilingual_father_in_recovery_first_and_each_is_explained()
    {
        var language = MatchingDriver.UniqueLanguage();
        // Identical but for the qualities: a bilingual father in recovery, and a parent with none of them.
        var plain = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.InCounty("Polk"));
        var hoped = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.InCounty("Polk").Speaking(language, "es").FatherToFather().WithConditions("substance-use"));
        var referralId = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.InCounty("Polk").HopingFor("bilingual", "a-father", "in-recovery", "same-county", "good-listener"));
        await driver.WaitInPoolAsync(TestUsers.ProgramA, plain.SupportParentId, hoped.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, referralId);

        var result = await SuggestionsAsync(referralId);
        var list = result.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal([hoped.SupportParentId, plain.SupportParentId], list.Select(s => s.GetProperty("supportParentId").GetGuid()));
        JsonElement Qualities(JsonElement s) => s.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("term").GetString() == "qualities-hoped-for");
        var best = Qualities(list[0]);
        Assert.True(best.GetProperty("applies").GetBoolean());
        Assert.Equal(best.GetProperty("weight").GetDecimal(), best.GetProperty("points").GetDecimal());
        Assert.Equal("Has 4 of the 4 hoped-for qualities: bilingual, same-county, a-father, in-recovery", best.GetProperty("explanation").GetString());
        var other = Qualities(list[1]);
        Assert.Equal(0.25m, other.GetProperty("value").GetDecimal()); // same county only
        Assert.Contains("not bilingual, a-father, in-recovery", other.GetProperty("explanation").GetString());
        Assert.All(list, s => Assert.Equal(s.GetProperty("score").GetDecimal(), s.GetProperty("terms").EnumerateArray().Sum(t => t.GetProperty("points").GetDecimal())));

        var factors = result.GetProperty("intakeFactors").EnumerateArray().ToList();
        string Treatment(string factor, string? value = null) =>
            factors.Single(f => f.GetProperty("factor").GetString() == factor && (value is null || f.GetProperty("value").GetString() == value)).GetProperty("treatment").GetString()!;
        Assert.Equal("scored", Treatment("quality", "bilingual"));
        Assert.Equal("scored", Treatment("quality", "in-recovery"));
        Assert.Equal("recorded-not-scored", Treatment("quality", "good-listener"));
        Assert.Equal("recorded-not-scored", Treatment("preferences"));
        Assert.Equal("hard", Treatment("languages"));
        Assert.Equal("scored", Treatment("county"));
        Assert.Equal("not-given", Treatment("father-to-father"));
    }

    [Fact]
    public async Task Suggestions_for_a_matched_withdrawn_or_erased_referral_are_a_409()
    {
        var (matched, _, offerId) = await driver.OfferedAsync(MatchingDriver.UniqueLanguage(), supportParent: null);
        using (var acceptance = await driver.RecordAcceptAsync(TestUsers.CoordinatorA, offerId, "phone"))
        {
            await acceptance.ReadJsonAsync(HttpStatusCode.Created);
        }
        Assert.Contains("matched", (await SuggestionsAsync(matched, HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        var language = MatchingDriver.UniqueLanguage();
        var withdrawn = await driver.ReadyAsync(TestUsers.ProgramA, language);
        var erased = await driver.ReadyAsync(TestUsers.ProgramA, language);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, withdrawn, erased);
        await SuggestionsAsync(withdrawn);
        await driver.PublishAsync(new ReferralContactSharedBuilder(withdrawn, TestUsers.ProgramA).Build());
        await Eventually.UntilAsync(() => driver.InDbAsync(db => db.Contacts.AnyAsync(c => c.ReferralId == withdrawn)), shared => shared, what: "the contact to arrive");
        await driver.PublishAsync(new ReferralWithdrawalRecorded { ReferralId = withdrawn, ProgramId = TestUsers.ProgramA, PreviousStatus = "ReadyForMatching", Reason = "family-withdrew", OccurredAt = DateTimeOffset.UtcNow });
        await driver.PublishAsync(new ReferralConsentRevoked { ReferralId = erased, ProgramId = TestUsers.ProgramA, RevokedAt = DateTimeOffset.UtcNow, OccurredAt = DateTimeOffset.UtcNow });
        await Eventually.UntilAsync(() => driver.QueueAsync(TestUsers.ProgramA), q => !MatchingDriver.QueueHas(q, withdrawn) && !MatchingDriver.QueueHas(q, erased), what: "both to leave the queue");

        Assert.Contains("withdrawn", (await SuggestionsAsync(withdrawn, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        // The family withdrew: nobody is to reach them, so the contact goes too, and a late share does not bring it back.
        Assert.False(await driver.InDbAsync(db => db.Contacts.AnyAsync(c => c.ReferralId == withdrawn)));
        await driver.PublishAsync(new ReferralContactSharedBuilder(withdrawn, TestUsers.ProgramA).SharedAt(DateTimeOffset.UtcNow.AddMinutes(1)).Build());
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(await driver.InDbAsync(db => db.Contacts.AnyAsync(c => c.ReferralId == withdrawn)));
        Assert.Contains("erased", (await SuggestionsAsync(erased, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }
}

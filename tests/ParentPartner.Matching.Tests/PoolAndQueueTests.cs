using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Contracts.Training;
using ParentPartner.Testing;

namespace ParentPartner.Matching.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PoolAndQueueTests(Platform platform)
{
    private readonly MatchingDriver driver = new(platform);

    [Fact]
    public async Task Lapsed_and_withdrawn_support_parents_leave_the_pool_and_restored_ones_return()
    {
        var language = MatchingDriver.UniqueLanguage();
        var lapsing = await driver.CertifyAsync(TestUsers.ProgramA, language, null);
        var leaving = await driver.CertifyAsync(TestUsers.ProgramA, language, null);
        await driver.WaitInPoolAsync(TestUsers.ProgramA, lapsing.SupportParentId, leaving.SupportParentId);

        var now = platform.Clock.GetUtcNow();
        await driver.PublishAsync(new SupportParentCertificationLapsed { SupportParentId = lapsing.SupportParentId, ProgramId = TestUsers.ProgramA, LapsedAt = now, OverdueCourses = ["mental-health"] });
        await driver.PublishAsync(new SupportParentWithdrawn { SupportParentId = leaving.SupportParentId, ProgramId = TestUsers.ProgramA, WithdrawnAt = now, Reason = "moved-away" });
        await Eventually.UntilAsync(() => driver.PoolAsync(TestUsers.ProgramA),
            p => MatchingDriver.PoolEntry(p, lapsing.SupportParentId) is null && MatchingDriver.PoolEntry(p, leaving.SupportParentId) is null, what: "both to leave the pool");

        await driver.PublishAsync(new SupportParentCertificationRestored { SupportParentId = lapsing.SupportParentId, ProgramId = TestUsers.ProgramA, RestoredAt = now });
        await driver.PublishAsync(new SupportParentCertificationRestored { SupportParentId = leaving.SupportParentId, ProgramId = TestUsers.ProgramA, RestoredAt = now });
        await driver.WaitInPoolAsync(TestUsers.ProgramA, lapsing.SupportParentId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Null(MatchingDriver.PoolEntry(await driver.PoolAsync(TestUsers.ProgramA), leaving.SupportParentId)); // withdrawn stays out

        // A profile change replaces the profile (here: a smaller caseload).
        await driver.PublishAsync(new SupportParentProfileChanged
        {
            SupportParentId = lapsing.SupportParentId, ProgramId = TestUsers.ProgramA, ChangedAt = now.AddMinutes(1), CertificationStatus = "certified",
            Languages = [language], County = "Story", ConditionCategories = [], CaseExperience = [], AvailableEvenings = false, AvailableWeekends = true,
            MaxCaseload = 3, EmploymentType = "volunteer", FatherToFatherCapable = false,
        });
        await Eventually.UntilAsync(() => driver.PoolAsync(TestUsers.ProgramA),
            p => MatchingDriver.PoolEntry(p, lapsing.SupportParentId)?.GetProperty("maxCaseload").GetInt32() == 3, what: "the changed profile");
    }

    [Fact]
    public async Task Withdrawn_referrals_leave_the_queue_and_revoked_consent_erases_the_family_profile()
    {
        var language = MatchingDriver.UniqueLanguage();
        var withdrawn = await driver.ReadyAsync(TestUsers.ProgramA, language);
        var revoked = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.InCounty("Linn").WithConditions("autism"));
        await driver.WaitInQueueAsync(TestUsers.ProgramA, withdrawn, revoked);

        var now = platform.Clock.GetUtcNow();
        await driver.PublishAsync(new ReferralWithdrawalRecorded { ReferralId = withdrawn, ProgramId = TestUsers.ProgramA, PreviousStatus = "ReadyForMatching", Reason = "family-declined", OccurredAt = now });
        await driver.PublishAsync(new ReferralConsentRevoked { ReferralId = revoked, ProgramId = TestUsers.ProgramA, RevokedAt = now, OccurredAt = now });
        await Eventually.UntilAsync(() => driver.QueueAsync(TestUsers.ProgramA),
            q => !MatchingDriver.QueueHas(q, withdrawn) && !MatchingDriver.QueueHas(q, revoked), what: "both to leave the queue");

        var erased = await driver.InDbAsync(db => db.Queue.AsNoTracking().SingleAsync(r => r.Id == revoked));
        Assert.True(erased.Erased);
        Assert.Null(erased.County);
        Assert.Empty(erased.Languages);
        Assert.Empty(erased.ConditionCategories);
        var kept = await driver.InDbAsync(db => db.Queue.AsNoTracking().SingleAsync(r => r.Id == withdrawn));
        Assert.False(kept.Erased);

        // A late "ready" for a withdrawn referral does not bring it back.
        await driver.PublishAsync(new Testing.Builders.Matching.ReferralMatchingRequestedBuilder(TestUsers.ProgramA).Speaking(language).Build() with { ReferralId = withdrawn });
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(MatchingDriver.QueueHas(await driver.QueueAsync(TestUsers.ProgramA), withdrawn));
    }

    [Fact]
    public async Task The_queue_is_oldest_first_with_hours_waiting_against_the_target()
    {
        var language = MatchingDriver.UniqueLanguage();
        var now = platform.Clock.GetUtcNow();
        var fresh = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.ReadyAt(now.AddHours(-2)));
        var old = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.ReadyAt(now.AddHours(-50)));
        await driver.WaitInQueueAsync(TestUsers.ProgramA, fresh, old);

        var queue = await driver.QueueAsync(TestUsers.ProgramA, TestUsers.AdminA);
        var items = queue.GetProperty("items").EnumerateArray().ToList();
        var oldIndex = items.FindIndex(i => i.GetProperty("referralId").GetGuid() == old);
        var freshIndex = items.FindIndex(i => i.GetProperty("referralId").GetGuid() == fresh);
        Assert.True(oldIndex < freshIndex);
        Assert.True(items[oldIndex].GetProperty("pastTarget").GetBoolean());
        Assert.InRange(items[oldIndex].GetProperty("hoursWaiting").GetDouble(), 49.9, 51);
        Assert.False(items[freshIndex].GetProperty("pastTarget").GetBoolean());
        Assert.Equal(48, queue.GetProperty("targetHours").GetInt32());
        var readyAts = items.Select(i => i.GetProperty("readyAt").GetDateTimeOffset()).ToList();
        Assert.Equal(readyAts.Order().ToList(), readyAts);
    }

    [Fact]
    public async Task A_batch_run_proposes_an_optimal_assignment_and_offers_nothing()
    {
        var language = MatchingDriver.UniqueLanguage();
        var autism = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithConditions("autism").WithCaseload(1));
        var deaf = await driver.CertifyAsync(TestUsers.ProgramA, language, null, b => b.WithConditions("deaf").WithCaseload(1));
        var needsAutism = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.WithConditions("autism"));
        var needsDeaf = await driver.ReadyAsync(TestUsers.ProgramA, language, b => b.WithConditions("deaf"));
        await driver.WaitInPoolAsync(TestUsers.ProgramA, autism.SupportParentId, deaf.SupportParentId);
        await driver.WaitInQueueAsync(TestUsers.ProgramA, needsAutism, needsDeaf);
        var offersBefore = await driver.OfferCountAsync();

        using var coordinator = await driver.As(TestUsers.CoordinatorA);
        using var response = await coordinator.PostAsync($"/api/matching/programs/{TestUsers.ProgramA}/batch-runs", null);
        var run = await response.ReadJsonAsync();
        var proposals = run.GetProperty("proposals").EnumerateArray().ToList();
        Assert.Equal(autism.SupportParentId, proposals.Single(p => p.GetProperty("referralId").GetGuid() == needsAutism).GetProperty("supportParentId").GetGuid());
        Assert.Equal(deaf.SupportParentId, proposals.Single(p => p.GetProperty("referralId").GetGuid() == needsDeaf).GetProperty("supportParentId").GetGuid());
        Assert.True(run.GetProperty("provenOptimal").GetBoolean());
        Assert.Equal(proposals.Count, run.GetProperty("matchedCount").GetInt32());
        Assert.True(run.GetProperty("totalScore").GetDecimal() >= run.GetProperty("greedyTotalScore").GetDecimal());
        Assert.Equal(proposals.Sum(p => p.GetProperty("score").GetDecimal()), run.GetProperty("totalScore").GetDecimal());
        Assert.Equal(offersBefore, await driver.OfferCountAsync());
        Assert.Empty(await driver.OffersAsync(needsAutism));
    }
}

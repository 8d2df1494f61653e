using System.Text.Json;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>Roster gaps: referrals waiting vs certified support parents with free capacity, by language, condition category, case stage and county.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RosterGapTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    [Fact]
    public async Task Waiting_referrals_against_support_parents_with_free_capacity()
    {
        var w = TestPeriods.NextWindow();
        var (language, otherLanguage, county, otherCounty, condition) = (Unique.Language(), Unique.Language(), Unique.County(), Unique.County(), Unique.Condition());
        ReferralEventsBuilder Referral() => new ReferralEventsBuilder(A).Speaking(language).InCounty(county).WithConditions(condition).ReceivedAt(w.JustBefore);
        var (waiting1, waiting2, matched, withdrawn, readyBefore) = (Referral(), Referral(), Referral(), Referral(), Referral());
        var otherSpeaker = new ReferralEventsBuilder(A).Speaking(otherLanguage).InCounty(county).WithConditions().ReceivedAt(w.JustBefore);
        var oneFree = new SupportParentEventsBuilder(A).Speaking(language).InCounty(county).WithConditions(condition).WithCaseload(2);
        var full = new SupportParentEventsBuilder(A).Speaking(language).InCounty(county).WithCaseload(1);
        var lapsed = new SupportParentEventsBuilder(A).Speaking(language).WithConditions(condition).InCounty(otherCounty);
        var threeFree = new SupportParentEventsBuilder(A).Speaking(otherLanguage).InCounty(otherCounty).WithCaseload(3);

        await _bus.PublishAndWaitAsync([
            .. waiting1.BecameReady(w.At(2)), .. waiting2.BecameReady(w.At(3)),
            .. matched.BecameReady(w.At(4)), new MatchEventsBuilder(A, matched.ReferralId, oneFree.SupportParentId).Made(w.At(4), w.At(6)),
            .. withdrawn.BecameReady(w.At(5)), withdrawn.Withdrawn(w.At(7)),
            .. readyBefore.BecameReady(w.JustBefore),
            .. otherSpeaker.BecameReady(w.At(8)),
            oneFree.Certified(w.At(1)), full.Certified(w.At(1)), lapsed.Certified(w.At(1)), lapsed.Lapsed(w.At(3)), threeFree.Certified(w.At(1)),
            new MatchEventsBuilder(A, Guid.NewGuid(), full.SupportParentId).Made(w.At(1), w.At(2)),
        ]);

        var gaps = await _reports.RosterGapsAsync(A, w);

        AssertRow(gaps, "language", language, waiting: 3, becameReady: 4, parents: 1, slots: 1, shortfall: 2);
        AssertRow(gaps, "language", otherLanguage, waiting: 1, becameReady: 1, parents: 1, slots: 3, shortfall: 0);
        AssertRow(gaps, "county", county, waiting: 4, becameReady: 5, parents: 1, slots: 1, shortfall: 3);
        AssertRow(gaps, "county", otherCounty, waiting: 0, becameReady: 0, parents: 1, slots: 3, shortfall: 0);
        AssertRow(gaps, "condition-category", condition, waiting: 3, becameReady: 4, parents: 1, slots: 1, shortfall: 2);
        var shortfalls = gaps.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("shortfall").GetInt32()).ToList();
        Assert.Equal(shortfalls.OrderDescending(), shortfalls);
    }

    [Fact]
    public async Task Gaps_are_taken_at_the_end_of_the_period_asked_for()
    {
        var (first, second) = (TestPeriods.NextWindow(), TestPeriods.NextWindow());
        var language = Unique.Language();
        var referral = new ReferralEventsBuilder(A).Speaking(language).AtCaseStage("ShelterHearing").ReceivedAt(first.At(1));
        var parent = new SupportParentEventsBuilder(A).Speaking(language).WithCaseExperience("shelter-hearing");
        var stageBefore = Stage(await _reports.RosterGapsAsync(A, first));

        await _bus.PublishAndWaitAsync([
            .. referral.BecameReady(first.At(5)),
            parent.Certified(first.At(2)), parent.Lapsed(second.At(2)),
            new MatchEventsBuilder(A, referral.ReferralId, Guid.NewGuid()).Made(first.At(5), second.At(5)),
        ]);

        var atFirst = await _reports.RosterGapsAsync(A, first);
        AssertRow(atFirst, "language", language, waiting: 1, becameReady: 1, parents: 1, slots: 15, shortfall: 0);
        Assert.Equal(stageBefore.Waiting + 1, Stage(atFirst).Waiting);
        Assert.Equal(stageBefore.Parents + 1, Stage(atFirst).Parents);
        var atSecond = await _reports.RosterGapsAsync(A, second);
        AssertRow(atSecond, "language", language, waiting: 0, becameReady: 0, parents: 0, slots: 0, shortfall: 0);
    }

    private static (int Waiting, int Parents) Stage(JsonElement gaps) =>
        Reports.GapRow(gaps, "case-stage", "shelter-hearing") is { } row
            ? (row.GetProperty("waitingReferrals").GetInt32(), row.GetProperty("supportParentsWithCapacity").GetInt32())
            : (0, 0);

    private static void AssertRow(JsonElement gaps, string dimension, string value, int waiting, int becameReady, int parents, int slots, int shortfall)
    {
        var row = Reports.GapRow(gaps, dimension, value);
        if (waiting + becameReady + parents == 0)
        {
            Assert.Null(row);
            return;
        }
        Assert.NotNull(row);
        Assert.Equal(
            (waiting, becameReady, parents, slots, shortfall),
            (row.Value.GetProperty("waitingReferrals").GetInt32(), row.Value.GetProperty("becameReadyInPeriod").GetInt32(),
             row.Value.GetProperty("supportParentsWithCapacity").GetInt32(), row.Value.GetProperty("freeSlots").GetInt32(),
             row.Value.GetProperty("shortfall").GetInt32()));
    }
}

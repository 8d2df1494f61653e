using System.Text.Json;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>Each read model from published events: what reaches the figures, and that a duplicate delivery changes nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReadModelTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    [Fact]
    public async Task Referrals_are_counted_by_source_and_status_in_the_apis_words_and_a_duplicate_changes_nothing()
    {
        var w = TestPeriods.NextWindow();
        var school = new ReferralEventsBuilder(A).From("School").ReceivedAt(w.At(2));
        var school2 = new ReferralEventsBuilder(A).From("School").ReceivedAt(w.At(3));
        var agency = new ReferralEventsBuilder(A).From("ChildWelfareAgency").ReceivedAt(w.At(4));
        var clinic = new ReferralEventsBuilder(A).From("HospitalOrClinic").ReceivedAt(w.At(5));
        var earlier = new ReferralEventsBuilder(A).From("Court").ReceivedAt(w.JustBefore);

        var ids = await _bus.PublishAndWaitAsync(
            school.Received(), school2.Received(), agency.Received(), clinic.Received(), earlier.Received(),
            school.StatusChanged("Received", "Screened", w.At(6)),
            agency.StatusChanged("Received", "Screened", w.At(6)), agency.StatusChanged("Screened", "ReadyForMatching", w.At(7)),
            clinic.StatusChanged("Received", "Withdrawn", w.At(8)), clinic.Withdrawn(w.At(8), "Received"));

        var summary = await _reports.SummaryAsync(A, w);
        AssertReferrals(summary);

        await _bus.RedeliverAsync(school.Received(), ids[0]);
        await _bus.RedeliverAsync(agency.StatusChanged("Screened", "ReadyForMatching", w.At(7)), ids[7]);
        Assert.Equal(summary.GetRawText(), (await _reports.SummaryAsync(A, w)).GetRawText());
    }

    private static void AssertReferrals(JsonElement summary)
    {
        Assert.Equal(4, summary.GetProperty("referralsReceived").GetInt32());
        var bySource = summary.GetProperty("referralsBySource");
        Assert.Equal(2, Reports.Count(bySource, "school"));
        Assert.Equal(1, Reports.Count(bySource, "child-welfare-agency"));
        Assert.Equal(1, Reports.Count(bySource, "hospital-or-clinic"));
        Assert.Equal(0, Reports.Count(bySource, "court"));
        Assert.Equal(3, bySource.EnumerateObject().Count());
        var byStatus = summary.GetProperty("referralsByStatus");
        Assert.Equal(1, Reports.Count(byStatus, "received"));
        Assert.Equal(1, Reports.Count(byStatus, "screened"));
        Assert.Equal(1, Reports.Count(byStatus, "ready-for-matching"));
        Assert.Equal(1, Reports.Count(byStatus, "withdrawn"));
    }

    [Fact]
    public async Task Status_changes_arriving_out_of_order_settle_on_the_latest()
    {
        var w = TestPeriods.NextWindow();
        var referral = new ReferralEventsBuilder(A).From("Self").ReceivedAt(w.At(2));

        await _bus.PublishAndWaitAsync(
            referral.Withdrawn(w.At(9)),
            referral.StatusChanged("ReadyForMatching", "Withdrawn", w.At(9)),
            referral.StatusChanged("Screened", "ReadyForMatching", w.At(5)),
            referral.StatusChanged("Received", "Screened", w.At(3)),
            referral.Received());

        var summary = await _reports.SummaryAsync(A, w);
        Assert.Equal(1, summary.GetProperty("referralsReceived").GetInt32());
        Assert.Equal(1, Reports.Count(summary.GetProperty("referralsByStatus"), "withdrawn"));
        Assert.Single(summary.GetProperty("referralsByStatus").EnumerateObject());
    }

    [Fact]
    public async Task Information_requests_are_counted_once_by_topic()
    {
        var w = TestPeriods.NextWindow();
        var first = new ReferralEventsBuilder(A).From("School").ReceivedAt(w.At(1));
        var second = new ReferralEventsBuilder(A).From("Self").ReceivedAt(w.At(1));
        var earlier = new ReferralEventsBuilder(A).From("Self").ReceivedAt(w.JustBefore);

        var ids = await _bus.PublishAndWaitAsync(
            first.InformationOnly(w.At(3), "support-groups", "respite-care"),
            second.InformationOnly(w.At(4), "support-groups"),
            earlier.InformationOnly(w.JustBefore, "respite-care"));
        await _bus.RedeliverAsync(first.InformationOnly(w.At(3), "support-groups", "respite-care"), ids[0]);

        var summary = await _reports.SummaryAsync(A, w);
        Assert.Equal(2, summary.GetProperty("informationRequests").GetInt32());
        Assert.Equal(2, Reports.Count(summary.GetProperty("informationRequestsByTopic"), "support-groups"));
        Assert.Equal(1, Reports.Count(summary.GetProperty("informationRequestsByTopic"), "respite-care"));
        Assert.Equal(0, summary.GetProperty("referralsReceived").GetInt32());
    }

    [Fact]
    public async Task Matches_made_active_and_ended_by_reason_with_reunification_and_re_entry()
    {
        var w = TestPeriods.NextWindow();
        var activeBefore = (await _reports.SummaryAsync(A, w)).GetProperty("matchesActive").GetInt32();
        MatchEventsBuilder Match(Guid? referralId = null) => new(A, referralId ?? Guid.NewGuid(), Guid.NewGuid());
        var (family1, family4) = (Guid.NewGuid(), Guid.NewGuid());
        var (m1, m2, m3, m4, earlier, late) = (Match(family1), Match(), Match(), Match(family4), Match(), Match());

        var ids = await _bus.PublishAndWaitAsync(
            m1.Made(w.At(1), w.At(2)), m1.Ended(w.At(10), "reunified", reEntryWithin12Months: false),
            m2.Made(w.At(1), w.At(3)), m2.Ended(w.At(12), "goals-met"),
            m3.Made(w.At(2), w.At(4)),
            m4.Made(w.At(2), w.At(5)), m4.Ended(w.At(20), "Reunified", reEntryWithin12Months: true),
            earlier.Made(w.JustBefore.AddDays(-2), w.JustBefore), earlier.Ended(w.At(6), "case-closed"),
            // The end arrives before the start: same figures.
            late.Ended(w.At(25), "other"), late.Made(w.At(6), w.At(7)));
        await _bus.RedeliverAsync(m1.Ended(w.At(10), "reunified", reEntryWithin12Months: false), ids[1]);
        await _bus.RedeliverAsync(m3.Made(w.At(2), w.At(4)), ids[4]);

        var summary = await _reports.SummaryAsync(A, w);
        Assert.Equal(5, summary.GetProperty("matchesMade").GetInt32());
        Assert.Equal(activeBefore + 1, summary.GetProperty("matchesActive").GetInt32());
        Assert.Equal(5, summary.GetProperty("matchesEnded").GetInt32());
        var byReason = summary.GetProperty("matchesEndedByReason");
        Assert.Equal((2, 1, 1, 1), (Reports.Count(byReason, "reunified"), Reports.Count(byReason, "goals-met"), Reports.Count(byReason, "case-closed"), Reports.Count(byReason, "other")));
        var outcomes = summary.GetProperty("outcomes");
        Assert.Equal(2, outcomes.GetProperty("reunified").GetInt32());
        // The obsolete flag on MatchEnded (a guess when the match ends) counts nothing: a re-entry is counted once recorded.
        Assert.Equal((0, 0), (outcomes.GetProperty("reEntryWithin12Months").GetInt32(), outcomes.GetProperty("reEntryWithin24Months").GetInt32()));

        var reunifiedOn = DateOnly.FromDateTime(w.At(20).UtcDateTime);
        await _bus.PublishAndWaitAsync(OutcomeEventsBuilder.ReEntry(A, family4, reunifiedOn.AddMonths(8), w.At(20).AddMonths(8), m4.MatchId));
        outcomes = (await _reports.SummaryAsync(A, w)).GetProperty("outcomes");
        Assert.Equal((2, 1, 1), (outcomes.GetProperty("reunified").GetInt32(), outcomes.GetProperty("reEntryWithin12Months").GetInt32(), outcomes.GetProperty("reEntryWithin24Months").GetInt32()));
    }

    [Fact]
    public async Task Offers_made_declined_by_reason_and_expired()
    {
        var w = TestPeriods.NextWindow();
        var match = new MatchEventsBuilder(A, Guid.NewGuid(), Guid.NewGuid());
        var (o1, o2, o3, o4) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var ids = await _bus.PublishAndWaitAsync(
            match.Offered(o1, w.At(2)), match.Declined(o1, w.At(3), "not-available"),
            match.Offered(o2, w.At(2)), match.Declined(o2, w.At(4), "caseload-full"),
            match.Offered(o3, w.At(3)), match.Expired(o3, w.At(6)),
            match.Offered(o4, w.At(5)));
        await _bus.RedeliverAsync(match.Declined(o1, w.At(3), "not-available"), ids[1]);

        var summary = await _reports.SummaryAsync(A, w);
        Assert.Equal(4, summary.GetProperty("offersMade").GetInt32());
        Assert.Equal(2, summary.GetProperty("offersDeclined").GetInt32());
        Assert.Equal(1, Reports.Count(summary.GetProperty("offersDeclinedByReason"), "not-available"));
        Assert.Equal(1, Reports.Count(summary.GetProperty("offersDeclinedByReason"), "caseload-full"));
        Assert.Equal(1, summary.GetProperty("offersExpired").GetInt32());
    }

    [Fact]
    public async Task Trainings_completed_and_support_parents_certified_at_the_end_of_the_period()
    {
        var w = TestPeriods.NextWindow();
        var certifiedBefore = (await _reports.SummaryAsync(A, w)).GetProperty("supportParentsCertified").GetInt32();
        SupportParentEventsBuilder Parent() => new(A);
        var (stays, lapses, restored, leaves, lapsedByProfile) = (Parent(), Parent(), Parent(), Parent(), Parent());
        var day = w.From;
        var reRecorded = Guid.NewGuid();
        var firstSession = stays.Attended(day.AddDays(1), completed: true, hours: 3m);

        var ids = await _bus.PublishAndWaitAsync(
            stays.Certified(w.At(2)),
            lapses.Lapsed(w.At(10)), lapses.Certified(w.At(3)),
            restored.Certified(w.At(4)), restored.Lapsed(w.At(8)), restored.Restored(w.At(12)),
            leaves.Certified(w.At(5)), leaves.Withdrawn(w.At(15)),
            lapsedByProfile.Certified(w.At(5)), lapsedByProfile.ProfileChanged(w.At(6), "lapsed"),
            firstSession,
            stays.Attended(day.AddDays(2), completed: false, hours: 2m),
            restored.Attended(day.AddDays(4), completed: true, hours: 2.5m),
            // The same enrolment recorded again later as not completed: the later record wins.
            leaves.Attended(day.AddDays(5), completed: true, enrolmentId: reRecorded, recordedAt: w.At(6)),
            leaves.Attended(day.AddDays(5), completed: false, enrolmentId: reRecorded, recordedAt: w.At(7)),
            stays.Attended(day.AddDays(-1), completed: true));
        await _bus.RedeliverAsync(firstSession, ids[10]);
        await _bus.RedeliverAsync(stays.Certified(w.At(2)), ids[0]);

        var summary = await _reports.SummaryAsync(A, w);
        Assert.Equal(2, summary.GetProperty("trainingsCompleted").GetInt32());
        Assert.Equal(5.5m, summary.GetProperty("trainingHours").GetDecimal());
        Assert.Equal(certifiedBefore + 2, summary.GetProperty("supportParentsCertified").GetInt32());
        Assert.Equal(5, summary.GetProperty("supportParentsNewlyCertified").GetInt32());
    }
}

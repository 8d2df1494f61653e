using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;
using ParentPartner.Testing.Builders.Scheduling;

namespace ParentPartner.Reporting.Tests;

/// <summary>
/// Follow-up figures from scheduling's events published on the real broker and read through the gateway:
/// contacts at their latest revision (corrections, late lower revisions, voids, redelivery), the 48-hour,
/// 8-week and 7–10-hour shares, hearings and meetings attended, no-shows, overdue plan items, CSV.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FollowUpTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    [Fact]
    public async Task Contacts_and_hours_count_each_contact_once_at_its_highest_revision_without_voided_ones()
    {
        var w = TestPeriods.NextWindow();
        var parent = Guid.NewGuid();
        var match = new MatchEventsBuilder(A, Guid.NewGuid(), parent);
        var corrected = Contact(parent, match.MatchId, w.At(3), 60);
        var reordered = Contact(parent, match.MatchId, w.At(4), 30);
        var voided = Contact(parent, match.MatchId, w.At(5), 60);
        var redelivered = Contact(parent, match.MatchId, w.At(6), 30);

        var firsts = await _bus.PublishAndWaitAsync(
            match.Made(w.At(1), w.At(1), "p2p"), corrected.Build(), reordered.Build(), voided.Build(), redelivered.Build());
        // A correction replaces the first revision: 90 minutes, not 60 + 90.
        await _bus.PublishAndWaitAsync(corrected.Corrected(c => c.Lasting(90)).Build());
        // Revision 3 arrives before revision 2: revision 2 is ignored when it comes.
        var second = reordered.Corrected(c => c.Lasting(120)).Build();
        var third = reordered.Corrected(c => c.Lasting(45)).Build();
        await _bus.PublishAndWaitAsync(third);
        await _bus.PublishAndWaitAsync(second);
        await _bus.PublishAndWaitAsync(voided.Voided().Build());
        // The same message again (broker redelivery) and again under a new message id (a publisher retry).
        await _bus.RedeliverAsync(redelivered.Build(), firsts[4]);

        var report = await _reports.FollowUpAsync(A, w);
        var month = Reports.Month(report, w);

        Assert.Equal(3, month.GetProperty("contacts").GetInt32());
        Assert.Equal(2.75m, month.GetProperty("hours").GetDecimal()); // 90 + 45 + 30 minutes
        Assert.Equal(3, report.GetProperty("total").GetProperty("contacts").GetInt32());
        Assert.Equal(2.75m, report.GetProperty("total").GetProperty("hours").GetDecimal());
        Assert.Equal(w.From, DateOnly.Parse(report.GetProperty("from").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(w.To, DateOnly.Parse(report.GetProperty("to").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task First_contact_within_48_hours_is_the_share_of_the_months_matches_whose_earliest_kept_contact_is_in_time()
    {
        var w = TestPeriods.NextWindow();
        var parent = Guid.NewGuid();
        var events = new List<object>();
        var later = new List<object>();
        MatchEventsBuilder Made(DateTimeOffset at, string? kind = "p2p")
        {
            var match = new MatchEventsBuilder(A, Guid.NewGuid(), parent);
            events.Add(match.Made(at.AddHours(-5), at, kind));
            return match;
        }

        var made = w.At(2);
        var inTime = Made(made);
        events.Add(Contact(parent, inTime.MatchId, made.AddHours(47.5), 30).Build());
        events.Add(Contact(parent, inTime.MatchId, made.AddHours(100), 30).Build());
        var late = Made(made, "child-welfare");
        events.Add(Contact(parent, late.MatchId, made.AddHours(49), 30).Build());
        var onlyVoidedInTime = Made(made);
        var voided = Contact(parent, onlyVoidedInTime.MatchId, made.AddHours(10), 30);
        events.Add(voided.Build());
        later.Add(voided.Voided().Build());
        events.Add(Contact(parent, onlyVoidedInTime.MatchId, made.AddHours(72), 30).Build());
        Made(made); // never contacted
        var correctedIntoTime = Made(made);
        var moved = Contact(parent, correctedIntoTime.MatchId, made.AddHours(60), 30);
        events.Add(moved.Build());
        later.Add(moved.Corrected(c => c.StartingAt(made.AddHours(30))).Build());
        // Made in the month before: not this month's figure, contacted in time or not.
        var earlier = Made(w.JustBefore);
        events.Add(Contact(parent, earlier.MatchId, w.JustBefore.AddHours(1), 30).Build());

        await _bus.PublishAndWaitAsync([.. events]);
        await _bus.PublishAndWaitAsync([.. later]);

        var share = Reports.Month(await _reports.FollowUpAsync(A, w), w).GetProperty("firstContactWithin48Hours");
        Assert.Equal(5, share.GetProperty("counted").GetInt32());
        Assert.Equal(2, share.GetProperty("met").GetInt32());
        Assert.Equal(0, share.GetProperty("pending").GetInt32());
        Assert.Equal(0.4m, share.GetProperty("share").GetDecimal());
    }

    [Fact]
    public async Task Four_contacts_in_the_first_eight_weeks_is_the_share_of_the_months_p2p_matches()
    {
        // The first 8 weeks run into the next two months: those are this test's too.
        var w = TestPeriods.NextWindow();
        TestPeriods.NextWindow();
        TestPeriods.NextWindow();
        var parent = Guid.NewGuid();
        var made = w.At(1);
        var events = new List<object>();
        var voids = new List<object>();
        Guid Made(string? kind)
        {
            var match = new MatchEventsBuilder(A, Guid.NewGuid(), parent);
            events.Add(match.Made(made.AddHours(-1), made, kind));
            return match.MatchId;
        }
        void Contacts(Guid match, params double[] days) =>
            events.AddRange(days.Select(d => (object)Contact(parent, match, made.AddDays(d), 45).Build()));

        Contacts(Made("p2p"), 1, 10, 30, 55.9);
        Contacts(Made("p2p"), 1, 10, 30, 56.1); // the fourth is after 8 weeks
        var withVoids = Made("p2p");
        Contacts(withVoids, 1, 2, 3);
        foreach (var day in new[] { 4.0, 5.0 })
        {
            var contact = Contact(parent, withVoids, made.AddDays(day), 45);
            events.Add(contact.Build());
            voids.Add(contact.Voided().Build());
        }
        Contacts(Made("child-welfare"), 1, 2, 3, 4); // not a P2P match: not in this share
        // An older sender's MatchMade without a kind: the referral's matching request says P2P.
        var referral = new ReferralEventsBuilder(A).ReceivedAt(made.AddDays(-2));
        events.Add(referral.MatchingRequested(made.AddDays(-1)));
        var kindFromReferral = new MatchEventsBuilder(A, referral.ReferralId, parent);
        events.Add(kindFromReferral.Made(made.AddHours(-1), made));
        Contacts(kindFromReferral.MatchId, 1, 2, 3, 4);

        await _bus.PublishAndWaitAsync([.. events]);
        await _bus.PublishAndWaitAsync([.. voids]);

        var share = Reports.Month(await _reports.FollowUpAsync(A, w), w).GetProperty("fourContactsInFirstEightWeeks");
        Assert.Equal(4, share.GetProperty("counted").GetInt32());
        Assert.Equal(2, share.GetProperty("met").GetInt32());
        Assert.Equal(0.5m, share.GetProperty("share").GetDecimal());
    }

    [Fact]
    public async Task Hours_within_7_to_10_is_the_share_of_active_child_welfare_match_months_with_420_to_600_minutes()
    {
        var w = TestPeriods.NextWindow();
        // Matches left open by earlier tests are active this month too: compare before and after.
        var before = Reports.Month(await _reports.FollowUpAsync(A, w), w).GetProperty("hoursWithinSevenToTen");
        var parent = Guid.NewGuid();
        var events = new List<object>();
        var voids = new List<object>();
        Guid Made(DateTimeOffset at, string kind = "child-welfare", DateTimeOffset? endedAt = null)
        {
            var match = new MatchEventsBuilder(A, Guid.NewGuid(), parent);
            events.Add(match.Made(at.AddHours(-1), at, kind));
            if (endedAt is { } ended)
            {
                events.Add(match.Ended(ended, "case-closed"));
            }
            return match.MatchId;
        }
        void Minutes(Guid match, params int[] minutes) =>
            events.AddRange(minutes.Select((m, i) => (object)Contact(parent, match, w.At(3 + i), m).Build()));

        Minutes(Made(w.At(1)), 140, 140, 140); // 420: in
        Minutes(Made(w.At(1)), 120, 120, 120, 120, 120); // 600: in
        Minutes(Made(w.At(1)), 140, 140, 139); // 419: out
        Minutes(Made(w.At(1)), 120, 120, 120, 120, 121); // 601: out
        var withVoid = Made(w.At(1));
        Minutes(withVoid, 120, 120, 120);
        var voided = Contact(parent, withVoid, w.At(10), 120);
        events.Add(voided.Build());
        voids.Add(voided.Voided().Build()); // 360 once the void lands: out
        Minutes(Made(w.JustBefore), 240, 240); // made last month, active all this month: 480, in
        Minutes(Made(w.At(1), "p2p"), 240, 240); // P2P: not a parent-partner match-month
        Made(w.JustBefore.AddDays(-3), endedAt: w.JustBefore); // ended before the month: not active in it
        Minutes(Made(w.At(20), endedAt: w.At(25)), 60); // active part of the month: counted, 60 minutes: out

        await _bus.PublishAndWaitAsync([.. events]);
        await _bus.PublishAndWaitAsync([.. voids]);

        var after = Reports.Month(await _reports.FollowUpAsync(A, w), w).GetProperty("hoursWithinSevenToTen");
        Assert.Equal(7, after.GetProperty("counted").GetInt32() - before.GetProperty("counted").GetInt32());
        Assert.Equal(3, after.GetProperty("met").GetInt32() - before.GetProperty("met").GetInt32());
    }

    [Fact]
    public async Task Hearings_and_family_team_meetings_attended_and_no_shows_by_who()
    {
        var w = TestPeriods.NextWindow();
        var appointments = new AppointmentClosedBuilder(A);
        var changed = Guid.NewGuid();
        var reordered = Guid.NewGuid();
        var events = new List<object>
        {
            appointments.Closed("court-hearing", "fulfilled", w.At(2)),
            appointments.Closed("court-hearing", "fulfilled", w.At(3)),
            appointments.Closed("family-team-meeting", "fulfilled", w.At(4)),
            appointments.Closed("one-to-one", "fulfilled", w.At(5)),
            appointments.Closed("court-hearing", "no-show", w.At(6), "family"),
            appointments.Closed("family-team-meeting", "no-show", w.At(7), "support-parent"),
            appointments.Closed("one-to-one", "no-show", w.At(8), "family"),
            appointments.Closed("court-hearing", "no-show", w.At(9), "family", changed, w.At(9, 12)),
            // The later closing arrives first: the earlier one, when it comes, changes nothing.
            appointments.Closed("family-team-meeting", "fulfilled", w.At(10), appointmentId: reordered, occurredAt: w.At(11)),
            // Before the month: not counted.
            appointments.Closed("court-hearing", "fulfilled", w.JustBefore),
        };
        var ids = await _bus.PublishAndWaitAsync([.. events]);
        // The no-show corrected: the family came after all.
        await _bus.PublishAndWaitAsync(appointments.Closed("court-hearing", "fulfilled", w.At(9), appointmentId: changed, occurredAt: w.At(9, 20)));
        await _bus.PublishAndWaitAsync(appointments.Closed("family-team-meeting", "no-show", w.At(10), "family", reordered, w.At(10, 12)));
        await _bus.RedeliverAsync(events[0], ids[0]);

        var month = Reports.Month(await _reports.FollowUpAsync(A, w), w);
        Assert.Equal(3, month.GetProperty("courtHearingsAttended").GetInt32());
        Assert.Equal(2, month.GetProperty("familyTeamMeetingsAttended").GetInt32());
        Assert.Equal(3, month.GetProperty("noShows").GetInt32());
        Assert.Equal(2, Reports.Count(month.GetProperty("noShowsBy"), "family"));
        Assert.Equal(1, Reports.Count(month.GetProperty("noShowsBy"), "support-parent"));
    }

    [Fact]
    public async Task Overdue_plan_items_are_counted_once_each_by_kind()
    {
        var w = TestPeriods.NextWindow();
        // Scheduling's own sweep may raise items for earlier tests' matches: compare before and after.
        var before = Reports.Month(await _reports.FollowUpAsync(A, w), w).GetProperty("overduePlanItemsByKind");
        var items = new PlanItemOverdueBuilder(A);
        var events = new List<object>
        {
            items.Overdue("first-contact", w.At(2)), items.Overdue("first-contact", w.At(3)), items.Overdue("first-contact", w.At(4)),
            items.Overdue("monthly-hours", w.At(5)), items.Overdue("monthly-hours", w.At(6)),
            items.Overdue("two-month-check-in", w.At(7)),
            items.Overdue("end-of-match-review", w.JustBefore), // due in the month before
        };
        var ids = await _bus.PublishAndWaitAsync([.. events]);
        await _bus.RedeliverAsync(events[3], ids[3]);

        var after = Reports.Month(await _reports.FollowUpAsync(A, w), w).GetProperty("overduePlanItemsByKind");
        Assert.Equal(3, Reports.Count(after, "first-contact") - Reports.Count(before, "first-contact"));
        Assert.Equal(2, Reports.Count(after, "monthly-hours") - Reports.Count(before, "monthly-hours"));
        Assert.Equal(1, Reports.Count(after, "two-month-check-in") - Reports.Count(before, "two-month-check-in"));
        Assert.Equal(Reports.Count(before, "end-of-match-review"), Reports.Count(after, "end-of-match-review"));
    }

    [Fact]
    public async Task A_period_spans_whole_months_and_totals_them()
    {
        var first = TestPeriods.NextWindow();
        var second = TestPeriods.NextWindow();
        var parent = Guid.NewGuid();
        var match = Guid.NewGuid();
        await _bus.PublishAndWaitAsync(
            Contact(parent, match, first.At(1), 30).Build(), Contact(parent, match, first.At(28), 30).Build(),
            Contact(parent, match, second.At(2), 90).Build());

        // Mid-month bounds still report both months whole.
        var report = await _reports.GetAsync(TestUsers.CoordinatorA,
            $"/api/reports/programs/{A}/follow-up?from={first.From.AddDays(10):yyyy-MM-dd}&to={second.From.AddDays(5):yyyy-MM-dd}");

        Assert.Equal(first.From, DateOnly.Parse(report.GetProperty("from").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(second.To, DateOnly.Parse(report.GetProperty("to").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(2, report.GetProperty("months").GetArrayLength());
        Assert.Equal(2, Reports.Month(report, first).GetProperty("contacts").GetInt32());
        Assert.Equal(1m, Reports.Month(report, first).GetProperty("hours").GetDecimal());
        Assert.Equal(1.5m, Reports.Month(report, second).GetProperty("hours").GetDecimal());
        Assert.Equal(3, report.GetProperty("total").GetProperty("contacts").GetInt32());
        Assert.Equal(2.5m, report.GetProperty("total").GetProperty("hours").GetDecimal());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("total").GetProperty("month").ValueKind);
    }

    [Fact]
    public async Task An_open_period_runs_from_the_programs_first_figure_to_this_month()
    {
        var w = TestPeriods.NextWindow();
        await _bus.PublishAndWaitAsync(Contact(Guid.NewGuid(), Guid.NewGuid(), w.At(2), 30).Build());

        var report = await _reports.FollowUpAsync(A);

        var months = report.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()).ToList();
        var thisMonth = platform.Clock.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Equal(thisMonth, months[^1]);
        Assert.True(string.CompareOrdinal(months[0], w.From.ToString("yyyy-MM", CultureInfo.InvariantCulture)) <= 0, months[0]);
        Assert.Equal(months.Distinct().Count(), months.Count);
        Assert.True(Reports.Month(report, w).GetProperty("contacts").GetInt32() >= 1);
    }

    [Fact]
    public async Task Small_counts_are_shown_to_the_program_as_they_are()
    {
        // Suppression is for what leaves the state (the annual report); a program's own period reports show true counts.
        var w = TestPeriods.NextWindow();
        await _bus.PublishAndWaitAsync(new AppointmentClosedBuilder(A).Closed("court-hearing", "fulfilled", w.At(3)));

        var month = Reports.Month(await _reports.FollowUpAsync(A, w), w);

        Assert.Equal(1, month.GetProperty("courtHearingsAttended").GetInt32());
    }

    [Fact]
    public async Task Csv_parses_and_says_what_the_json_says()
    {
        var w = TestPeriods.NextWindow();
        var parent = Guid.NewGuid();
        var match = new MatchEventsBuilder(A, Guid.NewGuid(), parent);
        await _bus.PublishAndWaitAsync(
            match.Made(w.At(1), w.At(1), "p2p"), Contact(parent, match.MatchId, w.At(2), 50).Build(),
            new AppointmentClosedBuilder(A).Closed("court-hearing", "no-show", w.At(3), "family"),
            new PlanItemOverdueBuilder(A).Overdue("week-check-in", w.At(9)));
        var json = await _reports.FollowUpAsync(A, w);

        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/programs/{A}/follow-up?{w.Query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var records = Reports.MonthlyCsv(await response.Content.ReadAsStringAsync());

        var month = Reports.Month(json, w);
        var name = month.GetProperty("month").GetString()!;
        decimal? Value(string m, string figure, string key = "") =>
            records.Single(r => r["month"] == m && r["figure"] == figure && r["key"] == key)["value"] is { Length: > 0 } v
                ? decimal.Parse(v, CultureInfo.InvariantCulture)
                : null;
        Assert.Equal(month.GetProperty("contacts").GetDecimal(), Value(name, "contacts"));
        Assert.Equal(month.GetProperty("hours").GetDecimal(), Value(name, "hours"));
        var firstContact = month.GetProperty("firstContactWithin48Hours");
        Assert.Equal(firstContact.GetProperty("met").GetDecimal(), Value(name, "first-contact-within-48-hours", "met"));
        Assert.Equal(firstContact.GetProperty("share").GetDecimal(), Value(name, "first-contact-within-48-hours", "share"));
        Assert.Equal(1m, Value(name, "first-contact-within-48-hours", "share"));
        Assert.Equal(month.GetProperty("noShows").GetDecimal(), Value(name, "no-shows"));
        Assert.Equal(1m, Value(name, "no-shows-by", "family"));
        Assert.Equal(Reports.Count(month.GetProperty("overduePlanItemsByKind"), "week-check-in"), Value(name, "overdue-plan-items-by-kind", "week-check-in"));
        Assert.Equal(json.GetProperty("total").GetProperty("hours").GetDecimal(), Value("total", "hours"));
    }

    [Fact]
    public async Task A_rebuild_from_the_event_log_gives_the_same_follow_up_figures()
    {
        var w = TestPeriods.NextWindow();
        TestPeriods.NextWindow();
        TestPeriods.NextWindow();
        var parent = Guid.NewGuid();
        var p2p = new MatchEventsBuilder(A, Guid.NewGuid(), parent);
        var cw = new MatchEventsBuilder(A, Guid.NewGuid(), parent);
        var corrected = Contact(parent, p2p.MatchId, w.At(2), 60);
        var reordered = Contact(parent, cw.MatchId, w.At(3), 200);
        var voided = Contact(parent, cw.MatchId, w.At(4), 300);
        var overdue = new PlanItemOverdueBuilder(A).Overdue("outcome-survey", w.At(8));
        var ids = await _bus.PublishAndWaitAsync(
            p2p.Made(w.At(1), w.At(1), "p2p"), cw.Made(w.At(1), w.At(1), "child-welfare"),
            corrected.Build(), reordered.Build(), voided.Build(), Contact(parent, p2p.MatchId, w.At(20), 30).Build(),
            Contact(parent, cw.MatchId, w.At(5), 250).Build(),
            new AppointmentClosedBuilder(A).Closed("court-hearing", "fulfilled", w.At(6)),
            new AppointmentClosedBuilder(A).Closed("family-team-meeting", "no-show", w.At(7), "other"),
            overdue);
        await _bus.PublishAndWaitAsync(corrected.Corrected(c => c.Lasting(75)).Build());
        var third = reordered.Corrected().Corrected(c => c.Lasting(220)).Build();
        await _bus.PublishAndWaitAsync(third);
        await _bus.PublishAndWaitAsync(reordered.Build() with { Revision = 2, Minutes = 10 });
        await _bus.PublishAndWaitAsync(voided.Voided().Build());
        await _bus.RedeliverAsync(overdue, ids[^1]);

        var before = await SettledAsync(w);
        var month = Reports.Month(JsonDocument.Parse(before).RootElement, w);
        Assert.Equal(4, month.GetProperty("contacts").GetInt32());
        Assert.Equal(9.58m, month.GetProperty("hours").GetDecimal()); // 75 + 30 + 220 + 250 = 575 minutes

        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var response = await admin.PostAsync($"/api/reports/programs/{A}/rebuild", null);
        await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(before, await SettledAsync(w));
    }

    /// <summary>The window's report once nothing more arrives (other services in the fixture may still publish).</summary>
    private async Task<string> SettledAsync(TestWindow w)
    {
        while (true)
        {
            var logged = await _bus.LoggedAsync();
            var report = (await _reports.FollowUpAsync(A, w)).GetRawText();
            if (await _bus.LoggedAsync() == logged)
            {
                return report;
            }
        }
    }

    private static ContactLoggedBuilder Contact(Guid supportParent, Guid match, DateTimeOffset startedAt, int minutes) =>
        new ContactLoggedBuilder(A, supportParent).InMatch(match).StartingAt(startedAt).Lasting(minutes);
}

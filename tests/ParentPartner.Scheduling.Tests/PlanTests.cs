using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Contracts.Training;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>
/// Follow-up plans end to end: MatchMade over the real broker makes the plan, contacts logged through the gateway
/// count toward it, the sweep raises PlanItemOverdue once, MatchEnded stops the clocks.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlanTests(Platform platform)
{
    private readonly SchedulingDriver _scheduling = new(platform);

    // Whole seconds: PostgreSQL keeps microseconds, .NET ticks; a test's own instants should survive the round trip.
    private DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(platform.Clock.GetUtcNow().ToUnixTimeSeconds());

    private static List<string> Kinds(JsonElement plan) =>
        [.. plan.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()!)];

    [Fact]
    public async Task A_p2p_match_gets_its_plan_once_and_only_its_support_parent_and_program_staff_see_it()
    {
        var madeAt = Now.AddHours(-1);
        var match = await _scheduling.MatchAsync(madeAt);
        var plan = await _scheduling.PlanAsync(match.MatchId);

        Assert.Equal(["first-contact", "week-check-in", "month-check-in", "contacts-in-first-weeks", "outcome-survey", "two-month-check-in"], Kinds(plan));
        var first = plan.GetProperty("items")[0];
        Assert.Equal(madeAt.AddHours(48), first.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("support-parent", first.GetProperty("owner").GetString());
        var weeks = await _scheduling.ItemAsync(match.MatchId, "contacts-in-first-weeks");
        Assert.Equal(4, weeks.GetProperty("target").GetInt32());
        Assert.Equal("contacts", weeks.GetProperty("unit").GetString());
        Assert.Equal("p2p", plan.GetProperty("match").GetProperty("programKind").GetString());

        // A redelivery (same message id) and a republish (new id) of the same match change nothing.
        var made = match.Made(madeAt.AddDays(-3), madeAt, "p2p", TestUsers.SupportParentA.Subject);
        var again = await _scheduling.PublishAsync(made);
        await _scheduling.HandledAsync(again);
        await _scheduling.HandledAsync(await _scheduling.PublishAsync(made, again));
        Assert.Equal(6, await _scheduling.InDatabaseAsync(db => db.PlanItems.CountAsync(i => i.MatchId == match.MatchId)));

        Assert.Equal(Kinds(plan), Kinds(await _scheduling.PlanAsync(match.MatchId, TestUsers.SupportParentA)));
        foreach (var outsider in new[] { TestUsers.SupportParentA2, TestUsers.CoordinatorB })
        {
            using var hidden = await _scheduling.SendAsync(outsider, HttpMethod.Get, SchedulingDriver.Plan(match.MatchId));
            await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using var crossed = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Get, SchedulingDriver.Plan(match.MatchId, TestUsers.ProgramB));
        await crossed.AssertProblemAsync(HttpStatusCode.NotFound);
        using var payroll = await _scheduling.SendAsync(TestUsers.PayrollApproverA, HttpMethod.Get, SchedulingDriver.Plan(match.MatchId));
        await payroll.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Contacts_meet_the_plan_publish_ContactLogged_without_notes_and_a_correction_or_void_recounts_with_history()
    {
        var madeAt = Now.AddDays(-3);
        var match = await _scheduling.MatchAsync(madeAt);
        var ids = new List<Guid>();
        for (var day = 0; day < 4; day++)
        {
            var body = SchedulingDriver.ContactBody(madeAt.AddHours(20 + 12 * day), minutes: 30, kind: day == 0 ? "phone" : "one-to-one", mode: day == 0 ? "phone" : "in-person");
            ids.Add((await _scheduling.LogContactAsync(match.MatchId, body)).GetProperty("id").GetGuid());
        }

        var first = await _scheduling.ItemAsync(match.MatchId, "first-contact");
        Assert.Equal("met", first.GetProperty("status").GetString());
        Assert.Equal(madeAt.AddHours(20), first.GetProperty("metAt").GetDateTimeOffset());
        var weeks = await _scheduling.ItemAsync(match.MatchId, "contacts-in-first-weeks");
        Assert.Equal(("met", 4), (weeks.GetProperty("status").GetString(), weeks.GetProperty("progress").GetInt32()));

        var logged = await _scheduling.EventsAsync("ContactLogged", match.MatchId);
        Assert.Equal(4, logged.Count);
        Assert.All(logged, e => Assert.False(e.TryGetProperty("notes", out _)));
        Assert.Contains(logged, e => e.GetProperty("enteredBy").GetString() == "support-parent" && e.GetProperty("mode").GetString() == "phone");

        // A correction: revision 2, the old one kept with the reason, a second event for the same contact.
        var correction = SchedulingDriver.ContactBody(madeAt.AddHours(44), minutes: 45);
        correction["reason"] = "The visit was the next morning";
        using (var corrected = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, SchedulingDriver.Contact(ids[1]), correction))
        {
            Assert.Equal(2, (await corrected.ReadJsonAsync()).GetProperty("revision").GetInt32());
        }
        using (var read = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Get, SchedulingDriver.Contact(ids[1])))
        {
            var contact = await read.ReadJsonAsync();
            var revisions = contact.GetProperty("revisions").EnumerateArray().ToList();
            Assert.Equal([30, 45], revisions.Select(r => r.GetProperty("minutes").GetInt32()));
            Assert.Equal("The visit was the next morning", revisions[1].GetProperty("reason").GetString());
            Assert.Equal(TestUsers.CoordinatorA.Subject, revisions[1].GetProperty("changedBy").GetString());
        }
        var revised = (await _scheduling.EventsAsync("ContactLogged", match.MatchId)).Where(e => e.GetProperty("contactId").GetGuid() == ids[1]).ToList();
        Assert.Equal([1, 2], revised.Select(e => e.GetProperty("revision").GetInt32()).Order());

        // A void un-meets the four-contact item; a voided contact cannot change again.
        using (var voided = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, $"{SchedulingDriver.Contact(ids[3])}/void", new JsonObject { ["reason"] = "Logged twice" }))
        {
            Assert.True((await voided.ReadJsonAsync()).GetProperty("voided").GetBoolean());
        }
        weeks = await _scheduling.ItemAsync(match.MatchId, "contacts-in-first-weeks");
        Assert.Equal(("open", 3), (weeks.GetProperty("status").GetString(), weeks.GetProperty("progress").GetInt32()));
        Assert.Contains(await _scheduling.EventsAsync("ContactLogged", match.MatchId), e => e.GetProperty("contactId").GetGuid() == ids[3] && e.GetProperty("voided").GetBoolean());
        using var again = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, $"{SchedulingDriver.Contact(ids[3])}/void", new JsonObject { ["reason"] = "Again" });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);

        using var list = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Get, $"/api/scheduling/programs/{TestUsers.ProgramA}/contacts?matchId={match.MatchId}");
        Assert.Equal(3, (await list.ReadJsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_contact_that_breaks_a_rule_or_comes_from_outside_the_match_is_refused_and_stores_nothing()
    {
        var match = await _scheduling.MatchAsync(Now.AddDays(-1));
        var before = await _scheduling.StoredAsync();

        using (var future = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), SchedulingDriver.ContactBody(Now.AddHours(2))))
        {
            var problem = await future.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Contains("startedAt", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }
        using (var early = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), SchedulingDriver.ContactBody(Now.AddDays(-2))))
        {
            await early.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        }
        var texted = SchedulingDriver.ContactBody(Now.AddHours(-2), kind: "text", mode: "in-person");
        using (var text = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), texted))
        {
            await text.AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        foreach (var outsider in new[] { TestUsers.SupportParentA2, TestUsers.CoordinatorB })
        {
            using var hidden = await _scheduling.SendAsync(outsider, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), SchedulingDriver.ContactBody(Now.AddHours(-2)));
            await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using (var payroll = await _scheduling.SendAsync(TestUsers.PayrollApproverA, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), SchedulingDriver.ContactBody(Now.AddHours(-2))))
        {
            await payroll.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        Assert.Equal(before, await _scheduling.StoredAsync());

        // A correction needs a reason, and another support parent cannot correct it.
        var id = (await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(Now.AddHours(-3)))).GetProperty("id").GetGuid();
        before = await _scheduling.StoredAsync();
        using (var noReason = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Put, SchedulingDriver.Contact(id), SchedulingDriver.ContactBody(Now.AddHours(-3), minutes: 90)))
        {
            var problem = await noReason.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("reason", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }
        var corrected = SchedulingDriver.ContactBody(Now.AddHours(-3), minutes: 90);
        corrected["reason"] = "Longer";
        using (var other = await _scheduling.SendAsync(TestUsers.SupportParentA2, HttpMethod.Put, SchedulingDriver.Contact(id), corrected))
        {
            await other.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(before, await _scheduling.StoredAsync());
    }

    [Fact]
    public async Task A_child_welfare_match_counts_face_to_face_visits_and_hours_a_month_and_flags_a_month_over_the_ceiling()
    {
        var madeAt = Now.AddDays(-5);
        var match = await _scheduling.MatchAsync(madeAt, kind: "child-welfare");
        var plan = await _scheduling.PlanAsync(match.MatchId);
        Assert.Equal(3, Kinds(plan).Count(k => k == "monthly-visits"));
        Assert.Single(Kinds(plan), "monthly-hours");
        Assert.DoesNotContain("contacts-in-first-weeks", Kinds(plan));

        // The shelter hearing (in person, 4 hours), a family team meeting (in person, 3 hours), a call (90 minutes).
        await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(madeAt.AddHours(6), 240, "court-hearing"));
        await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(madeAt.AddDays(2), 180, "family-team-meeting"));
        await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(madeAt.AddDays(3), 90, "phone", "phone", 0));

        var visits = await _scheduling.ItemAsync(match.MatchId, "monthly-visits");
        Assert.Equal(("open", 2, 4), (visits.GetProperty("status").GetString(), visits.GetProperty("progress").GetInt32(), visits.GetProperty("target").GetInt32()));
        var hours = await _scheduling.ItemAsync(match.MatchId, "monthly-hours");
        Assert.Equal(("met", 510, 420, 600), (hours.GetProperty("status").GetString(), hours.GetProperty("progress").GetInt32(),
            hours.GetProperty("target").GetInt32(), hours.GetProperty("targetMax").GetInt32()));
        Assert.False(hours.GetProperty("overTarget").GetBoolean());

        await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(madeAt.AddDays(4), 120));
        hours = await _scheduling.ItemAsync(match.MatchId, "monthly-hours");
        Assert.Equal(630, hours.GetProperty("progress").GetInt32());
        Assert.True(hours.GetProperty("overTarget").GetBoolean());
    }

    [Fact]
    public async Task Three_sweeps_at_once_raise_one_overdue_event_per_item_the_worklist_shows_it_and_a_late_contact_still_meets_it()
    {
        var madeAt = Now.AddDays(-3);
        var match = await _scheduling.MatchAsync(madeAt);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _scheduling.SweepAsync()));
        await _scheduling.SweepAsync();

        var overdue = await _scheduling.EventsAsync("PlanItemOverdue", match.MatchId);
        var kind = Assert.Single(overdue).GetProperty("kind").GetString();
        Assert.Equal("first-contact", kind);
        var first = await _scheduling.ItemAsync(match.MatchId, "first-contact");
        Assert.True(first.GetProperty("overdue").GetBoolean());

        using (var worklist = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Get, $"{SchedulingDriver.Worklist()}?withinDays=7&supportParentId={match.Made(madeAt, madeAt).SupportParentId}"))
        {
            var items = (await worklist.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("item")).ToList();
            Assert.Equal("first-contact", items[0].GetProperty("kind").GetString());
            Assert.Contains(items, i => i.GetProperty("kind").GetString() == "week-check-in");
            Assert.DoesNotContain(items, i => i.GetProperty("kind").GetString() == "two-month-check-in");
        }
        using (var foreign = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Get, SchedulingDriver.Worklist()))
        {
            await foreign.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using (var mine = await _scheduling.SendAsync(TestUsers.CoordinatorAB, HttpMethod.Get, "/api/scheduling/me/worklist?withinDays=7&limit=200"))
        {
            var items = (await mine.ReadJsonAsync()).GetProperty("items").EnumerateArray().Where(e => e.GetProperty("item").GetProperty("matchId").GetGuid() == match.MatchId).ToList();
            Assert.Contains(items, e => e.GetProperty("item").GetProperty("kind").GetString() == "week-check-in" && e.GetProperty("programId").GetString() == TestUsers.ProgramA);
            Assert.DoesNotContain(items, e => e.GetProperty("item").GetProperty("owner").GetString() == "support-parent");
        }
        using (var notStaff = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Get, "/api/scheduling/me/worklist"))
        {
            await notStaff.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        // Late is still met, and stays marked overdue for reporting; no second event.
        await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(Now.AddHours(-1)));
        await _scheduling.SweepAsync();
        first = await _scheduling.ItemAsync(match.MatchId, "first-contact");
        Assert.Equal("met", first.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, first.GetProperty("overdueAt").ValueKind);
        Assert.Single(await _scheduling.EventsAsync("PlanItemOverdue", match.MatchId));

        // Check-ins are completed by hand, once; counted items cannot be.
        var checkIn = await _scheduling.ItemAsync(match.MatchId, "week-check-in");
        var complete = $"/api/scheduling/programs/{TestUsers.ProgramA}/plan-items/{checkIn.GetProperty("id").GetGuid()}/complete";
        using (var done = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, complete))
        {
            Assert.Equal("met", (await done.ReadJsonAsync()).GetProperty("status").GetString());
        }
        using (var twice = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, complete))
        {
            await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        }
        using (var bySupportParent = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, complete))
        {
            await bySupportParent.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        using var counted = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post,
            $"/api/scheduling/programs/{TestUsers.ProgramA}/plan-items/{first.GetProperty("id").GetGuid()}/complete");
        await counted.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_sweep_opens_each_new_month_of_hours_for_an_active_child_welfare_match_once()
    {
        var madeAt = Now.AddDays(-40);
        var match = await _scheduling.MatchAsync(madeAt, kind: "child-welfare");

        await Task.WhenAll(_scheduling.SweepAsync(), _scheduling.SweepAsync());

        var months = await _scheduling.InDatabaseAsync(db => db.PlanItems.Where(i => i.MatchId == match.MatchId && i.Kind == Api.Domain.PlanItemKind.MonthlyHours)
            .Select(i => i.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal([0, 1], months);
        var overdue = await _scheduling.EventsAsync("PlanItemOverdue", match.MatchId);
        Assert.Contains(overdue, e => e.GetProperty("kind").GetString() == "monthly-hours");
        Assert.Equal(overdue.Count, overdue.Select(e => e.GetProperty("planItemId").GetGuid()).Distinct().Count());
    }

    [Fact]
    public async Task An_ended_match_cancels_what_would_fall_due_later_and_its_bookings_and_gets_an_end_of_match_review()
    {
        var madeAt = Now.AddDays(-10);
        var match = await _scheduling.MatchAsync(madeAt);
        var booking = SchedulingDriver.Appointment("2027-01-20T18:00", "2027-01-20T19:00");
        booking["matchId"] = match.MatchId.ToString();
        var appointmentId = await _scheduling.CreateIdAsync(booking);

        var endedAt = Now.AddHours(-1);
        var ended = await _scheduling.PublishAsync(match.Ended(endedAt, "family-withdrew"));
        await _scheduling.HandledAsync(ended);

        var plan = await _scheduling.PlanAsync(match.MatchId);
        Assert.Equal("family-withdrew", plan.GetProperty("match").GetProperty("endReason").GetString());
        var items = plan.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("kind").GetString()!, i => i.GetProperty("status").GetString());
        Assert.Equal("cancelled", items["month-check-in"]);
        Assert.Equal("cancelled", items["outcome-survey"]);
        Assert.Equal("open", items["week-check-in"]);
        Assert.Equal("open", items["end-of-match-review"]);
        var review = await _scheduling.ItemAsync(match.MatchId, "end-of-match-review");
        Assert.Equal(endedAt.AddDays(14), review.GetProperty("dueAt").GetDateTimeOffset());
        using (var appointment = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Get, $"{SchedulingDriver.Appointments()}/{appointmentId}"))
        {
            Assert.Equal("cancelled", (await appointment.ReadJsonAsync()).GetProperty("status").GetString());
        }
        using var late = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), SchedulingDriver.ContactBody(Now.AddMinutes(-10)));
        await late.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_revoked_consent_erases_the_familys_first_name_and_contact_notes_but_keeps_the_times_payroll_paid_from()
    {
        var match = await _scheduling.MatchAsync(Now.AddDays(-2));
        var booking = SchedulingDriver.Appointment("2027-01-21T18:00", "2027-01-21T19:00");
        booking["matchId"] = match.MatchId.ToString();
        var appointmentId = await _scheduling.CreateIdAsync(booking);
        var contactId = (await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(Now.AddHours(-5)))).GetProperty("id").GetGuid();

        var made = match.Made(Now, Now);
        var revoked = await _scheduling.PublishAsync(new ReferralConsentRevoked { ReferralId = made.ReferralId, ProgramId = TestUsers.ProgramA, RevokedAt = Now, OccurredAt = Now });
        await _scheduling.HandledAsync(revoked);

        var (familyName, notes, minutes) = await _scheduling.InDatabaseAsync(async db => (
            await db.Appointments.Where(a => a.Id == appointmentId).Select(a => a.FamilyName).SingleAsync(),
            await db.Contacts.Where(c => c.Id == contactId).Select(c => c.Notes).SingleAsync(),
            await db.Contacts.Where(c => c.Id == contactId).Select(c => c.Minutes).SingleAsync()));
        Assert.Null(familyName);
        Assert.Null(notes);
        Assert.Equal(60, minutes);
    }

    [Fact]
    public async Task A_withdrawn_referral_erases_the_contact_notes_too()
    {
        var match = await _scheduling.MatchAsync(Now.AddDays(-2));
        var contactId = (await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(Now.AddHours(-5)))).GetProperty("id").GetGuid();
        var made = match.Made(Now, Now);

        await _scheduling.HandledAsync(await _scheduling.PublishAsync(new ReferralWithdrawalRecorded
        {
            ReferralId = made.ReferralId, ProgramId = TestUsers.ProgramA, PreviousStatus = "matched", Reason = "family-declined", OccurredAt = Now,
        }));

        Assert.Null(await _scheduling.InDatabaseAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.Notes).SingleAsync()));
    }

    [Fact]
    public async Task A_support_parent_sees_their_week_what_they_owe_first_and_nobody_elses()
    {
        var match = await _scheduling.MatchAsync(Now.AddHours(-2));
        var other = await _scheduling.MatchAsync(Now.AddHours(-2), subject: TestUsers.SupportParentA2.Subject);
        var tomorrow = ProgramCalendar.For("America/Chicago").DateOf(Now.AddDays(1)).ToDateOnly();
        var own = SchedulingDriver.Appointment($"{tomorrow:yyyy-MM-dd}T18:00", $"{tomorrow:yyyy-MM-dd}T19:00", TestUsers.SupportParentA.Subject);
        own["confirmOverlap"] = true;
        var appointmentId = await _scheduling.CreateIdAsync(own);

        using var response = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Get, "/api/scheduling/me/week");
        var week = await response.ReadJsonAsync();

        Assert.Contains(week.GetProperty("appointments").EnumerateArray(), a => a.GetProperty("id").GetGuid() == appointmentId);
        var due = week.GetProperty("due").EnumerateArray().ToList();
        Assert.Contains(due, i => i.GetProperty("matchId").GetGuid() == match.MatchId && i.GetProperty("kind").GetString() == "first-contact");
        Assert.DoesNotContain(due, i => i.GetProperty("matchId").GetGuid() == other.MatchId);
        Assert.DoesNotContain(due, i => i.GetProperty("owner").GetString() == "coordinator");
        Assert.Contains(week.GetProperty("matches").EnumerateArray(), m => m.GetProperty("matchId").GetGuid() == match.MatchId);
        Assert.DoesNotContain(week.GetProperty("matches").EnumerateArray(), m => m.GetProperty("matchId").GetGuid() == other.MatchId);

        using var coordinator = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Get, "/api/scheduling/me/week");
        await coordinator.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_program_admin_sets_the_follow_up_rules_and_the_next_match_is_planned_by_them()
    {
        var path = $"/api/scheduling/programs/{TestUsers.ProgramB}/follow-up-settings";
        using (var defaults = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Get, path))
        {
            var body = await defaults.ReadJsonAsync();
            Assert.Equal(48, body.GetProperty("firstContactHours").GetInt32());
        }
        var settings = new JsonObject
        {
            ["timeZone"] = "America/Denver", ["firstContactHours"] = 24, ["firstWeeksContacts"] = 6, ["firstWeeks"] = 6, ["monthlyVisits"] = 4,
            ["visitMonths"] = 2, ["monthlyHoursMin"] = 7, ["monthlyHoursMax"] = 10, ["weekCheckInDays"] = 7, ["outcomeSurveyWeeks"] = 8, ["endOfMatchReviewDays"] = 14,
            ["continuedSupportWeeks"] = 6,
        };
        using (var coordinator = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Put, path, settings))
        {
            await coordinator.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        var inverted = settings.DeepClone().AsObject();
        inverted["monthlyHoursMax"] = 5;
        using (var bad = await _scheduling.SendAsync(TestUsers.AdminB, HttpMethod.Put, path, inverted))
        {
            await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        using (var saved = await _scheduling.SendAsync(TestUsers.AdminB, HttpMethod.Put, path, settings))
        {
            Assert.False((await saved.ReadJsonAsync()).GetProperty("isDefault").GetBoolean());
        }

        var madeAt = Now.AddHours(-1);
        var match = await _scheduling.MatchAsync(madeAt, subject: TestUsers.SupportParentB.Subject, programId: TestUsers.ProgramB);
        using var plan = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Get, SchedulingDriver.Plan(match.MatchId, TestUsers.ProgramB));
        var items = (await plan.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(madeAt.AddHours(24), items.Single(i => i.GetProperty("kind").GetString() == "first-contact").GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(6, items.Single(i => i.GetProperty("kind").GetString() == "contacts-in-first-weeks").GetProperty("target").GetInt32());

        // The program keeps six weeks of continued support after a case closes: one more check-in, six weeks after the end.
        var endedAt = Now.AddMinutes(-5);
        await _scheduling.HandledAsync(await _scheduling.PublishAsync(match.Ended(endedAt, "case-closed")));
        using var ended = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Get, SchedulingDriver.Plan(match.MatchId, TestUsers.ProgramB));
        var continued = (await ended.ReadJsonAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "continued-support-check-in");
        Assert.Equal(endedAt.AddDays(42), continued.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_support_parent_who_leaves_has_their_future_appointments_cancelled_and_the_coordinators_are_alerted_once()
    {
        var subject = Guid.NewGuid().ToString();
        var match = await _scheduling.MatchAsync(Now.AddDays(-5), subject: subject);
        var future = SchedulingDriver.Appointment("2027-02-11T18:00", "2027-02-11T19:00", subject);
        future["matchId"] = match.MatchId.ToString();
        var appointmentId = await _scheduling.CreateIdAsync(future);
        var supportParentId = match.Made(Now, Now).SupportParentId;

        var withdrawn = new SupportParentWithdrawn { SupportParentId = supportParentId, ProgramId = TestUsers.ProgramA, WithdrawnAt = Now, Reason = "moved-away" };
        await _scheduling.HandledAsync(await _scheduling.PublishAsync(withdrawn));
        await _scheduling.HandledAsync(await _scheduling.PublishAsync(withdrawn));

        using (var appointment = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Get, $"{SchedulingDriver.Appointments()}/{appointmentId}"))
        {
            var body = await appointment.ReadJsonAsync();
            Assert.Equal(("cancelled", 1), (body.GetProperty("status").GetString(), body.GetProperty("sequence").GetInt32()));
        }
        using (var alerts = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Get, $"/api/scheduling/programs/{TestUsers.ProgramA}/alerts?limit=200"))
        {
            var mine = (await alerts.ReadJsonAsync()).GetProperty("items").EnumerateArray().Where(a => a.GetProperty("targetId").GetGuid() == supportParentId).ToList();
            Assert.Equal("support-parent-withdrawn", Assert.Single(mine).GetProperty("kind").GetString());
            Assert.Contains("1 active match", mine[0].GetProperty("text").GetString());
        }
        using var foreign = await _scheduling.SendAsync(TestUsers.CoordinatorB, HttpMethod.Get, $"/api/scheduling/programs/{TestUsers.ProgramA}/alerts");
        await foreign.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

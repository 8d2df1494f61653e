using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Tests;

/// <summary>The plan's dates and counts as pure rules: wall-clock months and weeks across daylight saving, recounts after a void.</summary>
public sealed class FollowUpPlanTests
{
    private static readonly FollowUpSettings Chicago = FollowUpSettings.Default("p");

    private static ScheduledMatch Match(DateTimeOffset madeAt, MatchProgramKind kind = MatchProgramKind.P2p) =>
        new() { MatchId = Guid.NewGuid(), ProgramId = "p", ProgramKind = kind, MadeAt = madeAt };

    [Fact]
    public void Weeks_and_months_are_counted_on_the_programs_wall_clock_across_the_autumn_change_and_first_contact_in_real_hours()
    {
        // 18:00 CDT on 2026-10-10 (23:00 UTC); the clocks fall back on 2026-11-01.
        var made = new DateTimeOffset(2026, 10, 10, 23, 0, 0, TimeSpan.Zero);
        var items = FollowUpPlan.For(Match(made), Chicago).ToDictionary(i => i.Kind);

        Assert.Equal(made.AddHours(48), items[PlanItemKind.FirstContact].DueAt);
        // Eight weeks later is 18:00 CST on 2026-12-05: 00:00 UTC, an hour later in UTC than a naive 56 days.
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero), items[PlanItemKind.ContactsInFirstWeeks].DueAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero), items[PlanItemKind.MonthCheckIn].DueAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 17, 23, 0, 0, TimeSpan.Zero), items[PlanItemKind.WeekCheckIn].DueAt);
    }

    [Fact]
    public void A_child_welfare_month_after_the_31st_ends_on_the_last_day_of_a_short_month()
    {
        var made = new DateTimeOffset(2027, 1, 31, 16, 0, 0, TimeSpan.Zero); // 10:00 CST
        var match = Match(made, MatchProgramKind.ChildWelfare);
        var visits = FollowUpPlan.For(match, Chicago).Where(i => i.Kind == PlanItemKind.MonthlyVisits).OrderBy(i => i.Sequence).ToList();

        Assert.Equal(3, visits.Count);
        Assert.Equal(new DateTimeOffset(2027, 2, 28, 16, 0, 0, TimeSpan.Zero), visits[0].DueAt);
        // March 31 10:00 is daylight time (CDT, -5).
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 15, 0, 0, TimeSpan.Zero), visits[1].DueAt);
        Assert.Equal(visits[0].DueAt, visits[1].WindowStartsAt);
        Assert.Equal(1, FollowUpPlan.MonthOf(match, Chicago, visits[1].WindowStartsAt));
        Assert.Equal(0, FollowUpPlan.MonthOf(match, Chicago, visits[1].WindowStartsAt.AddTicks(-1)));
    }

    [Fact]
    public void Recounting_meets_on_the_contact_that_reaches_the_target_and_a_void_or_a_contact_outside_the_window_does_not_count()
    {
        var made = new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
        var match = Match(made);
        var items = FollowUpPlan.For(match, Chicago);
        var contacts = Enumerable.Range(1, 4).Select(day => new Contact
        {
            Id = Guid.NewGuid(), ProgramId = "p", MatchId = match.MatchId, EnteredBy = "support-parent", StartedAt = made.AddDays(day), Minutes = 30, Mode = ContactMode.Phone,
        }).ToList();

        FollowUpPlan.Recount(items, contacts);
        var weeks = items.Single(i => i.Kind == PlanItemKind.ContactsInFirstWeeks);
        Assert.Equal((PlanItemStatus.Met, 4, made.AddDays(4)), (weeks.Status, weeks.Progress, weeks.MetAt));

        contacts[1].Voided = true;
        contacts.Add(new Contact { Id = Guid.NewGuid(), ProgramId = "p", MatchId = match.MatchId, EnteredBy = "support-parent", StartedAt = made.AddDays(70), Minutes = 30 });
        FollowUpPlan.Recount(items, contacts);
        Assert.Equal((PlanItemStatus.Open, 3, (DateTimeOffset?)null), (weeks.Status, weeks.Progress, weeks.MetAt));
        Assert.Equal(made.AddDays(1), items.Single(i => i.Kind == PlanItemKind.FirstContact).MetAt);
    }
}

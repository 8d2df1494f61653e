using NodaTime;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// The follow-up rules as dates: the plan a new match gets, the monthly-hours item of each later month, the review
/// an ended match gets, and how logged contacts count toward the counted items. Pure: no clock, no database.
/// Months and weeks are counted on the program's wall clock; the first-contact clock is real elapsed hours.
/// </summary>
public static class FollowUpPlan
{
    public static IReadOnlyList<PlanItem> For(ScheduledMatch match, FollowUpSettings settings)
    {
        var calendar = ProgramCalendar.For(settings.TimeZone);
        var made = match.MadeAt;
        var items = new List<PlanItem>
        {
            Item(match, PlanItemKind.FirstContact, made, made.AddHours(settings.FirstContactHours), target: 1),
        };
        if (match.ProgramKind == MatchProgramKind.P2p)
        {
            items.Add(Item(match, PlanItemKind.ContactsInFirstWeeks, made, calendar.AddLocal(made, Period.FromWeeks(settings.FirstWeeks)), settings.FirstWeeksContacts));
        }
        else
        {
            for (var month = 0; month < settings.VisitMonths; month++)
            {
                items.Add(Item(match, PlanItemKind.MonthlyVisits, calendar.AddLocal(made, Period.FromMonths(month)),
                    calendar.AddLocal(made, Period.FromMonths(month + 1)), settings.MonthlyVisits, sequence: month));
            }
            items.Add(MonthlyHours(match, settings, 0));
        }
        items.Add(Item(match, PlanItemKind.WeekCheckIn, made, calendar.AddLocal(made, Period.FromDays(settings.WeekCheckInDays))));
        items.Add(Item(match, PlanItemKind.MonthCheckIn, made, calendar.AddLocal(made, Period.FromMonths(1))));
        items.Add(Item(match, PlanItemKind.TwoMonthCheckIn, made, calendar.AddLocal(made, Period.FromMonths(2))));
        items.Add(Item(match, PlanItemKind.OutcomeSurvey, made, calendar.AddLocal(made, Period.FromWeeks(settings.OutcomeSurveyWeeks))));
        return items;
    }

    /// <summary>Child welfare: the hours item of the match's month <paramref name="month"/> (0 is the month it was made in).</summary>
    public static PlanItem MonthlyHours(ScheduledMatch match, FollowUpSettings settings, int month)
    {
        var calendar = ProgramCalendar.For(settings.TimeZone);
        return Item(match, PlanItemKind.MonthlyHours, calendar.AddLocal(match.MadeAt, Period.FromMonths(month)),
            calendar.AddLocal(match.MadeAt, Period.FromMonths(month + 1)), settings.MonthlyHoursMin * 60, month, settings.MonthlyHoursMax * 60);
    }

    /// <summary>The month of the match an instant falls in (0 for the first), on the program's wall clock.</summary>
    public static int MonthOf(ScheduledMatch match, FollowUpSettings settings, DateTimeOffset at)
    {
        var calendar = ProgramCalendar.For(settings.TimeZone);
        var months = 0;
        while (calendar.AddLocal(match.MadeAt, Period.FromMonths(months + 1)) <= at)
        {
            months++;
        }
        return months;
    }

    /// <summary>The continued-support check-in, when the program keeps a period after the end; null when it does not.</summary>
    public static PlanItem? ContinuedSupport(ScheduledMatch match, FollowUpSettings settings, DateTimeOffset endedAt) =>
        settings.ContinuedSupportWeeks == 0 ? null
        : Item(match, PlanItemKind.ContinuedSupportCheckIn, endedAt,
            ProgramCalendar.For(settings.TimeZone).AddLocal(endedAt, Period.FromWeeks(settings.ContinuedSupportWeeks)));

    public static PlanItem EndOfMatchReview(ScheduledMatch match, FollowUpSettings settings, DateTimeOffset endedAt) =>
        Item(match, PlanItemKind.EndOfMatchReview, endedAt,
            ProgramCalendar.For(settings.TimeZone).AddLocal(endedAt, Period.FromDays(settings.EndOfMatchReviewDays)));

    /// <summary>
    /// Recounts every counted item of one match from all its contacts (voided ones do not count): a correction or a
    /// void can un-meet an item as easily as a new contact meets one, and recounting from scratch makes the result
    /// the same whatever order contacts were logged, corrected or redelivered in.
    /// </summary>
    public static void Recount(IEnumerable<PlanItem> items, IReadOnlyCollection<Contact> contacts)
    {
        var counted = contacts.Where(c => !c.Voided).OrderBy(c => c.StartedAt).ThenBy(c => c.Id).ToList();
        foreach (var item in items.Where(i => i.IsCounted && i.Status != PlanItemStatus.Cancelled))
        {
            // The first contact is met whenever it happens (late is still met, and stays marked overdue);
            // the others count only what falls in their window.
            var inWindow = counted.Where(c => c.StartedAt >= item.WindowStartsAt && (item.Kind == PlanItemKind.FirstContact || c.StartedAt < item.DueAt));
            if (item.Kind == PlanItemKind.MonthlyVisits)
            {
                inWindow = inWindow.Where(c => c.Mode == ContactMode.InPerson);
            }
            var progress = 0;
            DateTimeOffset? metAt = null;
            foreach (var contact in inWindow)
            {
                progress += item.Kind == PlanItemKind.MonthlyHours ? contact.Minutes : 1;
                if (metAt is null && progress >= item.Target)
                {
                    metAt = contact.StartedAt;
                }
            }
            item.Progress = item.Kind == PlanItemKind.FirstContact ? Math.Min(progress, 1) : progress;
            item.Status = metAt is null ? PlanItemStatus.Open : PlanItemStatus.Met;
            item.MetAt = metAt;
        }
    }

    private static PlanItem Item(ScheduledMatch match, PlanItemKind kind, DateTimeOffset from, DateTimeOffset due, int target = 0, int sequence = 0, int? targetMax = null) => new()
    {
        Id = Guid.CreateVersion7(),
        ProgramId = match.ProgramId,
        MatchId = match.MatchId,
        Kind = kind,
        Sequence = sequence,
        WindowStartsAt = from,
        DueAt = due,
        Target = target,
        TargetMax = targetMax,
        Status = PlanItemStatus.Open,
    };
}

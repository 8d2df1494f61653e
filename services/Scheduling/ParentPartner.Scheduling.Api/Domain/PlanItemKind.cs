namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// One obligation of a follow-up plan. On the wire: first-contact, contacts-in-first-weeks, monthly-visits,
/// monthly-hours, week-check-in, month-check-in, two-month-check-in, outcome-survey, end-of-match-review,
/// continued-support-check-in.
/// </summary>
public enum PlanItemKind
{
    /// <summary>The support parent reaches the family (within 48 hours by default). Met by the first contact.</summary>
    FirstContact,

    /// <summary>P2P: at least 4 contacts in the first 8 weeks. Met by the contact that reaches the count.</summary>
    ContactsInFirstWeeks,

    /// <summary>Child welfare: about 4 face-to-face visits in one month of the first 3. Met by in-person contacts.</summary>
    MonthlyVisits,

    /// <summary>Child welfare: 7 to 10 hours with the family in one month, for as long as the match runs. Met by the minutes logged.</summary>
    MonthlyHours,

    /// <summary>The coordinator checks in with both parents a week in. Completed by hand.</summary>
    WeekCheckIn,

    /// <summary>The coordinator's check-in at one month.</summary>
    MonthCheckIn,

    /// <summary>The coordinator's check-in at two months.</summary>
    TwoMonthCheckIn,

    /// <summary>The family's outcome survey (8 weeks by default).</summary>
    OutcomeSurvey,

    /// <summary>Added when the match ends: the coordinator reviews it (14 days by default).</summary>
    EndOfMatchReview,

    /// <summary>Where the program keeps a lighter continued-support period after a case closes: one check-in at its end.</summary>
    ContinuedSupportCheckIn,
}

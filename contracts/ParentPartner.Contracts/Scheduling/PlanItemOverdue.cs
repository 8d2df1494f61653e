namespace ParentPartner.Contracts.Scheduling;

/// <summary>A follow-up plan item passed its due time unmet. Raised once per item; reporting counts it.</summary>
public sealed record PlanItemOverdue : IProgramEvent
{
    public required Guid PlanItemId { get; init; }
    public required string ProgramId { get; init; }
    public required Guid MatchId { get; init; }

    /// <summary>first-contact, contacts-in-first-weeks, monthly-visits, monthly-hours, week-check-in, month-check-in, two-month-check-in, outcome-survey, end-of-match-review or continued-support-check-in.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

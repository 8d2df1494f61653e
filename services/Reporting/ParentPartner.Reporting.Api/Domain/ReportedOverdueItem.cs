using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>A follow-up plan item that went overdue (PlanItemOverdue, raised once per item; the item id is the natural key).</summary>
public sealed class ReportedOverdueItem : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid PlanItemId { get; set; }

    public Guid MatchId { get; set; }

    /// <summary>first-contact, contacts-in-first-weeks, monthly-visits, monthly-hours, week-check-in, month-check-in, two-month-check-in, outcome-survey or end-of-match-review.</summary>
    public required string Kind { get; set; }

    /// <summary>When the item was due: the month it is reported in.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

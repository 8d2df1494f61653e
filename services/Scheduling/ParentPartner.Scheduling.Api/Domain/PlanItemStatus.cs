namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>open (to do, possibly overdue), met, or cancelled (the match ended before it fell due).</summary>
public enum PlanItemStatus
{
    Open,
    Met,
    Cancelled,
}

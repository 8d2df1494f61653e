namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// How minutes become billable 15-minute units. EightMinute is Medicare's rule (a unit from 8 minutes on: 8–22
/// minutes is 1 unit, 23–37 is 2); Up and Down round to whole units either way.
/// </summary>
public enum UnitRounding
{
    EightMinute,
    Up,
    Down,
}

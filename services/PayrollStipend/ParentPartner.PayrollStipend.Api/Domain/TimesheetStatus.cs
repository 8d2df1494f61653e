namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>draft → submitted → approved | returned (→ submitted again) → exported → paid.</summary>
public enum TimesheetStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    Exported,
    Paid,
}

using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Periods;

/// <summary>The day the exported pay of a period was paid (the date 1099-NEC totals go by). Example: {"paidOn":"2026-04-10"}.</summary>
public sealed record PaymentRequest : IValidatableRequest
{
    /// <summary>The day the period's pay was paid (yyyy-MM-dd): 1099-NEC totals count by this date.</summary>
    /// <example>"2026-12-18"</example>
    public DateOnly? PaidOn { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("paidOn", PaidOn).Date("paidOn", PaidOn);
}

using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Adjustments;

/// <summary>
/// A correction to pay already approved, with its reason; it lands on the person's next open timesheet.
/// Example: {"supportParentId":"…","code":"adjustment","amount":-12.50,"reason":"Mileage for 3 March paid twice."}.
/// </summary>
/// <example>{"supportParentId":"5f0c7a2e-3b1d-4c8e-9a6f-2d4b8e1c7a90","code":"court-hearing","amount":-20.0,"reason":"The 3 December visit was logged twice","occurredOn":"2026-12-03"}</example>
public sealed record AdjustmentRequest : IValidatableRequest
{
    /// <summary>The support parent (training's id) whose pay is adjusted.</summary>
    public Guid? SupportParentId { get; init; }

    /// <summary>The earnings code corrected (default adjustment).</summary>
    /// <example>"one-to-one"</example>
    public EarningsCode? Code { get; init; }

    /// <summary>Dollars, negative to take back; not zero.</summary>
    /// <example>-20.00</example>
    public decimal? Amount { get; init; }

    /// <summary>Hours or miles corrected, when the correction is about a quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Why the adjustment is made, for the audit and the pay statement; no personal data of families.</summary>
    /// <example>"The 3 December visit was logged twice"</example>
    public string? Reason { get; init; }

    /// <summary>The day the correction is about (default today in the program's time zone).</summary>
    /// <example>"2026-12-03"</example>
    public DateOnly? OccurredOn { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("supportParentId", SupportParentId)
            .Dollars("amount", Amount, -100000, 100000)
            .Dollars("quantity", Quantity, -10000, 10000, required: false, places: 4)
            .Text("reason", Reason, 500, required: true)
            .Date("occurredOn", OccurredOn);
        return Amount == 0 ? errors.Add("amount", "may not be zero.") : errors;
    }
}

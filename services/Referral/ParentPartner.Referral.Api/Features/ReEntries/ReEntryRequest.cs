using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.ReEntries;

/// <summary>A child of a reunified family re-entered care on a day (yyyy-MM-dd, the program's calendar).</summary>
/// <example>{"enteredCareOn":"2026-12-01"}</example>
public sealed record ReEntryRequest : IValidatableRequest
{
    /// <summary>The day the child re-entered care (yyyy-MM-dd, the program's calendar; not in the future).</summary>
    public DateOnly? EnteredCareOn { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("enteredCareOn", EnteredCareOn);
}

using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>A coordinator withdraws an open offer before it is answered.</summary>
public sealed record WithdrawOfferRequest : IValidatableRequest
{
    /// <summary>Why, as a code.</summary>
    public WithdrawReason? Reason { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

public sealed record WithdrawOfferRequest : IValidatableRequest
{
    public WithdrawReason? Reason { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

public sealed record DeclineOfferRequest : IValidatableRequest
{
    public DeclineReason? Reason { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

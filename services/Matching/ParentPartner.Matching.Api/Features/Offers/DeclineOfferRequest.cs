using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>A support parent (or the coordinator for one without a login) declines an open offer.</summary>
public sealed record DeclineOfferRequest : IValidatableRequest
{
    /// <summary>Why, as a code.</summary>
    public DeclineReason? Reason { get; init; }

    /// <summary>How the support parent gave the answer: phone, text, email or in-person (required from a coordinator).</summary>
    public AnswerChannel? Channel { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

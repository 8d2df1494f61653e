using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>The body of an acceptance: none from the support parent in the app; the channel when a coordinator records it.</summary>
/// <example>{"channel":"phone"}</example>
public sealed record AcceptOfferRequest : IValidatableRequest
{
    /// <summary>How the support parent gave the answer: phone, text, email or in-person (required from a coordinator).</summary>
    public AnswerChannel? Channel { get; init; }

    public FieldErrors Validate() => new();
}

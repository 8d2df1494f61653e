using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Matches;

public sealed record EndMatchRequest : IValidatableRequest
{
    public EndReason? Reason { get; init; }

    /// <summary>Child welfare: the family re-entered care within 12 months, when recorded.</summary>
    public bool? ReEntryWithin12Months { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

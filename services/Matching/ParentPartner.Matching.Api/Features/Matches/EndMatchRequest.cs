using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Matches;

/// <summary>A coordinator ends an active match, with the reason (reported to the program and, for child welfare, the outcome).</summary>
public sealed record EndMatchRequest : IValidatableRequest
{
    /// <summary>Why the match ended.</summary>
    public EndReason? Reason { get; init; }

    /// <summary>Child welfare: the family re-entered care within 12 months, when recorded.</summary>
    public bool? ReEntryWithin12Months { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

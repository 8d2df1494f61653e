namespace ParentPartner.Contracts.Matching;

/// <summary>A coordinator withdrew an open offer (e.g. the support parent could not be reached); the next best is offered at once.</summary>
public sealed record MatchOfferWithdrawn : IProgramEvent
{
    public required Guid OfferId { get; init; }
    public required Guid ReferralId { get; init; }
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }

    /// <summary>A reason code: support-parent-unreachable, support-parent-unavailable, conflict-of-interest, family-request, other.</summary>
    public required string Reason { get; init; }
    public required DateTimeOffset WithdrawnAt { get; init; }
}

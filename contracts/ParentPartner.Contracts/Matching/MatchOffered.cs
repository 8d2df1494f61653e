namespace ParentPartner.Contracts.Matching;

/// <summary>A coordinator approved a proposal: the support parent has an offer until it expires.</summary>
public sealed record MatchOffered : IProgramEvent
{
    public required Guid OfferId { get; init; }
    public required Guid ReferralId { get; init; }
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public required DateTimeOffset OfferedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
}

namespace ParentPartner.Contracts.Matching;

/// <summary>An offer ran out unanswered; the next-ranked candidate is offered.</summary>
public sealed record MatchOfferExpired : IProgramEvent
{
    public required Guid OfferId { get; init; }
    public required Guid ReferralId { get; init; }
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public required DateTimeOffset ExpiredAt { get; init; }
}

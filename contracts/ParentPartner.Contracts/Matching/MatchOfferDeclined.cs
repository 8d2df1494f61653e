namespace ParentPartner.Contracts.Matching;

/// <summary>The support parent declined an offer; the pair is not proposed again.</summary>
public sealed record MatchOfferDeclined : IProgramEvent
{
    public required Guid OfferId { get; init; }
    public required Guid ReferralId { get; init; }
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    /// <summary>A reason code (no free text leaves the service): not-available, caseload-full, conflict-of-interest, not-a-good-fit, other.</summary>
    public required string Reason { get; init; }
    public required DateTimeOffset DeclinedAt { get; init; }
}

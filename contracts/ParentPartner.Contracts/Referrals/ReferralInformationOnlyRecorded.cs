namespace ParentPartner.Contracts.Referrals;

/// <summary>A referral was settled as an information request: counted, not matched. Topics are codes, no free text.</summary>
public sealed record ReferralInformationOnlyRecorded : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }
    public required string Source { get; init; }
    public required IReadOnlyList<string> InformationGiven { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

namespace ParentPartner.Contracts.Matching;

/// <summary>A support parent accepted: the family is matched. Ready-at and made-at give time to match.</summary>
public sealed record MatchMade : IProgramEvent
{
    public required Guid MatchId { get; init; }
    public required Guid ReferralId { get; init; }
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    /// <summary>The support parent's account subject, so scheduling and payroll can tie the match to the person.</summary>
    public string? SupportParentSubject { get; init; }
    /// <summary>p2p or child-welfare (from the referral), so scheduling makes the right follow-up plan; null from older senders.</summary>
    public string? ProgramKind { get; init; }

    public required DateTimeOffset ReadyAt { get; init; }
    public required DateTimeOffset MadeAt { get; init; }
}

namespace ParentPartner.Contracts.Referrals;

/// <summary>
/// A child of a reunified family re-entered care: recorded when it happens (not guessed when the match ends), so
/// reporting counts re-entry within 12 and within 24 months of reunification as of when it is known.
/// </summary>
public sealed record ReferralReEntryRecorded : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }

    /// <summary>The reunification it follows (the match that ended "reunified"), when known.</summary>
    public Guid? MatchId { get; init; }

    /// <summary>The day the child re-entered care, in the program's time zone.</summary>
    public required DateOnly EnteredCareOn { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}

namespace ParentPartner.Contracts.Referrals;

/// <summary>
/// A referral was screened ready for matching. Carries only the matching profile — ids, program, and what
/// the hard constraints and soft score use — never a name or a way to reach the family.
/// Enum values travel as their names, as in ReferralReceived.Source ("ChildWelfare", "ShelterHearing");
/// codes the program defines (condition categories, qualities) are kebab-case as entered.
/// </summary>
public sealed record ReferralMatchingRequested : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }

    /// <summary>"P2p" or "ChildWelfare"; null when the program is not registered with referral.</summary>
    public string? ProgramKind { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>BCP 47 tags, most preferred first.</summary>
    public required IReadOnlyList<string> PreferredLanguages { get; init; }
    public string? County { get; init; }

    /// <summary>P2P: the child's condition category codes.</summary>
    public required IReadOnlyList<string> ConditionCategories { get; init; }

    /// <summary>Child welfare: "PreRemoval", "ShelterHearing", "InCare" or "Reunified".</summary>
    public string? CaseStage { get; init; }

    public int? ChildAge { get; init; }
    public required bool FatherToFatherWanted { get; init; }

    /// <summary>Only when the family asked that it be considered; otherwise null.</summary>
    public string? CulturalBackground { get; init; }

    public required bool AvailableEvenings { get; init; }
    public required bool AvailableWeekends { get; init; }

    /// <summary>Kebab-case tags of the qualities hoped for in a support parent.</summary>
    public required IReadOnlyList<string> QualitiesHopedFor { get; init; }

    /// <summary>
    /// This event without anything about the family beyond ids, program and dates: what an erased family's stored
    /// copies (referral's outbox, reporting's event log) keep, so counts still rebuild.
    /// </summary>
    public ReferralMatchingRequested WithoutPersonalData() => this with
    {
        PreferredLanguages = [],
        County = null,
        ConditionCategories = [],
        CaseStage = null,
        ChildAge = null,
        FatherToFatherWanted = false,
        CulturalBackground = null,
        AvailableEvenings = false,
        AvailableWeekends = false,
        QualitiesHopedFor = [],
    };
}

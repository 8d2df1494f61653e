namespace ParentPartner.Matching.Engine.Profiles;

/// <summary>
/// A support parent (parent partner) as matching sees them: the matching profile only, no name or contact.
/// </summary>
public sealed record SupportParentProfile
{
    public required Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public required bool IsCertified { get; init; }

    /// <summary>BCP 47 tags; compared by primary subtag ("es-MX" speaks "es").</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public string? County { get; init; }

    /// <summary>Condition categories lived through (P2P).</summary>
    public IReadOnlyCollection<string> ConditionCategories { get; init; } = [];

    /// <summary>Child-welfare case stages lived through (parent partner programs).</summary>
    public IReadOnlyCollection<CaseStage> CaseStagesExperienced { get; init; } = [];

    /// <summary>Age in years of the support parent's own child, when known.</summary>
    public int? ChildAge { get; init; }

    public Availability Availability { get; init; }

    /// <summary>Can serve a father-to-father match.</summary>
    public bool IsFather { get; init; }

    public string? CulturalBackground { get; init; }

    /// <summary>Lived experience of recovery (the hoped-for quality "in-recovery").</summary>
    public bool InRecovery { get; init; }

    public int ActiveMatches { get; init; }
    public int MaxCaseload { get; init; } = 15;

    public int RemainingCapacity => Math.Max(0, MaxCaseload - ActiveMatches);
}

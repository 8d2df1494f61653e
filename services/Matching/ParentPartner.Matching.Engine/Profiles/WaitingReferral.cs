namespace ParentPartner.Matching.Engine.Profiles;

/// <summary>A referral that is ready for matching, as matching sees it (no name, no contact).</summary>
public sealed record WaitingReferral
{
    public required Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public required DateTimeOffset ReadyAt { get; init; }

    /// <summary>BCP 47 tags the parent can use, first preference first.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>An interpreter is arranged, so no shared language is required.</summary>
    public bool InterpreterArranged { get; init; }

    public string? County { get; init; }

    /// <summary>The child's condition categories (P2P).</summary>
    public IReadOnlyCollection<string> ConditionCategories { get; init; } = [];

    /// <summary>The case stage (child welfare).</summary>
    public CaseStage? CaseStage { get; init; }

    public int? ChildAge { get; init; }

    public bool WantsFatherToFather { get; init; }

    /// <summary>Set only when the family asked for a support parent of this background.</summary>
    public string? CulturalBackgroundPreference { get; init; }

    public Availability Availability { get; init; }

    /// <summary>Kebab-case tags of the qualities hoped for; those in <see cref="Scoring.Quality"/> are scored, the rest only recorded.</summary>
    public IReadOnlyCollection<string> QualitiesHopedFor { get; init; } = [];
}

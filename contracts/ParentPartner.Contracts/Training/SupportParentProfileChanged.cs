namespace ParentPartner.Contracts.Training;

/// <summary>
/// A certified (or lapsed) support parent's matching profile changed; the whole profile travels so a
/// consumer replaces what it holds. No name, no contact.
/// </summary>
public sealed record SupportParentProfileChanged : IProgramEvent
{
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public string? UserSubject { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }

    /// <summary>certified or lapsed: whether the support parent may take new families right now.</summary>
    public required string CertificationStatus { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }
    public required string County { get; init; }
    public required IReadOnlyList<string> ConditionCategories { get; init; }
    public required IReadOnlyList<string> CaseExperience { get; init; }
    public required bool AvailableEvenings { get; init; }
    public required bool AvailableWeekends { get; init; }
    public required int MaxCaseload { get; init; }
    public required string EmploymentType { get; init; }
    public required bool FatherToFatherCapable { get; init; }
    public string? CulturalBackground { get; init; }

    /// <summary>Year of birth of the child the lived experience is about; null when not given (or from an older sender).</summary>
    public int? ChildBirthYear { get; init; }
}

namespace ParentPartner.Contracts.Training;

/// <summary>
/// A support parent completed every required pre-service course and may now be matched with families.
/// Carries the matching profile (ids and what matching scores on), never a name or contact.
/// Wire identity is namespace + type name: never rename, additive changes only.
/// </summary>
public sealed record SupportParentCertified : IProgramEvent
{
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }

    /// <summary>The support parent's account (token subject), so they can answer offers; null when they have no account yet.</summary>
    public string? UserSubject { get; init; }

    public required DateTimeOffset CertifiedAt { get; init; }

    /// <summary>BCP 47 tags.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public required string County { get; init; }

    /// <summary>Lived experience of a child's condition (kebab-case categories); empty for child-welfare-only experience.</summary>
    public required IReadOnlyList<string> ConditionCategories { get; init; }

    /// <summary>Child-welfare case stages lived through (pre-removal, shelter-hearing, in-care, reunified); empty when none.</summary>
    public required IReadOnlyList<string> CaseExperience { get; init; }

    public required bool AvailableEvenings { get; init; }
    public required bool AvailableWeekends { get; init; }
    public required int MaxCaseload { get; init; }

    /// <summary>employee, contractor or volunteer.</summary>
    public required string EmploymentType { get; init; }

    public required bool FatherToFatherCapable { get; init; }

    /// <summary>Only when the support parent chose to give it.</summary>
    public string? CulturalBackground { get; init; }

    /// <summary>
    /// Year of birth of the child the lived experience is about (matching reckons the age when it scores,
    /// so the value stays true); null when not given. Added later: older senders leave it out.
    /// </summary>
    public int? ChildBirthYear { get; init; }
}

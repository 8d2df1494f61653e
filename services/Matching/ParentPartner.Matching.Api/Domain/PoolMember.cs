using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>A support parent in the pool, built from training's events: the matching profile only (no name, no contact).</summary>
public sealed class PoolMember : IProgramOwned
{
    public Guid Id { get; set; }
    public required string ProgramId { get; set; }

    /// <summary>The support parent's account (token subject), so they can answer their own offers.</summary>
    public string? UserSubject { get; set; }

    public bool IsCertified { get; set; }
    public bool IsWithdrawn { get; set; }
    public string[] Languages { get; set; } = [];
    public string? County { get; set; }
    public string[] ConditionCategories { get; set; } = [];
    public string[] CaseExperience { get; set; } = [];

    /// <summary>Year of birth of the support parent's child the lived experience is about; null when training was not told.</summary>
    public int? ChildBirthYear { get; set; }

    public bool AvailableEvenings { get; set; }
    public bool AvailableWeekends { get; set; }
    public bool FatherToFatherCapable { get; set; }
    public string? CulturalBackground { get; set; }
    public int MaxCaseload { get; set; }

    /// <summary>Active matches; changed only by a conditional update (never over <see cref="MaxCaseload"/>).</summary>
    public int ActiveMatches { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Withdrawn: out of the pool for good and the profile erased (never scored again); the row stays, with its
    /// caseload figures, so offers and matches already made still point at someone.
    /// </summary>
    public void Withdraw(DateTimeOffset at)
    {
        IsWithdrawn = true;
        IsCertified = false;
        UserSubject = null;
        Languages = [];
        County = null;
        ConditionCategories = [];
        CaseExperience = [];
        ChildBirthYear = null;
        AvailableEvenings = false;
        AvailableWeekends = false;
        FatherToFatherCapable = false;
        CulturalBackground = null;
        UpdatedAt = at > UpdatedAt ? at : UpdatedAt;
    }

    /// <summary>In the pool: certified (not lapsed) and not withdrawn.</summary>
    public bool InPool => IsCertified && !IsWithdrawn;

    /// <summary>
    /// The child's age in whole years at <paramref name="at"/>: that year minus the birth year (a birth
    /// year alone cannot say whether this year's birthday has passed), never below 0.
    /// </summary>
    public int? ChildAgeAt(DateTimeOffset at) => ChildBirthYear is { } born ? Math.Max(0, at.UtcDateTime.Year - born) : null;
}

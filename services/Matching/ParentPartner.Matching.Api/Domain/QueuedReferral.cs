using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>A referral ready for matching, from referral's events: the matching profile only.</summary>
public sealed class QueuedReferral : IProgramOwned
{
    public Guid Id { get; set; }
    public required string ProgramId { get; set; }
    public DateTimeOffset ReadyAt { get; set; }
    public QueueStatus Status { get; set; }
    public string[] Languages { get; set; } = [];
    public string? County { get; set; }
    public string[] ConditionCategories { get; set; } = [];
    public string? CaseStage { get; set; }
    public int? ChildAge { get; set; }
    public bool FatherToFatherWanted { get; set; }
    public string? CulturalBackground { get; set; }
    public bool AvailableEvenings { get; set; }
    public bool AvailableWeekends { get; set; }

    /// <summary>Kebab-case tags of the qualities the family hopes for in a support parent (see QualityTerms).</summary>
    public string[] QualitiesHopedFor { get; set; } = [];

    public bool Erased { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Consent revoked: the family's profile is erased; the row (ids, dates) stays for counts.</summary>
    public void Erase()
    {
        Languages = [];
        County = null;
        ConditionCategories = [];
        CaseStage = null;
        ChildAge = null;
        FatherToFatherWanted = false;
        CulturalBackground = null;
        AvailableEvenings = false;
        AvailableWeekends = false;
        QualitiesHopedFor = [];
        Erased = true;
    }
}

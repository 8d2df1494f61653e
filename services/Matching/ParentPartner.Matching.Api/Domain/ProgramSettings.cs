using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>A program's matching settings; defaults apply until a program admin saves some.</summary>
public sealed class ProgramSettings : IProgramOwned
{
    public const int DefaultOfferExpiryHours = 72;
    public const int DefaultTargetHours = 48;

    public required string ProgramId { get; set; }
    public int ExperienceWeight { get; set; } = 35;
    public int ChildAgeWeight { get; set; } = 15;
    public int CountyWeight { get; set; } = 15;
    public int LanguageWeight { get; set; } = 5;
    public int AvailabilityWeight { get; set; } = 15;
    public int CulturalBackgroundWeight { get; set; } = 5;
    public int LoadBalanceWeight { get; set; } = 10;

    /// <summary>The hoped-for qualities the engine can check (bilingual, a father, in recovery, same county, same diagnosis).</summary>
    public int QualitiesWeight { get; set; } = DefaultQualitiesWeight;

    public const int DefaultQualitiesWeight = 10;
    public int OfferExpiryHours { get; set; } = DefaultOfferExpiryHours;
    public int TargetHours { get; set; } = DefaultTargetHours;
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

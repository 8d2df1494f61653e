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

    /// <summary>In the pool: certified (not lapsed) and not withdrawn.</summary>
    public bool InPool => IsCertified && !IsWithdrawn;

    /// <summary>
    /// The child's age in whole years at <paramref name="at"/>: that year minus the birth year (a birth
    /// year alone cannot say whether this year's birthday has passed), never below 0.
    /// </summary>
    public int? ChildAgeAt(DateTimeOffset at) => ChildBirthYear is { } born ? Math.Max(0, at.UtcDateTime.Year - born) : null;
}

public enum QueueStatus
{
    Waiting,
    Offered,
    Matched,
    Withdrawn,
}

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
        Erased = true;
    }
}

public enum OfferStatus
{
    Pending,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
}

public sealed class Offer : IProgramOwned
{
    public Guid Id { get; set; }
    public required string ProgramId { get; set; }
    public Guid ReferralId { get; set; }
    public Guid SupportParentId { get; set; }
    public OfferStatus Status { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public required string OfferedBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? DeclineReason { get; set; }
}

public enum EndReason
{
    GoalsMet,
    FamilyWithdrew,
    Reunified,
    CaseClosed,
    Other,
}

public sealed class Match : IProgramOwned
{
    public Guid Id { get; set; }
    public required string ProgramId { get; set; }
    public Guid ReferralId { get; set; }
    public Guid SupportParentId { get; set; }
    public Guid OfferId { get; set; }
    public DateTimeOffset ReadyAt { get; set; }
    public DateTimeOffset MadeAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public EndReason? EndReason { get; set; }
}

public enum ExclusionKind
{
    ConflictOfInterest,
    OfferExpired,
    Declined,
}

/// <summary>A pair never proposed again (a decline, an expired offer).</summary>
public sealed class PairExclusion : IProgramOwned
{
    public Guid ReferralId { get; set; }
    public Guid SupportParentId { get; set; }
    public required string ProgramId { get; set; }
    public ExclusionKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

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
    public int OfferExpiryHours { get; set; } = DefaultOfferExpiryHours;
    public int TargetHours { get; set; } = DefaultTargetHours;
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

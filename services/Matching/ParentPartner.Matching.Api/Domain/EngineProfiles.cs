using ParentPartner.Matching.Engine;
using ParentPartner.Matching.Engine.Profiles;
using ParentPartner.Matching.Engine.Scoring;
using AvailabilityFlags = ParentPartner.Matching.Engine.Profiles.Availability;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>Turns the stored read model into the engine's profiles.</summary>
public static class EngineProfiles
{
    /// <summary>The engine's view of a pool member when scoring at <paramref name="now"/> (the child's age is reckoned then).</summary>
    public static SupportParentProfile ToProfile(this PoolMember member, DateTimeOffset now) => new()
    {
        Id = member.Id,
        ProgramId = member.ProgramId,
        IsCertified = member.InPool,
        Languages = member.Languages,
        County = member.County,
        ConditionCategories = member.ConditionCategories,
        CaseStagesExperienced = [.. member.CaseExperience.Select(TolerantEnum.Parse<CaseStage>).OfType<CaseStage>()],
        ChildAge = member.ChildAgeAt(now),
        Availability = Availability(member.AvailableEvenings, member.AvailableWeekends),
        IsFather = member.FatherToFatherCapable,
        CulturalBackground = member.CulturalBackground,
        InRecovery = member.ConditionCategories.Any(Qualities.IsRecoveryExperience) || member.CaseExperience.Any(Qualities.IsRecoveryExperience),
        ActiveMatches = member.ActiveMatches,
        MaxCaseload = member.MaxCaseload,
    };

    public static WaitingReferral ToProfile(this QueuedReferral referral) => new()
    {
        Id = referral.Id,
        ProgramId = referral.ProgramId,
        ReadyAt = referral.ReadyAt,
        Languages = referral.Languages,
        County = referral.County,
        ConditionCategories = referral.ConditionCategories,
        CaseStage = TolerantEnum.Parse<CaseStage>(referral.CaseStage),
        ChildAge = referral.ChildAge,
        WantsFatherToFather = referral.FatherToFatherWanted,
        CulturalBackgroundPreference = referral.CulturalBackground,
        Availability = Availability(referral.AvailableEvenings, referral.AvailableWeekends),
        QualitiesHopedFor = referral.QualitiesHopedFor,
    };

    public static ExcludedPairSet ToPairSet(this IEnumerable<PairExclusion> exclusions) =>
        new(exclusions.Select(e => new ExcludedPair(e.ReferralId, e.SupportParentId, e.Kind switch
        {
            ExclusionKind.ConflictOfInterest => PairExclusionKind.ConflictOfInterest,
            ExclusionKind.OfferExpired or ExclusionKind.OfferWithdrawn => PairExclusionKind.PriorDecline,
            _ => PairExclusionKind.AlreadyDeclined,
        })));

    public static MatchingEngine Engine(this ProgramSettings settings) => new(new MatchingSettings
    {
        Weights = new MatchingWeights
        {
            Experience = settings.ExperienceWeight,
            ChildAge = settings.ChildAgeWeight,
            County = settings.CountyWeight,
            Language = settings.LanguageWeight,
            Availability = settings.AvailabilityWeight,
            CulturalBackground = settings.CulturalBackgroundWeight,
            LoadBalance = settings.LoadBalanceWeight,
            QualitiesHopedFor = settings.QualitiesWeight,
        },
    });

    private static Availability Availability(bool evenings, bool weekends) =>
        (evenings ? AvailabilityFlags.Evenings : AvailabilityFlags.None)
        | (weekends ? AvailabilityFlags.Weekends : AvailabilityFlags.None);
}

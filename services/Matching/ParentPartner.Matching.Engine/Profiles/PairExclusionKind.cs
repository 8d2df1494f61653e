namespace ParentPartner.Matching.Engine.Profiles;

/// <summary>Why a referral and a support parent must not be paired.</summary>
public enum PairExclusionKind
{
    ConflictOfInterest,
    PriorDecline,

    /// <summary>The support parent declined this very referral.</summary>
    AlreadyDeclined,
}

namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>A hard constraint a candidate fails for a referral.</summary>
public enum ExclusionReason
{
    NotCertified,
    AtCapacity,
    DifferentProgram,
    NoSharedLanguage,
    FatherToFatherRequested,

    /// <summary>Conflict of interest or a prior decline between the two.</summary>
    ExcludedPair,

    /// <summary>The support parent declined this referral.</summary>
    AlreadyDeclined,
}

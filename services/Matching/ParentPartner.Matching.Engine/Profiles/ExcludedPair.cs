namespace ParentPartner.Matching.Engine.Profiles;

public readonly record struct ExcludedPair(Guid ReferralId, Guid SupportParentId, PairExclusionKind Kind);

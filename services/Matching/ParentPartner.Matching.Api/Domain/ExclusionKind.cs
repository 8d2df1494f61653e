namespace ParentPartner.Matching.Api.Domain;

/// <summary>Why a pair is excluded from being proposed again.</summary>
public enum ExclusionKind
{
    ConflictOfInterest,
    OfferExpired,
    Declined,
}

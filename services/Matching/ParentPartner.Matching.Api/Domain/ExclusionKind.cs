namespace ParentPartner.Matching.Api.Domain;

/// <summary>Why a pair is excluded from being proposed again.</summary>
public enum ExclusionKind
{
    ConflictOfInterest,
    OfferExpired,
    Declined,

    /// <summary>A coordinator withdrew the offer (e.g. the support parent could not be reached).</summary>
    OfferWithdrawn,
}

namespace ParentPartner.Matching.Api.Domain;

/// <summary>An offer is pending until the support parent answers, it expires, or the referral is withdrawn.</summary>
public enum OfferStatus
{
    Pending,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
}

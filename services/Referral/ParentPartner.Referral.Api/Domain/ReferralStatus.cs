namespace ParentPartner.Referral.Api.Domain;

/// <summary>received → screened → ready-for-matching | information-only → matched → closed | withdrawn.</summary>
public enum ReferralStatus
{
    Received,
    Screened,
    ReadyForMatching,
    InformationOnly,
    Matched,
    Closed,
    Withdrawn,
}
